import type { Browser, Page } from 'puppeteer-core';
import { sleep } from './wait';

/** How long the browser is given to open the welcome page after installing the extension. */
const WELCOME_TIMEOUT_MS = 20_000;

/**
 * The welcome page the extension opens when it is installed (runtime.onInstalled, reason "install").
 * Found by its document's own path: Firefox's BiDi reports extension documents as about:blank.
 * Throws when it never opens, so every launch also checks that it does.
 */
export async function waitForWelcomePage(browser: Browser): Promise<Page> {
  const deadline = Date.now() + WELCOME_TIMEOUT_MS;
  while (Date.now() < deadline) {
    for (const page of await browser.pages()) {
      const path = await page.evaluate(() => location.pathname).catch(() => '');
      if (path === '/welcome.html') return page;
    }
    await sleep(100);
  }
  throw new Error(
    `The welcome page did not open within ${WELCOME_TIMEOUT_MS} ms of installing the extension`,
  );
}
