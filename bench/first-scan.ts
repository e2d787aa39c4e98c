import type { Page } from 'puppeteer-core';
import type { TermsOnPage } from '../utils/messaging/messages';
import type { ExtensionApi } from '../e2e/support/extension-api';
import { sleep } from '../e2e/support/wait';

/** How long a page is given for the content script's first scan to end. */
const SCAN_END_TIMEOUT_MS = 8_000;
/** After the scan has ended, for its first marks to be drawn and timed (a frame and a task later). */
const MARKS_GRACE_MS = 200;

/**
 * Waits until the content script says its first scan has ended (a page whose own scripts keep changing
 * it, like bbc-1.html, may never be still: it gets SCAN_END_TIMEOUT_MS), then for its marks to be drawn.
 */
export async function afterFirstScan(page: Page, api: ExtensionApi): Promise<void> {
  const deadline = Date.now() + SCAN_END_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const answer = await api.sendToPage<TermsOnPage>(page, { type: 'terms-on-page' }).catch(() => undefined);
    if (answer?.status === 'ok' && answer.cost.slices > 0 && !answer.cost.scanning) break;
    await sleep(100);
  }
  await sleep(MARKS_GRACE_MS);
}
