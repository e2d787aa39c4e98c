import type { Frame, Page } from 'puppeteer-core';
import { MARK_HIGHLIGHT } from '@/utils/glossing/mark-styles';
import { POPOVER_HOST_TAG } from '@/utils/glossing/skip-rules';
import { afterTwoFrames, sleep, WAIT_TIMEOUT_MS, waitUntil } from './wait';

interface Evaluator {
  evaluate<A extends unknown[], R>(fn: (...args: A) => R, ...args: A): Promise<Awaited<R>>;
}

/**
 * A JavaScript world of the page that its own scripts cannot spoil: puppeteer's isolated realm (a
 * CDP isolated world in Chromium, a BiDi sandbox in Firefox). A hostile page replaces window.CSS in
 * its main world; the highlight registry belongs to the document, so every world sees the same marks.
 * isolatedRealm() is internal to puppeteer (its query handlers run there) and missing from its public
 * types, hence the cast.
 */
function unspoiledWorld(page: Page): Evaluator {
  return (page.mainFrame() as unknown as { isolatedRealm(): Evaluator }).isolatedRealm();
}

/**
 * The text of every marked range, in the order the highlight holds them, read from the document's
 * CSS.highlights registry in an unspoiled world.
 */
export function markedTexts(page: Page): Promise<string[]> {
  return unspoiledWorld(page).evaluate((name: string) => {
    const texts: string[] = [];
    // forEach, not iteration: Firefox's sandbox cannot wrap the page's iterators ("Xray wrapping of iterators").
    CSS.highlights.get(name)?.forEach((r) => {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      texts.push(range.toString());
    });
    return texts;
  }, MARK_HIGHLIGHT);
}

/** How many ranges are marked. */
export async function markCount(page: Page): Promise<number> {
  return (await markedTexts(page)).length;
}

/** Waits until at least `count` ranges are marked. */
export async function waitForMarks(page: Page, count = 1, timeout = WAIT_TIMEOUT_MS): Promise<void> {
  await page.waitForFunction(
    (name, n) => (CSS.highlights.get(name)?.size ?? 0) >= n,
    { timeout, polling: 100 },
    MARK_HIGHLIGHT,
    count,
  );
}

/** Waits until the marks read exactly `expected` (in any order). */
export async function waitForMarkedTexts(page: Page, expected: string[], timeout = 60_000): Promise<void> {
  const want = JSON.stringify([...expected].sort());
  await waitUntil(
    async () => JSON.stringify((await markedTexts(page)).sort()) === want,
    `marks ${want}`,
    timeout,
  ).catch(async (error: unknown) => {
    throw new Error(`${String(error)}; marks now ${JSON.stringify(await markedTexts(page))}`);
  });
}

/**
 * Waits until the marks have not changed for `quietMs` (glossing has settled) and returns their texts.
 * A page whose marks cannot be read throughout (it navigated itself to a page it cannot reach, as
 * economictimes.html does) counts as settled with none.
 */
export async function waitForMarksToSettle(page: Page, quietMs = 600, timeout = 20_000): Promise<string[]> {
  const started = Date.now();
  let last: string | undefined;
  let since = Date.now();
  while (Date.now() - started < timeout) {
    // A page that navigates itself destroys the context mid-call: not settled yet.
    const marks = await markedTexts(page).catch(() => null);
    const key = JSON.stringify(marks);
    if (key !== last) {
      last = key;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) {
      return marks ?? [];
    }
    await sleep(150);
  }
  throw new Error(`Marks kept changing for ${timeout} ms`);
}

/**
 * The first line box of the first marked range whose text is `text`, read in an unspoiled world;
 * with `scroll`, the mark is scrolled to the middle of the viewport first.
 */
export function markBox(page: Page, text: string, scroll = false): Promise<MarkBox> {
  return unspoiledWorld(page).evaluate(
    (name: string, wanted: string, scrollFirst: boolean) => {
      let found: Range | null = null;
      CSS.highlights.get(name)?.forEach((r) => {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        if (!found && range.toString() === wanted) found = range;
      });
      const range = found as Range | null;
      if (!range) throw new Error(`No mark reads "${wanted}"`);
      if (scrollFirst) {
        (range.startContainer.parentElement as Element).scrollIntoView({
          block: 'center',
          behavior: 'instant',
        });
      }
      const { left, right, top, bottom } = range.getClientRects()[0]!;
      return { left, right, top, bottom };
    },
    MARK_HIGHLIGHT,
    text,
    scroll,
  );
}

export interface MarkBox {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * The centre of the first marked range whose text is `text`, scrolled into view, found in an
 * unspoiled world. Returned once it stays put across two frames: a scroll or layout change still under
 * way (focus given back to the page after a popover closes, say) would move the mark after it was
 * measured, and a busy machine stretches that window (a bounded wait: 50 looks at most).
 */
export async function pointOnMark(page: Page, text: string): Promise<{ x: number; y: number }> {
  const measure = async (scroll: boolean) => {
    const box = await markBox(page, text, scroll);
    return { x: (box.left + box.right) / 2, y: (box.top + box.bottom) / 2 };
  };
  let point = await measure(true);
  for (let look = 0; look < 50; look++) {
    await afterTwoFrames(page);
    const again = await measure(false);
    if (again.x === point.x && again.y === point.y) return again;
    point = again;
  }
  return point;
}

/**
 * Clicks the mark reading `text` once the page itself receives the pointer there. Right after a popover
 * closed over that spot, Chromium can route input by the browser's stale hit-test data to the popover's
 * frame (its own process) until a new compositor frame arrives, which on a busy machine takes a while:
 * the page then sees neither the pointer nor the click (seen: focus went into the hidden frame). A
 * reader's pointer moves before it clicks; so does this one, until the page sees it (bounded: 100 moves).
 */
export async function clickMark(page: Page, text: string): Promise<void> {
  const point = await pointOnMark(page, text);
  await page.evaluate(() => {
    const seen = window as unknown as { newsglossTestPointer?: boolean };
    seen.newsglossTestPointer = false;
    window.addEventListener('pointermove', () => (seen.newsglossTestPointer = true), {
      capture: true,
      once: true,
    });
  });
  for (let move = 0; move < 100; move++) {
    await page.mouse.move(point.x + (move % 2), point.y);
    const seen = await page.evaluate(
      () => (window as unknown as { newsglossTestPointer?: boolean }).newsglossTestPointer,
    );
    if (seen) break;
    await sleep(50);
  }
  await page.mouse.click(point.x, point.y);
}

/**
 * Whether the popover host is shown (it is the one element NewsGloss adds to the page): on screen and
 * opaque. While the hover delay runs it is on screen but transparent, with the entry drawn ahead.
 */
export function popoverShown(page: Page): Promise<boolean> {
  return page.evaluate((tag) => {
    const host = document.querySelector(tag) as HTMLElement | null;
    if (!host) return false;
    const style = getComputedStyle(host);
    return style.display !== 'none' && style.opacity !== '0';
  }, POPOVER_HOST_TAG);
}

/** Whether focus is in the popover (the page sees its host as the focused element). */
export function popoverHasFocus(page: Page): Promise<boolean> {
  return page.evaluate((tag) => document.activeElement?.tagName === tag, POPOVER_HOST_TAG.toUpperCase());
}

/**
 * The popover's frame. It sits in a closed shadow root, out of the page's reach, but the automation
 * protocol still lists it among the page's frames.
 */
export async function popoverFrame(page: Page): Promise<Frame> {
  for (let i = 0; i < 100; i++) {
    for (const frame of page.frames()) {
      if (frame === page.mainFrame()) continue;
      const isPopover = await frame
        .evaluate(
          () =>
            document.querySelector('.popover') !== null &&
            /^(chrome|moz)-extension:$/.test(location.protocol),
        )
        .catch(() => false);
      if (isPopover) return frame;
    }
    await sleep(100);
  }
  throw new Error('The popover frame was not found');
}

/**
 * Clicks an element inside the popover with the mouse, as a reader would. Not frame.click: puppeteer
 * finds a frame's place on the page through its owner element, which it cannot reach inside the
 * closed shadow root, so it clicks at the element's frame-relative point (wherever that falls on the
 * page). The host's box on the page plus the element's box in the frame is where the reader clicks.
 */
export async function clickInPopover(page: Page, frame: Frame, selector: string): Promise<void> {
  // The popover is placed asynchronously after it shows or changes size: click where it has settled.
  const hostAt = () =>
    page.evaluate((tag) => {
      const r = document.querySelector(tag)!.getBoundingClientRect();
      return `${r.left},${r.top}`;
    }, POPOVER_HOST_TAG);
  let at = await hostAt();
  for (let settled = false; !settled;) {
    await afterTwoFrames(page);
    const now = await hostAt();
    settled = now === at;
    at = now;
  }
  const [x, y] = at.split(',').map(Number) as [number, number];
  const host = { x, y };
  const inFrame = await frame.$eval(selector, (element) => {
    element.scrollIntoView({ block: 'nearest' });
    const r = element.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  await page.mouse.click(host.x + inFrame.x, host.y + inFrame.y);
}

/** The popover's visible text (empty while it shows nothing). */
export function popoverText(frame: Frame): Promise<string> {
  return frame.evaluate(() => {
    const popover = document.querySelector<HTMLElement>('.popover');
    return popover && !popover.hidden ? popover.innerText : '';
  });
}
