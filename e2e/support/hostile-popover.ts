import type { Page } from 'puppeteer-core';
import { bundledEntry } from './bundled-entries';
import { pointOnMark, popoverFrame, popoverShown, popoverText } from './page-marks';
import { waitUntil } from './wait';

/** Rests the pointer on the mark reading `text` and waits for the popover to show entry `entryId`. */
export async function hoverAndExpectEntry(page: Page, text: string, entryId: string): Promise<void> {
  const point = await pointOnMark(page, text);
  await page.mouse.move(point.x, point.y);
  await waitUntil(() => popoverShown(page), `the popover for ${text}`, 10_000);
  const frame = await popoverFrame(page);
  const summary = bundledEntry(entryId).summary;
  await waitUntil(async () => (await popoverText(frame)).includes(summary), `the ${entryId} summary`, 10_000);
}
