import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { CHROMIUM_ARGS, FIREFOX_PREFS, browserPath, type BrowserName } from '../e2e/support/browsers';

/** What the page bundle (bench/page/bench-entry.ts) puts on window.NewsGlossBench. */
export type Bench = {
  walk(): { ms: number; textNodes: number; textChars: number };
  /** Whole, and its phases: reading the compiled glossary, walking and matching, resolving and drawing. */
  gloss(): { ms: number; startMs: number; scanMs: number; drawMs: number; marks: number };
  glossAndKeep(): { ms: number; marks: number };
  regex(): { ms: number };
  markjs(): Promise<{ ms: number }>;
  glossWithTerms(n: number): { ms: number; patterns: number };
  searchLatency(queries: string[], notes: number): number[];
  heapBytes(): number | null;
};

/** A browser without the extension, for the page bundle. */
export async function launchBenchBrowser(name: BrowserName): Promise<Browser> {
  return name === 'chromium'
    ? puppeteer.launch({
        executablePath: browserPath('chromium'),
        headless: true,
        // Precise heap figures and gc() for the memory measurement.
        args: [...CHROMIUM_ARGS, '--enable-precise-memory-info', '--js-flags=--expose-gc'],
      })
    : puppeteer.launch({
        browser: 'firefox',
        executablePath: browserPath('firefox'),
        headless: true,
        extraPrefsFirefox: FIREFOX_PREFS,
      });
}

/** A fresh copy of the page with the benchmark bundle in it. */
export async function freshPage(
  browser: Browser,
  name: BrowserName,
  url: string,
  bundle: string,
): Promise<Page> {
  const page = await browser.newPage();
  if (name === 'firefox') {
    await page.evaluate((u) => location.assign(u), url);
    await page.waitForFunction(
      (u) => location.href === u && document.readyState !== 'loading',
      { timeout: 30_000 },
      url,
    );
  } else {
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
  }
  await page.evaluate(bundle);
  return page;
}
