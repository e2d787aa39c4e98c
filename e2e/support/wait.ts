import type { Page } from 'puppeteer-core';

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * How long waitUntil waits by default. Generous on purpose: a wait ends as soon as its check holds, so
 * the figure only decides how long a real failure takes to report, and a two-core machine running other
 * work beside the tests (npm run test:stress) can take seconds over what an idle one does in ms.
 */
export const WAIT_TIMEOUT_MS = 20_000;

/** Polls check until it is true (a throwing check counts as false), or fails naming what it waited for. */
export async function waitUntil(
  check: () => Promise<boolean>,
  what: string,
  timeout = WAIT_TIMEOUT_MS,
): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < timeout) {
    if (await check().catch(() => false)) return;
    await sleep(50);
  }
  throw new Error(`Timed out waiting for ${what}`);
}

/**
 * Brings a page to the front. Right after an extension tab closes itself (the popup does once a term is
 * chosen), Firefox's BiDi browsingContext.activate can fail once with DiscardedBrowsingContextError
 * naming the closing tab's context; the page asked for is still there, so try again.
 */
export async function bringToFront(page: { bringToFront(): Promise<void> }): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await page.bringToFront();
    } catch (error) {
      if (attempt >= 10 || !/no such frame|no longer exist/i.test(String(error))) throw error;
      await sleep(200);
    }
  }
}

/**
 * Waits for the page to paint twice. Chromium routes input by the last painted frame, so a click right
 * after scrolling, or right after a popover closed, could still land on what was there before (the
 * popover's out-of-process iframe).
 */
export async function afterTwoFrames(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}
