import type { Frame, Page } from 'puppeteer-core';
import { POPOVER_HOST_TAG } from '@/utils/glossing/skip-rules';
import { pointOnMark, popoverFrame } from '../e2e/support/page-marks';
import { sleep, waitUntil } from '../e2e/support/wait';

/** Where the two clocks are kept: in the page's main world and in the popover's own page. */
type Clocks = {
  newsglossBenchPointerAt?: number | null;
  newsglossBenchShownAt?: number | null;
  newsglossBenchHostAt?: number | null;
};

/**
 * Arms the popover page to note when it next paints an entry: the first time its dialog is shown with
 * text, the time after the following animation frame (the frame that paints it) is kept.
 */
async function armPaintClock(frame: Frame): Promise<void> {
  await frame.evaluate(() => {
    // Milliseconds since the epoch, sub-millisecond: comparable across frames and processes of one
    // machine, as each document's timeOrigin comes from the same clock. (Inlined: an extension page's
    // CSP forbids building a function from text.)
    const now = () => performance.timeOrigin + performance.now();
    const clocks = window as unknown as Clocks;
    clocks.newsglossBenchShownAt = null;
    const popover = document.querySelector<HTMLElement>('.popover')!;
    const observer = new MutationObserver(() => {
      if (popover.hidden || !popover.innerText.trim()) return;
      observer.disconnect();
      // rAF runs just before the frame is painted; the task after it runs once it has been.
      requestAnimationFrame(() => setTimeout(() => (clocks.newsglossBenchShownAt = now()), 0));
    });
    observer.observe(popover, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

/**
 * Arms the page to note when the pointer next reaches it (the moment the hover delay starts), and when
 * the popover's host next becomes visible: on screen, opaque and with a height. (While the delay runs
 * the host is on screen but transparent, the entry drawn ahead; it is sized to the popover page's
 * content only once that page has drawn it.)
 */
async function armPageClocks(page: Page): Promise<void> {
  await page.evaluate((hostTag: string) => {
    const now = () => performance.timeOrigin + performance.now();
    const clocks = window as unknown as Clocks;
    clocks.newsglossBenchPointerAt = null;
    clocks.newsglossBenchHostAt = null;
    // The event's own time, as the content script's hover delay runs from it: Chromium dispatches
    // pointer moves aligned to animation frames, so a listener can run most of a frame after it.
    const arrived = (event: PointerEvent) =>
      (clocks.newsglossBenchPointerAt ??= performance.timeOrigin + event.timeStamp);
    window.addEventListener('pointermove', arrived, { capture: true });
    const host = document.querySelector(hostTag)!;
    const check = () => {
      const style = getComputedStyle(host);
      if (style.display === 'none' || style.opacity !== '1' || host.getBoundingClientRect().height < 1)
        return;
      resized.disconnect();
      restyled.disconnect();
      requestAnimationFrame(() => setTimeout(() => (clocks.newsglossBenchHostAt = now()), 0));
    };
    const resized = new ResizeObserver(check);
    const restyled = new MutationObserver(check);
    resized.observe(host);
    restyled.observe(host, { attributes: true });
  }, POPOVER_HOST_TAG);
}

/**
 * Rests the pointer on the mark reading `text` and returns how long after the hover delay had run out
 * the popover was painted with its text: what the reader waits beyond the delay they chose.
 */
export async function timeHover(page: Page, text: string, hoverDelayMs: number): Promise<number> {
  const frame = await popoverFrame(page);
  await hidePopover(page, frame);
  await armPaintClock(frame);
  await armPageClocks(page);
  const point = await pointOnMark(page, text);
  // A move of one pixel first: the pointer must arrive on the mark, not start there.
  await page.mouse.move(point.x + 1, point.y);
  await page.mouse.move(point.x, point.y);
  let paintedAt: number | null = null;
  let onPage: { pointerAt: number | null; hostAt: number | null } = { pointerAt: null, hostAt: null };
  await waitUntil(
    async () => {
      paintedAt = await frame.evaluate(() => (window as unknown as Clocks).newsglossBenchShownAt ?? null);
      onPage = await page.evaluate(() => {
        const clocks = window as unknown as Clocks;
        return {
          pointerAt: clocks.newsglossBenchPointerAt ?? null,
          hostAt: clocks.newsglossBenchHostAt ?? null,
        };
      });
      return paintedAt !== null && onPage.hostAt !== null;
    },
    `the popover for "${text}"`,
    10_000,
  );
  if (onPage.pointerAt === null) throw new Error(`The page never saw the pointer on "${text}"`);
  // Seen by the reader once both are painted: the popover page's text and its host at its size.
  return Math.max(paintedAt!, onPage.hostAt!) - (onPage.pointerAt + hoverDelayMs);
}

/** Moves the pointer off every mark and waits until the popover has hidden itself. */
async function hidePopover(page: Page, frame: Frame): Promise<void> {
  await page.mouse.move(1, 1);
  await page.keyboard.press('Escape');
  await waitUntil(
    () => frame.evaluate(() => document.querySelector<HTMLElement>('.popover')?.hidden ?? true),
    'the popover to hide',
  );
  // The page's own pointer bookkeeping settles (one hit-test per frame).
  await sleep(50);
}
