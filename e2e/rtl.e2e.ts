import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { POPOVER_HOST_TAG } from '@/utils/glossing/skip-rules';
import { BROWSERS } from './support/browsers';
import { useExtensionSuite } from './support/extension-suite';
import { clickMark, popoverShown, waitForMarkedTexts } from './support/page-marks';
import { MARK_HIGHLIGHT } from '@/utils/glossing/mark-styles';
import { waitUntil } from './support/wait';

/** The popover's box and the box of the first mark reading `text`, in the page's viewport. */
function boxes(page: Page, text: string) {
  return page.evaluate(
    (tag: string, name: string, wanted: string) => {
      let mark: DOMRect | null = null;
      CSS.highlights.get(name)?.forEach((r) => {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        if (!mark && range.toString() === wanted) mark = range.getClientRects()[0]!;
      });
      const host = document.querySelector(tag)!.getBoundingClientRect();
      const term = mark as DOMRect | null;
      if (!term) throw new Error(`No mark reads "${wanted}"`);
      return { host: { left: host.left, right: host.right }, term: { left: term.left, right: term.right } };
    },
    POPOVER_HOST_TAG,
    MARK_HIGHLIGHT,
    text,
  );
}

describe.each(BROWSERS)('the popover in right-to-left text in %s', (browserName) => {
  const suite = useExtensionSuite(browserName);
  let page: Page;

  beforeAll(async () => {
    page = await suite.session.openPage(`${suite.server.origin}/fixtures/rtl.html`);
    await waitForMarkedTexts(page, ['TTP', 'BLA']);
  });

  it('lines up with the right edge of a term in right-to-left text, where the term starts', async () => {
    await clickMark(page, 'TTP');
    await waitUntil(() => popoverShown(page), 'the popover opens on TTP');
    const { host, term } = await boxes(page, 'TTP');
    expect(Math.abs(host.right - term.right)).toBeLessThanOrEqual(1);
    expect(host.left).toBeLessThan(term.left - 100);
    await page.keyboard.press('Escape');
  });

  it('lines up with the left edge of a term in a left-to-right paragraph of the same page', async () => {
    await clickMark(page, 'BLA');
    await waitUntil(() => popoverShown(page), 'the popover opens on BLA');
    const { host, term } = await boxes(page, 'BLA');
    expect(Math.abs(host.left - term.left)).toBeLessThanOrEqual(1);
  });
});
