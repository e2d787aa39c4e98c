import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { POPOVER_HOST_TAG } from '@/utils/glossing/skip-rules';
import { BROWSERS } from './support/browsers';
import { useExtensionSuite } from './support/extension-suite';
import { artifactsDir } from './support/paths';
import { clickMark, markBox, popoverShown, waitForMarkedTexts } from './support/page-marks';
import { waitUntil } from './support/wait';

/** The popover's box and the box of the first mark reading `text`, in the page's viewport. */
async function boxes(page: Page, text: string) {
  const term = await markBox(page, text);
  const host = await page.evaluate((tag: string) => {
    const { left, right } = document.querySelector(tag)!.getBoundingClientRect();
    return { left, right };
  }, POPOVER_HOST_TAG);
  return { host, term };
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
    mkdirSync(artifactsDir, { recursive: true });
    await page.screenshot({ path: path.join(artifactsDir, `rtl-popover-${browserName}.png`) });
    await page.keyboard.press('Escape');
  });

  it('lines up with the left edge of a term in a left-to-right paragraph of the same page', async () => {
    await clickMark(page, 'BLA');
    await waitUntil(() => popoverShown(page), 'the popover opens on BLA');
    const { host, term } = await boxes(page, 'BLA');
    expect(Math.abs(host.left - term.left)).toBeLessThanOrEqual(1);
  });
});
