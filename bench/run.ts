// `npm run bench`: NewsGloss against the floor, mark.js and a naive regex, in real Chromium and Firefox.
// Writes bench/results/latest.json, bench/results/chart.svg and the README's Performance section.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { TermsOnPage } from '../utils/messages';
import {
  CHROMIUM_ARGS,
  FIREFOX_PREFS,
  browserPath,
  launchWithExtension,
  type BrowserName,
} from '../e2e/support/browsers';
import { ExtensionApi } from '../e2e/support/extension-api';
import { waitForMarksToSettle } from '../e2e/support/page-marks';
import { chromeExtensionDir, corpusDir, repoRoot } from '../e2e/support/paths';
import { startTestServer, type TestServer } from '../e2e/support/server';
import { buildPageBundle } from './build-page-bundle';
import { largePageHtml } from './large-page';
import { main as writeReport } from './report';
import { SEARCH_NOTES, SEARCH_QUERIES } from './search-workload';
import type { BenchResults, MethodFigures, PageResult, Summary } from './results-schema';
import { COMPILED_GLOSSARY_FILE } from '../utils/glossary/compiled-file';

const REPS = {
  chromium: Number(process.env.BENCH_REPS ?? 5),
  firefox: Number(process.env.BENCH_REPS_FIREFOX ?? 3),
};
/** mark.js takes seconds on large pages; past this it is timed once rather than REPS times. */
const MARKJS_ONCE_OVER_MS = 2_000;
const SCALING_TERMS = [100, 1_000, 10_000];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[(s.length - 1) >> 1]! + s[s.length >> 1]!) / 2 : NaN;
};
const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;
const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

interface Target {
  name: string;
  path: string;
}

const targets: Target[] = [
  ...readdirSync(path.join(corpusDir, 'pages'))
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => ({ name: f, path: `/corpus/${f}` })),
  { name: 'article (FO statement)', path: '/text/pakistan-afghan-talks-fo-statement.html' },
  { name: 'generated large page', path: '/extra/large.html' },
];

type Bench = {
  walk(): { ms: number; textNodes: number; textChars: number };
  gloss(): { ms: number; marks: number };
  glossAndKeep(): { ms: number; marks: number };
  regex(): { ms: number };
  markjs(): Promise<{ ms: number }>;
  glossWithTerms(n: number): { ms: number; patterns: number };
  searchLatency(queries: string[], notes: number): number[];
  heapBytes(): number | null;
};

async function launchPlain(name: BrowserName): Promise<Browser> {
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
async function freshPage(browser: Browser, name: BrowserName, url: string, bundle: string): Promise<Page> {
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

async function measurePage(browser: Browser, name: BrowserName, url: string, bundle: string, reps: number) {
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

async function longestTasks(server: TestServer): Promise<Map<string, number>> {
  const session = await launchWithExtension('chromium');
  const api = new ExtensionApi(session, `${server.origin}/blank.html`);
  const result = new Map<string, number>();
  try {
    await api.frameForApi();
    for (const target of targets) {
      const page = await session.openPage(`${server.origin}${target.path}`);
      await waitForMarksToSettle(page, 800, 60_000);
      // A page whose own scripts navigate away or replace the document leaves no content script to ask.
      const answer = await api
        .sendToPage<TermsOnPage>(page, { type: 'terms-on-page' })
        .catch((error: unknown) =>
          console.log(`longest task on ${target.name}: not measured (${String(error)})`),
        );
      if (answer?.status === 'ok') result.set(target.name, round(answer.cost.longestTaskMs));
      await page.close();
    }
  } finally {
    await session.close();
  }
  return result;
}

function fileSize(file: string) {
  const data = readFileSync(file);
  return { raw: data.length, gzip: gzipSync(data).length };
}

function sizes(): BenchResults['size'] {
  const chunks = path.join(chromeExtensionDir, 'chunks');
  const popupChunk = readdirSync(chunks).find((f) => f.startsWith('popup-'))!;
  const dataFiles = readdirSync(path.join(repoRoot, 'data/af-pak')).map((f) =>
    readFileSync(path.join(repoRoot, 'data/af-pak', f)),
  );
  const data = Buffer.concat(dataFiles);
  return {
    contentScript: fileSize(path.join(chromeExtensionDir, 'content-scripts/content.js')),
    popup: fileSize(path.join(chunks, popupChunk)),
    glossaryData: { raw: data.length, gzip: gzipSync(data).length },
    compiledGlossary: fileSize(path.join(chromeExtensionDir, COMPILED_GLOSSARY_FILE)),
  };
}

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
      const browser = await launchPlain(name);
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
    const browser = await launchPlain('chromium');
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
        maxLongTaskMs: { target: '≤ 50', met: summary.maxLongTaskMs <= 50 },
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
