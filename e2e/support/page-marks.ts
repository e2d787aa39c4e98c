import type { Frame, Page } from 'puppeteer-core';

export const MARK_HIGHLIGHT = 'newsgloss-term';

/** The text of every marked range, read from the page's own CSS.highlights registry. */
export function markedTexts(page: Page): Promise<string[]> {
  return page.evaluate((name) => {
    const highlight = CSS.highlights.get(name);
    if (!highlight) return [];
    return [...highlight].map((r) => {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      return range.toString();
    });
  }, MARK_HIGHLIGHT);
}

/** Waits until at least `count` ranges are marked. */
export async function waitForMarks(page: Page, count = 1, timeout = 15_000): Promise<void> {
  await page.waitForFunction(
    (name, n) => (CSS.highlights.get(name)?.size ?? 0) >= n,
    { timeout, polling: 100 },
    MARK_HIGHLIGHT,
    count,
  );
}

/**
 * The centre of the first marked range whose text is `text`, scrolled into view. Waits two frames
 * after scrolling: Chromium routes input by the last painted frame, so a click right after a popover
 * closed could still land on its (out-of-process) iframe.
 */
export async function pointOnMark(page: Page, text: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    (name, wanted) => {
      const highlight = CSS.highlights.get(name);
      for (const r of highlight ?? []) {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        if (range.toString() !== wanted) continue;
        (r.startContainer.parentElement as Element).scrollIntoView({ block: 'center', behavior: 'instant' });
        const box = range.getClientRects()[0]!;
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      }
      throw new Error(`No mark reads "${wanted}"`);
    },
    MARK_HIGHLIGHT,
    text,
  );
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return point;
}

/** Whether the popover host is shown (it is the one element NewsGloss adds to the page). */
export function popoverShown(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const host = document.querySelector('newsgloss-popover') as HTMLElement | null;
    return !!host && getComputedStyle(host).display !== 'none';
  });
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
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('The popover frame was not found');
}

/** The popover's visible text (empty while it shows nothing). */
export function popoverText(frame: Frame): Promise<string> {
  return frame.evaluate(() => {
    const popover = document.querySelector<HTMLElement>('.popover');
    return popover && !popover.hidden ? popover.innerText : '';
  });
}

/** Waits until the number of marks has not changed for `quietMs` (glossing has settled). */
export async function waitForMarksToSettle(page: Page, quietMs = 600, timeout = 20_000): Promise<number> {
  const started = Date.now();
  let last = -1;
  let since = Date.now();
  while (Date.now() - started < timeout) {
    // A page that navigates itself (economictimes.html) destroys the context mid-call: not settled yet.
    const size = await page
      .evaluate((name) => CSS.highlights.get(name)?.size ?? 0, MARK_HIGHLIGHT)
      .catch(() => -2);
    if (size !== last) {
      last = size;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) {
      return size;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Marks kept changing for ${timeout} ms`);
}
