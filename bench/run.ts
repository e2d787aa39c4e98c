// `npm run bench`: NewsGloss against the floor, mark.js and a naive regex, in real Chromium and Firefox.
// Writes bench/results/latest.json, bench/results/chart.svg and the README's Performance section.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LONG_TASK_MS } from '@/utils/constants';
import { repoRoot } from '../e2e/support/paths';
import { startTestServer } from '../e2e/support/server';
import { freshPage, launchBenchBrowser, type Bench } from './bench-browser';
import { buildPageBundle } from './build-page-bundle';
import { largePageHtml } from './large-page';
import { longestTasks } from './longest-tasks';
import { measurePage } from './measure-page';
import { main as writeReport } from './report';
import type { BenchResults, MethodFigures, PageResult, Summary } from './results-schema';
import { SEARCH_NOTES, SEARCH_QUERIES } from './search-workload';
import { sizes } from './sizes';
import { median, percentile, round } from './stats';
import { targets } from './targets';

const REPS = {
  chromium: Number(process.env.BENCH_REPS ?? 5),
  firefox: Number(process.env.BENCH_REPS_FIREFOX ?? 3),
};
const SCALING_TERMS = [100, 1_000, 10_000];

async function run(): Promise<void> {
  const bundle = await buildPageBundle();
  const server = await startTestServer({ 'large.html': largePageHtml() });
  const pages: PageResult[] = targets.map((t) => ({
    name: t.name,
    textChars: 0,
    textNodes: 0,
    chromium: null as unknown as MethodFigures,
    firefox: null,
  }));
  try {
    let firefoxVersion: string | null = null;
    // BENCH_RESUME=1 reuses the page figures of the last run (bench/results/pages.partial.json), so
    // the later phases can be rerun without the ten minutes of page loads.
    const partial = path.join(repoRoot, 'bench/results/pages.partial.json');
    const resumed = process.env.BENCH_RESUME === '1' && existsSync(partial);
    if (resumed) {
      const saved = JSON.parse(readFileSync(partial, 'utf8')) as {
        pages: PageResult[];
        firefoxVersion: string | null;
        reps: typeof REPS;
      };
      pages.splice(0, pages.length, ...saved.pages);
      firefoxVersion = saved.firefoxVersion;
      Object.assign(REPS, saved.reps);
    }
    for (const name of resumed ? [] : (['chromium', 'firefox'] as const)) {
      const browser = await launchBenchBrowser(name);
      if (name === 'firefox') firefoxVersion = await browser.version();
      try {
        for (const [i, target] of targets.entries()) {
          // A page that never finishes loading in Firefox (it happens, see e2e/support/browsers.ts) is
          // left without Firefox figures rather than stopping the run.
          const m = await measurePage(
            browser,
            name,
            `${server.origin}${target.path}`,
            bundle,
            REPS[name],
          ).catch((error: unknown) => {
            if (name === 'chromium') throw error;
            console.log(`firefox ${target.name}: not measured (${String(error).slice(0, 80)})`);
            return null;
          });
          if (!m) continue;
          const figures: MethodFigures = {
            walkMs: round(m.walkMs),
            glossMs: round(m.glossMs),
            markjsMs: Number.isFinite(m.markjsMs) ? round(m.markjsMs) : null,
            regexMs: round(m.regexMs),
            marks: m.marks,
            longestTaskMs: null,
          };
          pages[i]![name] = figures;
          if (name === 'chromium')
            Object.assign(pages[i]!, { textChars: m.textChars, textNodes: m.textNodes });
          console.log(
            `${name} ${target.name}: walk ${figures.walkMs} ms, gloss ${figures.glossMs} ms, regex ${figures.regexMs} ms, mark.js ${figures.markjsMs} ms`,
          );
        }
      } finally {
        await browser.close();
      }
    }

    mkdirSync(path.dirname(partial), { recursive: true });
    writeFileSync(partial, JSON.stringify({ pages, firefoxVersion, reps: REPS }));
    const tasks = await longestTasks(server);
    for (const page of pages) page.chromium.longestTaskMs = tasks.get(page.name) ?? null;

    // Scaling, search and memory, in Chromium on the largest page.
    const browser = await launchBenchBrowser('chromium');
    const largest = targets.at(-1)!;
    const scalingRuns: BenchResults['scaling']['runs'] = [];
    for (const terms of SCALING_TERMS) {
      const runs: { ms: number; patterns: number }[] = [];
      for (let rep = 0; rep < 3; rep++) {
        const page = await freshPage(browser, 'chromium', `${server.origin}${largest.path}`, bundle);
        runs.push(
          await page.evaluate(
            (n) => (window as unknown as { NewsGlossBench: Bench }).NewsGlossBench.glossWithTerms(n),
            terms,
          ),
        );
        await page.close();
      }
      scalingRuns.push({ terms, patterns: runs[0]!.patterns, glossMs: round(median(runs.map((r) => r.ms))) });
    }
    const searchPage = await freshPage(browser, 'chromium', `${server.origin}/blank.html`, bundle);
    const latencies = await searchPage.evaluate(
      (q, n) => (window as unknown as { NewsGlossBench: Bench }).NewsGlossBench.searchLatency(q, n),
      SEARCH_QUERIES,
      SEARCH_NOTES,
    );
    await searchPage.close();
    const memoryPage = await freshPage(browser, 'chromium', `${server.origin}${largest.path}`, bundle);
    const heapGrowthBytes = await memoryPage.evaluate(() => {
      const gc = (window as unknown as { gc?: () => void }).gc;
      const b = (window as unknown as { NewsGlossBench: Bench }).NewsGlossBench;
      gc?.();
      const before = b.heapBytes();
      b.glossAndKeep();
      gc?.();
      const after = b.heapBytes();
      return before === null || after === null ? null : after - before;
    });
    await memoryPage.close();
    const chromiumVersion = await browser.version();
    await browser.close();

    const ratios = (f: (m: MethodFigures) => number) =>
      median(pages.map((p) => f(p.chromium)).filter((x) => Number.isFinite(x)));
    const summary: Summary = {
      glossOverWalk: round(ratios((m) => m.glossMs / Math.max(m.walkMs, 0.01))),
      markjsOverGloss: round(ratios((m) => (m.markjsMs ?? Number.NaN) / Math.max(m.glossMs, 0.01))),
      regexOverGloss: round(ratios((m) => m.regexMs / Math.max(m.glossMs, 0.01))),
      scaling10kOver100: round(scalingRuns[2]!.glossMs / scalingRuns[0]!.glossMs),
      maxLongTaskMs: Math.max(0, ...pages.map((p) => p.chromium.longestTaskMs ?? 0)),
      searchP95Ms: round(percentile(latencies, 0.95)),
      contentScriptGzipBytes: sizes().contentScript.gzip,
    };
    const results: BenchResults = {
      generatedAt: new Date().toISOString(),
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model ?? 'unknown',
        memoryGiB: round(os.totalmem() / 2 ** 30, 1),
        platform: `${os.platform()} ${os.release()}`,
        node: process.version,
      },
      browsers: { chromium: chromiumVersion, firefox: firefoxVersion },
      repetitions: REPS,
      pages,
      scaling: { page: largest.name, browser: 'chromium', runs: scalingRuns },
      search: {
        browser: 'chromium',
        notes: SEARCH_NOTES,
        keystrokes: latencies.length,
        p50Ms: round(percentile(latencies, 0.5)),
        p95Ms: round(percentile(latencies, 0.95)),
        maxMs: round(Math.max(...latencies)),
      },
      size: sizes(),
      memory: { page: largest.name, browser: 'chromium', heapGrowthBytes },
      summary,
      targets: {
        glossOverWalk: { target: '≤ 5', met: summary.glossOverWalk <= 5 },
        markjsOverGloss: { target: '≥ 100', met: summary.markjsOverGloss >= 100 },
        regexOverGloss: { target: '(reported)', met: true },
        scaling10kOver100: { target: '≤ 1.5', met: summary.scaling10kOver100 <= 1.5 },
        maxLongTaskMs: { target: `≤ ${LONG_TASK_MS}`, met: summary.maxLongTaskMs <= LONG_TASK_MS },
        searchP95Ms: { target: '≤ 10', met: summary.searchP95Ms <= 10 },
        contentScriptGzipBytes: { target: '≤ 20 KB', met: summary.contentScriptGzipBytes <= 20 * 1024 },
      },
    };
    mkdirSync(path.join(repoRoot, 'bench/results'), { recursive: true });
    writeFileSync(path.join(repoRoot, 'bench/results/latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  } finally {
    await server.close();
  }
  await writeReport();
}

await run();
