import type { Browser, Frame, Page } from 'puppeteer-core';
import { sleep } from './wait';

// Firefox through WebDriver BiDi: loading a page, and finding the extension pages and frames it opens.

const LOAD_GRACE_MS = 10_000;

/**
 * Firefox's BiDi browsingContext.navigate fails with "Address rejected" while some real pages are
 * still loading (a subresource refused by the closed proxy is reported against the navigation), so
 * navigate from inside the page and wait for the new document's load instead.
 */
export async function navigateFirefox(page: Page, url: string): Promise<void> {
  const from = await page.evaluate(() => location.href);
  await page.evaluate((target) => location.assign(target), url);
  const started = Date.now();
  const deadline = started + 30_000;
  while (Date.now() < deadline) {
    try {
      // Now and then a real page's load event never comes (a subresource left pending); once its
      // document is parsed and LOAD_GRACE_MS have passed, it is as loaded as it will get.
      const patient = Date.now() - started < LOAD_GRACE_MS;
      const ready = await page.evaluate(
        (target, origin, strict) => {
          const parsed = document.readyState === 'complete' || document.readyState === 'interactive';
          // A page that sends itself elsewhere (economictimes.html leaves any host but its own) has
          // arrived once the document it went to is parsed: that is what a reader would get too.
          if (location.href !== target) return location.href !== origin && parsed;
          return document.readyState === 'complete' || (!strict && parsed);
        },
        url,
        from,
        patient,
      );
      if (ready) return;
    } catch {
      // The old document's realm went away mid-call: the navigation is under way.
    }
    await sleep(100);
  }
  throw new Error(`Firefox did not finish loading ${url} within 30 s`);
}

export async function waitForNewPage(browser: Browser, before: Set<Page>): Promise<Page> {
  for (let i = 0; i < 100; i++) {
    const fresh = (await browser.pages()).find((p) => !before.has(p));
    if (fresh) return fresh;
    await sleep(100);
  }
  throw new Error('The extension page did not open');
}

export async function waitForChildFrame(page: Page): Promise<Frame> {
  for (let i = 0; i < 100; i++) {
    const child = page.mainFrame().childFrames()[0];
    if (child) {
      try {
        await child.waitForFunction(
          () => document.readyState === 'complete' && location.protocol === 'moz-extension:',
          {
            timeout: 5_000,
          },
        );
        return child;
      } catch {
        // The frame may still be on its initial about:blank document; look again.
      }
    }
    await sleep(100);
  }
  throw new Error('The extension frame never loaded');
}
