import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../e2e/support/paths';
import type { TestServer } from '../e2e/support/server';
import { launchBenchBrowser } from './bench-browser';
import { measurePage } from './measure-page';
import { benchTargets, PAGE_BROWSERS, QUICK, REPS } from './mode';
import type { MethodFigures, PageResult } from './results-schema';
import { round } from './stats';

const PARTIAL = path.join(repoRoot, 'bench/results/pages.partial.json');
const MARKJS_REFUSALS = 3;

/**
 * Walk, gloss, regex and mark.js on every page of the run, in Chromium and Firefox, with the page
 * bundle (no extension). BENCH_RESUME=1 reuses the figures of the last run (bench/results/
 * pages.partial.json), so the later phases can be rerun without the page loads.
 */
export async function measurePages(
  server: TestServer,
  bundle: string,
): Promise<{ pages: PageResult[]; firefoxVersion: string | null }> {
  if (process.env.BENCH_RESUME === '1' && existsSync(PARTIAL)) {
    const saved = JSON.parse(readFileSync(PARTIAL, 'utf8')) as {
      pages: PageResult[];
      firefoxVersion: string | null;
      reps: typeof REPS;
    };
    Object.assign(REPS, saved.reps);
    return saved;
  }
  const pages: PageResult[] = benchTargets.map((t) => ({
    name: t.name,
    textChars: 0,
    textNodes: 0,
    chromium: null as unknown as MethodFigures,
    firefox: null,
  }));
  let firefoxVersion: string | null = null;
  for (const name of PAGE_BROWSERS) {
    const browser = await launchBenchBrowser(name);
    // mark.js takes seconds per page before the browser refuses it; refused on this many pages in a
    // row, it is not tried again in that browser, and the table says so.
    let refusals = 0;
    let refusedFor = '';
    if (name === 'firefox') firefoxVersion = await browser.version();
    try {
      for (const [i, target] of benchTargets.entries()) {
        // A page that never finishes loading in Firefox (it happens, see e2e/support/browsers.ts) is
        // left without Firefox figures rather than stopping the run.
        const url = `${server.origin}${target.path}`;
        const skip =
          refusals >= MARKJS_REFUSALS ? `${refusedFor} on ${MARKJS_REFUSALS} pages before; not tried` : null;
        const m = await measurePage(browser, name, url, bundle, REPS[name], skip).catch((error: unknown) => {
          if (name === 'chromium') throw error;
          console.log(`firefox ${target.name}: not measured (${String(error).slice(0, 80)})`);
          return null;
        });
        if (!m) continue;
        refusals = m.markjsFailure && !skip ? refusals + 1 : Number.isFinite(m.markjsMs) ? 0 : refusals;
        if (m.markjsFailure && !skip) refusedFor = m.markjsFailure;
        const figures: MethodFigures = {
          walkMs: round(m.walkMs),
          glossMs: round(m.glossMs),
          glossStartMs: round(m.glossStartMs),
          glossScanMs: round(m.glossScanMs),
          glossDrawMs: round(m.glossDrawMs),
          glossWarmMs: round(m.glossWarmMs),
          markjsMs: Number.isFinite(m.markjsMs) ? round(m.markjsMs) : null,
          markjsFailure: m.markjsFailure,
          regexMs: round(m.regexMs),
          marks: m.marks,
          longestTaskMs: null,
        };
        pages[i]![name] = figures;
        if (name === 'chromium') Object.assign(pages[i]!, { textChars: m.textChars, textNodes: m.textNodes });
        const markjs =
          figures.markjsMs === null ? `not run (${figures.markjsFailure})` : `${figures.markjsMs} ms`;
        console.log(
          `${name} ${target.name}: walk ${figures.walkMs} ms, gloss ${figures.glossMs} ms ` +
            `(start ${figures.glossStartMs}, scan ${figures.glossScanMs}, draw ${figures.glossDrawMs}; warm ${figures.glossWarmMs}), regex ${figures.regexMs} ms, mark.js ${markjs}`,
        );
      }
    } finally {
      await browser.close();
    }
  }
  if (!QUICK) {
    mkdirSync(path.dirname(PARTIAL), { recursive: true });
    writeFileSync(PARTIAL, JSON.stringify({ pages, firefoxVersion, reps: REPS }));
  }
  return { pages, firefoxVersion };
}
