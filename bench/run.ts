// `npm run bench`: NewsGloss against the floor, mark.js and a naive regex, in real Chromium and Firefox,
// what a reader waits for and a tab pays with the real extension installed, and the content script's
// start-up with a 5,000-entry imported pack (bench/imported-pack.ts). Writes
// bench/results/latest.json, bench/results/chart.svg and the README's Performance section.
// `npm run bench:quick` (--quick): the same figures on eight pages, printed, nothing written but
// bench/results/quick.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../e2e/support/paths';
import { ARTICLE_PAGE, startTestServer } from '../e2e/support/server';
import { freshPage, launchBenchBrowser, type Bench } from './bench-browser';
import { buildPageBundle } from './build-page-bundle';
import { importedPackStartup } from './imported-pack';
import { largePageHtml } from './large-page';
import { longestTasks } from './longest-tasks';
import { benchTargets, PACK_ROUNDS, packPages, QUICK, READER_REPS, REPS } from './mode';
import { measurePages } from './page-phase';
import { readerSamples } from './reader-figures';
import { main as writeReport, renderTable } from './report';
import type { BenchResults } from './results-schema';
import { SEARCH_NOTES, SEARCH_QUERIES } from './search-workload';
import { sizes } from './sizes';
import { importedPackResult, summarise } from './summary';
import { SYNTHETIC_CHECK_PAGE, syntheticCheckPageHtml } from './synthetic-pack';
import { median, percentile, round } from './stats';
import { tabMemory } from './tab-memory';

const SCALING_TERMS = [100, 1_000, 10_000];

/** Runs one phase of the benchmark, saying how long it took (where a slow run spends its time). */
async function phase<T>(name: string, work: () => Promise<T>): Promise<T> {
  const started = Date.now();
  const result = await work();
  console.log(`[${name}: ${((Date.now() - started) / 1000).toFixed(0)} s]`);
  return result;
}
const SCALING_REPS = QUICK ? 1 : 3;

async function run(): Promise<void> {
  const bundle = await buildPageBundle();
  const server = await startTestServer({
    'large.html': largePageHtml(),
    [SYNTHETIC_CHECK_PAGE]: syntheticCheckPageHtml(),
  });
  try {
    const { pages, firefoxVersion } = await phase('pages', () => measurePages(server, bundle));
    const tasks = await phase('longest tasks', () => longestTasks(server, benchTargets));
    for (const page of pages) page.chromium.longestTaskMs = tasks.get(page.name) ?? null;
    const reader = {
      chromium: await phase('hovers, Chromium', () =>
        readerSamples('chromium', server, benchTargets, READER_REPS),
      ),
      firefox: await phase('hovers, Firefox', () =>
        readerSamples('firefox', server, benchTargets, READER_REPS),
      ),
    };
    const memory = await phase('tab memory', () => tabMemory(`${server.origin}${ARTICLE_PAGE}`));
    // Issue 18: the content script's start-up with a 5,000-entry imported pack, next to without it.
    const importedPack = await phase('imported pack', () =>
      importedPackStartup(server, packPages, PACK_ROUNDS, 'chromium'),
    );
    const importedPackFirefox = await phase('imported pack, Firefox', () =>
      importedPackStartup(server, packPages, PACK_ROUNDS, 'firefox'),
    );

    // Scaling, search and the page bundle's own heap, in Chromium on the largest page.
    const browser = await launchBenchBrowser('chromium');
    const largest = benchTargets.at(-1)!;
    const scalingRuns: BenchResults['scaling']['runs'] = [];
    for (const terms of SCALING_TERMS) {
      const runs: { ms: number; patterns: number }[] = [];
      for (let rep = 0; rep < SCALING_REPS; rep++) {
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

    const size = sizes();
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
      size,
      memory: { page: largest.name, browser: 'chromium', heapGrowthBytes },
      tab: {
        page: 'article (FO statement)',
        pageMiB: round(memory.pageMiB),
        popoverFrameMiB: round(memory.frameMiB),
        floorPageMiB: round(memory.floorPageMiB),
        floorFrameMiB: round(memory.floorFrameMiB),
        readerPages: benchTargets.length,
        skipped: { chromium: reader.chromium.skipped, firefox: reader.firefox.skipped },
      },
      importedPack: importedPackResult(importedPack),
      importedPackFirefox: importedPackResult(importedPackFirefox),
      ...summarise({
        pages,
        scaling: scalingRuns,
        searchLatencies: latencies,
        size,
        reader,
        tabMemoryMiB: memory.totalMiB,
        importedPack,
        importedPackFirefox,
      }),
    };
    const out = path.join(repoRoot, `bench/results/${QUICK ? 'quick' : 'latest'}.json`);
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
    if (QUICK) console.log(renderTable(results));
  } finally {
    await server.close();
  }
  if (!QUICK) await writeReport();
}

await run();
