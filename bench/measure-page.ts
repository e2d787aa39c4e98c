import type { Browser } from 'puppeteer-core';
import type { BrowserName } from '../e2e/support/browsers';
import { freshPage, type Bench } from './bench-browser';
import { QUICK } from './mode';
import { median } from './stats';

/** mark.js and the one big regex take seconds on large pages; past this each is timed once. */
const ONCE_OVER_MS = 2_000;

/**
 * Why mark.js could not run, in a few words for the table. It builds one regular expression of all
 * the terms; the browser's engine refuses one that large ("Regular expression too large" in Chromium,
 * "too much recursion" or an out-of-memory error in Firefox).
 */
export function markjsFailureReason(error: unknown): string {
  const text = String(error);
  if (/too large|too big/i.test(text)) return 'regex too large';
  if (/stack|recursion/i.test(text)) return 'regex too deep (stack overflow)';
  if (/memory/i.test(text)) return 'out of memory';
  return text.replace(/^Error:\s*/, '').slice(0, 40);
}

/** Walk, regex, gloss and mark.js on `reps` fresh loads of one page: medians, and the page's size. */
export async function measurePage(
  browser: Browser,
  name: BrowserName,
  url: string,
  bundle: string,
  reps: number,
  /** Why mark.js is not to be tried on this page (null: try it). */
  skipMarkjs: string | null = null,
) {
  const times = {
    walk: [] as number[],
    gloss: [] as number[],
    glossStart: [] as number[],
    glossScan: [] as number[],
    glossDraw: [] as number[],
    glossWarm: [] as number[],
    regex: [] as number[],
    markjs: [] as number[],
  };
  let textNodes = 0;
  let textChars = 0;
  let marks = 0;
  // mark.js runs one regular expression per term over the page, seconds per page with this glossary
  // (and is refused on every corpus page so far): the quick run leaves it out, and says so.
  let markjsFailure: string | null = QUICK ? 'left out of the quick run' : skipMarkjs;
  for (let rep = 0; rep < reps; rep++) {
    const page = await freshPage(browser, name, url, bundle);
    try {
      // Read-only methods first, mark.js (which rewrites the page) last, each on this fresh copy.
      const w = await page.evaluate(() =>
        (window as unknown as { NewsGlossBench: Bench }).NewsGlossBench.walk(),
      );
      // The naive regex is a baseline reported, not a target: the quick run times it once per page.
      const regexOnce = times.regex.length > 0 && (QUICK || median(times.regex) > ONCE_OVER_MS);
      const r = regexOnce
        ? null
        : await page.evaluate(() => (window as unknown as { NewsGlossBench: Bench }).NewsGlossBench.regex());
      const g = await page.evaluate(() =>
        (window as unknown as { NewsGlossBench: Bench }).NewsGlossBench.gloss(),
      );
      times.walk.push(w.ms);
      if (r) times.regex.push(r.ms);
      times.gloss.push(g.ms);
      times.glossStart.push(g.startMs);
      times.glossScan.push(g.scanMs);
      times.glossDraw.push(g.drawMs);
      // The same gloss again on the same page, its code compiled and warm: what the work itself costs,
      // without the first run of the code in a fresh page (which every page load pays).
      const again = await page.evaluate(() =>
        (window as unknown as { NewsGlossBench: Bench }).NewsGlossBench.gloss(),
      );
      times.glossWarm.push(again.ms);
      ({ textNodes, textChars } = w);
      marks = g.marks;
      const slow = markjsFailure !== null || (times.markjs.length > 0 && median(times.markjs) > ONCE_OVER_MS);
      if (!slow) {
        // A run the browser refuses counts as failed: reported as null, with why.
        const m = await page
          .evaluate(() => (window as unknown as { NewsGlossBench: Bench }).NewsGlossBench.markjs())
          .catch((error: unknown) => {
            markjsFailure = markjsFailureReason(error);
            return { ms: Number.NaN };
          });
        if (!Number.isNaN(m.ms)) times.markjs.push(m.ms);
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
    glossStartMs: median(times.glossStart),
    glossScanMs: median(times.glossScan),
    glossDrawMs: median(times.glossDraw),
    glossWarmMs: median(times.glossWarm),
    regexMs: median(times.regex),
    markjsMs: markjsFailure === null ? median(times.markjs) : Number.NaN,
    markjsFailure,
  };
}
