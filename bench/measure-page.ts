import type { Browser } from 'puppeteer-core';
import type { BrowserName } from '../e2e/support/browsers';
import { freshPage, type Bench } from './bench-browser';
import { median } from './stats';

/** mark.js takes seconds on large pages; past this it is timed once rather than REPS times. */
const MARKJS_ONCE_OVER_MS = 2_000;

/** Walk, regex, gloss and mark.js on `reps` fresh loads of one page: medians, and the page's size. */
export async function measurePage(
  browser: Browser,
  name: BrowserName,
  url: string,
  bundle: string,
  reps: number,
) {
  const times = {
    walk: [] as number[],
    gloss: [] as number[],
    regex: [] as number[],
    markjs: [] as number[],
  };
  let textNodes = 0;
  let textChars = 0;
  let marks = 0;
  let markjsFailed = false;
  for (let rep = 0; rep < reps; rep++) {
    const page = await freshPage(browser, name, url, bundle);
    try {
      // Read-only methods first, mark.js (which rewrites the page) last, each on this fresh copy.
      const w = await page.evaluate(() =>
        (window as unknown as { NewsGlossBench: Bench }).NewsGlossBench.walk(),
      );
      const r = await page.evaluate(() =>
        (window as unknown as { NewsGlossBench: Bench }).NewsGlossBench.regex(),
      );
      const g = await page.evaluate(() =>
        (window as unknown as { NewsGlossBench: Bench }).NewsGlossBench.gloss(),
      );
      times.walk.push(w.ms);
      times.regex.push(r.ms);
      times.gloss.push(g.ms);
      ({ textNodes, textChars } = w);
      marks = g.marks;
      const slow = markjsFailed || (times.markjs.length > 0 && median(times.markjs) > MARKJS_ONCE_OVER_MS);
      if (!slow) {
        // mark.js builds one large regular expression per term; on some pages the browser's regex
        // engine refuses one ("Stack overflow"). That run counts as failed (reported as null).
        const m = await page
          .evaluate(() => (window as unknown as { NewsGlossBench: Bench }).NewsGlossBench.markjs())
          .catch(() => ({ ms: Number.NaN }));
        times.markjs.push(m.ms);
        if (Number.isNaN(m.ms)) markjsFailed = true;
      }
    } finally {
      await page.close();
    }
  }
  return {
    textNodes,
    textChars,
    marks,
    walkMs: median(times.walk),
    glossMs: median(times.gloss),
    regexMs: median(times.regex),
    markjsMs: median(times.markjs),
  };
}
