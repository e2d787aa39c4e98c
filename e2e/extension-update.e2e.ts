import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { MARK_HIGHLIGHT } from '@/utils/glossing/mark-styles';
import { POPOVER_HOST_TAG } from '@/utils/glossing/skip-rules';
import { BROWSERS } from './support/browsers';
import { useExtensionSuite } from './support/extension-suite';
import { reloadExtension } from './support/extension-reload';
import { watchErrors } from './support/page-errors';
import { pointOnMark, popoverShown, waitForMarksToSettle } from './support/page-marks';
import { ARTICLE_PAGE } from './support/server';
import { waitUntil } from './support/wait';

interface Traces {
  marks: number;
  /** Stylesheets holding our highlight rules, adopted or as <style> elements. */
  sheets: number;
  hosts: number;
}

/** What NewsGloss has put into a page, as the page itself sees it. */
function traces(page: Page): Promise<Traces> {
  return page.evaluate(
    (tag, name) => {
      const marker = `::highlight(${name})`;
      const ours = (sheet: CSSStyleSheet) => [...sheet.cssRules].some((r) => r.cssText.includes(marker));
      return {
        marks: CSS.highlights.get(name)?.size ?? 0,
        sheets:
          document.adoptedStyleSheets.filter(ours).length +
          [...document.querySelectorAll('style')].filter((s) => s.textContent?.includes(marker)).length,
        hosts: document.querySelectorAll(tag).length,
      };
    },
    POPOVER_HOST_TAG,
    MARK_HIGHLIGHT,
  );
}

const same = (a: Traces, b: Traces) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The extension reloaded (as on an update) with an article open. Chromium leaves the old content script
 * running and injects no new one: the old one notices its extension has gone and removes its marks,
 * stylesheet and popover, and the next navigation glosses afresh. Firefox tears the old script down and
 * injects the new one at once: it finds the old one's leftovers and glosses once, not twice. Either way
 * the page's console shows no error ("Extension context invalidated" or any other).
 */
describe.each(BROWSERS)('an extension update with an article open, in %s', (browserName) => {
  const suite = useExtensionSuite(browserName);

  it('stops the old content script cleanly and glosses once afterwards', async () => {
    const article = await suite.session.openPage(`${suite.server.origin}${ARTICLE_PAGE}`);
    const errors = watchErrors(article);
    await waitForMarksToSettle(article);
    // A popover shown, so there is a live frame and port to leave behind too.
    const point = await pointOnMark(article, 'TTP');
    await article.mouse.click(point.x, point.y);
    await waitUntil(() => popoverShown(article), 'the popover');
    const before = await traces(article);
    expect(before.marks).toBeGreaterThan(10);
    expect(before).toMatchObject({ sheets: 1, hosts: 1 });

    await reloadExtension(suite.session, `${suite.server.origin}/blank.html`);
    await article.bringToFront();
    if (browserName === 'chromium') {
      const none = { marks: 0, sheets: 0, hosts: 0 };
      await waitUntil(async () => same(await traces(article), none), 'the old script to clean up');
    } else {
      await waitUntil(async () => same(await traces(article), before), 'the new script to gloss once');
    }

    await article.reload({ waitUntil: 'load' });
    await waitForMarksToSettle(article);
    expect(await traces(article)).toEqual(before);
    expect(errors).toEqual([]);
    await article.close();
  }, 120_000);
});
