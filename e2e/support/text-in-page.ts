import type { Frame, Page } from 'puppeteer-core';
import { afterTwoFrames } from './wait';

/**
 * The centre of the nth occurrence of `text` in the page's text nodes (marked or not), scrolled into
 * view (after two frames, see afterTwoFrames), for pointing at terms the way a reader would.
 */
export async function pointOnText(page: Page, text: string, nth = 0): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    (wanted, index) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const value = node.nodeValue ?? '';
        for (let at = value.indexOf(wanted); at !== -1; at = value.indexOf(wanted, at + 1)) {
          if (seen++ !== index) continue;
          node.parentElement!.scrollIntoView({ block: 'center', behavior: 'instant' });
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + wanted.length);
          const box = range.getClientRects()[0]!;
          return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
        }
      }
      throw new Error(`"${wanted}" #${index} is not on the page`);
    },
    text,
    nth,
  );
  await afterTwoFrames(page);
  return point;
}

/** The visible text (innerText, trimmed) of every element matching `selector` in a frame, in order. */
export function innerTexts(frame: Frame, selector: string): Promise<string[]> {
  return frame.$$eval(selector, (nodes) => nodes.map((n) => (n as HTMLElement).innerText.trim()));
}
