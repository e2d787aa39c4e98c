// Turns bench/results/latest.json into a console table, bench/results/chart.svg (chart.ts) and the README
// section.
// Run: npx vite-node --config vitest.config.ts bench/report.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { repoRoot } from '../e2e/support/paths';
import { renderChartSvg } from './chart';
import { byTextSize, escapeXml, int, kB, mark, ms, ratio } from './format';
import type { BenchResults, ImportedPackResult, MethodFigures, Summary } from './results-schema';
import { SYNTHETIC_PACK_ENTRIES } from './synthetic-pack';

function mdTable(head: string[], rows: string[][], rightFrom = 1): string {
  const align = head.map((_, i) => (i >= rightFrom ? '--:' : ':--'));
  return [head, align, ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

/** mark.js's time, or why it could not run there ("regex too large"). */
const markjsCell = (m: MethodFigures): string =>
  m.markjsMs === null ? `not run: ${m.markjsFailure ?? 'failed'}` : ms(m.markjsMs);

function pageTable(r: BenchResults, html = false): string {
  const ff = r.browsers.firefox !== null && r.pages.some((p) => p.firefox !== null);
  const head = ['Page', 'Text chars', 'Text nodes', 'Walk', 'Gloss', 'mark.js', 'Regex'];
  head.push('Gloss/walk', 'mark.js/gloss', 'Marks', 'Longest task');
  if (ff) head.push('FF walk', 'FF gloss', 'FF mark.js', 'FF regex');
  const rows = byTextSize(r.pages).map((p) => {
    const c = p.chromium;
    const row = [
      (html ? escapeXml(p.name) : p.name).replace(/\|/g, '\\|'),
      int(p.textChars),
      int(p.textNodes),
    ];
    row.push(ms(c.walkMs), ms(c.glossMs), markjsCell(c), ms(c.regexMs));
    row.push(ratio(c.glossMs, c.walkMs), ratio(c.markjsMs, c.glossMs), int(c.marks));
    row.push(c.longestTaskMs === null ? '–' : ms(c.longestTaskMs));
    if (ff) {
      const f = p.firefox;
      row.push(...(f ? [ms(f.walkMs), ms(f.glossMs), markjsCell(f), ms(f.regexMs)] : ['–', '–', '–', '–']));
    }
    return row;
  });
  return mdTable(head, rows);
}

const packRatioLabel = (figure: string, browser: string): [string, (v: number) => string] => [
  `${figure}, ${int(SYNTHETIC_PACK_ENTRIES)}-entry imported pack ÷ bundled only (${browser})`,
  (v) => `${v.toFixed(2)}×`,
];

const SUMMARY_LABELS: Record<keyof Summary, [string, (v: number) => string]> = {
  glossOverWalk: ['Gloss ÷ bare walk', (v) => `${v.toFixed(2)}×`],
  glossStartMs: ['Gloss start (reading the compiled glossary), median', (v) => `${ms(v)} ms`],
  glossPastStartOverWalk: ['Gloss past its start ÷ bare walk', (v) => `${v.toFixed(2)}×`],
  glossWarmOverWalk: ['Gloss run again, code warm, ÷ bare walk', (v) => `${v.toFixed(2)}×`],
  markjsOverGloss: ['mark.js ÷ gloss', (v) => `${v.toFixed(2)}×`],
  regexOverGloss: ['One big regex ÷ gloss', (v) => `${v.toFixed(2)}×`],
  scaling10kOver100: ['Gloss time, 10k terms ÷ 100 terms', (v) => `${v.toFixed(2)}×`],
  maxLongTaskMs: ['Longest main-thread task', (v) => `${ms(v)} ms`],
  searchP95Ms: ['Search keystroke p95', (v) => `${ms(v)} ms`],
  contentScriptGzipBytes: ['Content script, gzipped', kB],
  firstHoverMs: ['First hover, after the delay, p95 (Chromium)', (v) => `${ms(v)} ms`],
  firstHoverMsFirefox: ['First hover, after the delay, p95 (Firefox)', (v) => `${ms(v)} ms`],
  nextHoverMs: ['Next hover, after the delay, p95 (Chromium)', (v) => `${ms(v)} ms`],
  nextHoverMsFirefox: ['Next hover, after the delay, p95 (Firefox)', (v) => `${ms(v)} ms`],
  firstMarkMs: ['Script start to first marks painted, median', (v) => `${ms(v)} ms`],
  tabMemoryMiB: ['JS heap added to a tab (page + popover frame)', (v) => `${v.toFixed(2)} MiB`],
  popoverScriptGzipBytes: ['Popover page scripts, gzipped', kB],
  importedPackStartupRatio: packRatioLabel('Content script start-up', 'Chromium'),
  importedPackFirstMarkRatio: packRatioLabel('Script start to first marks', 'Chromium'),
  importedPackStartupRatioFirefox: packRatioLabel('Content script start-up', 'Firefox'),
  importedPackFirstMarkRatioFirefox: packRatioLabel('Script start to first marks', 'Firefox'),
};

function summaryTable(r: BenchResults): string {
  // Results written before a figure existed have no target for it: those rows are left out.
  const keys = (Object.keys(SUMMARY_LABELS) as (keyof Summary)[]).filter((k) => r.targets[k]);
  const rows = keys.map((k) => {
    const [label, fmt] = SUMMARY_LABELS[k];
    const t = r.targets[k];
    // null in the results file: no run of that baseline finished (mark.js gives up on some glossaries).
    const value = r.summary[k] as number | null;
    return [
      label,
      value === null || !Number.isFinite(value) ? 'not measured' : fmt(value),
      t.target,
      mark(t.met),
    ];
  });
  return mdTable(['Figure', 'Value', 'Target', 'Met'], rows);
}

/** The imported-pack phase's figures in one line: medians each way, the stored size, the time until stored. */
function importedPackLine(p: ImportedPackResult): string {
  const head =
    `Imported pack (${int(p.entries)} synthetic entries, ${kB(p.packJsonBytes)} as stored; ${p.browser}, ` +
    `${p.pages.length} pages, ${p.rounds} ${p.rounds === 1 ? 'round' : 'rounds'} with and without it)`;
  if (p.failure !== null) return `${head}: not measured (${p.failure})`;
  const [a, b] = [p.bundledOnly, p.withPack];
  const median = (v: number | null) => (v === null ? 'not measured' : `${ms(v)} ms`);
  return (
    `${head}: content script start-up median ${median(a.startupMs)} bundled only, ${median(b.startupMs)} ` +
    `with the pack (${a.loads} and ${b.loads} loads); script start to first marks ${median(a.firstMarkMs)} ` +
    `and ${median(b.firstMarkMs)} (${a.firstMarkLoads} and ${b.firstMarkLoads} loads with marks); ` +
    `compiled by the background and stored as readerGlossary, ` +
    (p.storedBytes === null ? 'size not measured' : `${int(p.storedBytes)} bytes of base64`) +
    `, ${median(p.untilStoredMs)} until stored (median, from writing importedPacks to readerGlossary ` +
    "changing). The start-up is timed from the glossing session's start, after storage has been read and " +
    'the stored glossary decoded (utils/glossing/stored-state.ts); the first-marks figure includes both'
  );
}

function detailLines(r: BenchResults): string[] {
  const s = r.scaling;
  const runs = s.runs.map((x) => `${int(x.terms)} terms / ${int(x.patterns)} patterns: ${ms(x.glossMs)} ms`);
  const q = r.search;
  const size = (n: string, v: { raw: number; gzip: number }) => `${n} ${kB(v.raw)} (${kB(v.gzip)} gzip)`;
  const heap = r.memory.heapGrowthBytes;
  const m = r.machine;
  return [
    `Scaling (${s.page}, ${s.browser}): ${runs.join('; ')}`,
    `Search (${q.notes} notes, ${q.keystrokes} keystrokes, ${q.browser}): ` +
      `p50 ${ms(q.p50Ms)} ms, p95 ${ms(q.p95Ms)} ms, max ${ms(q.maxMs)} ms`,
    `Sizes: ${size('content script', r.size.contentScript)}, ${size('popup', r.size.popup)}, ` +
      size('glossary data (JSON sources)', r.size.glossaryData) +
      (r.size.compiledGlossary
        ? `, ${size('compiled glossary (fetched by the content script)', r.size.compiledGlossary)}`
        : ''),
    `Memory (${r.memory.page}, ${r.memory.browser}): heap growth ` +
      (heap === null ? 'not measured' : `${(heap / 1024 / 1024).toFixed(1)} MiB`),
    ...(r.tab
      ? [
          `Tab (${r.tab.page}, Chromium, one popover shown): page world and content script ` +
            `${r.tab.pageMiB.toFixed(2)} MiB, popover frame ${r.tab.popoverFrameMiB.toFixed(2)} MiB` +
            (r.tab.floorPageMiB !== undefined && r.tab.floorFrameMiB !== undefined
              ? ` (a build doing nothing but frame a blank popover page: ${r.tab.floorPageMiB.toFixed(2)} and ` +
                `${r.tab.floorFrameMiB.toFixed(2)} MiB)`
              : '') +
            '; ' +
            `hovers timed on ${r.tab.readerPages} pages` +
            groupedSkips('Chromium', r.tab.skipped.chromium) +
            groupedSkips('Firefox', r.tab.skipped.firefox),
        ]
      : []),
    ...[r.importedPack, r.importedPackFirefox].filter((p) => !!p).map(importedPackLine),
    `Machine: ${m.cpuModel}, ${m.cpus} CPUs, ${m.memoryGiB} GiB, ${m.platform}, Node ${m.node}`,
    `Browsers: Chromium ${r.browsers.chromium}` +
      (r.browsers.firefox ? `, Firefox ${r.browsers.firefox}` : '') +
      `; repetitions ${r.repetitions.chromium} (Chromium)` +
      (r.browsers.firefox ? `, ${r.repetitions.firefox} (Firefox)` : ''),
  ];
}

/** Per-page table (ms, medians), then the summary against targets and the other figures. */
export function renderTable(r: BenchResults): string {
  return [
    'Per page (ms, median, Chromium unless marked FF):',
    pageTable(r),
    '',
    'Summary:',
    summaryTable(r),
    '',
    ...detailLines(r).map((l) => `- ${l}`),
  ].join('\n');
}

/** "page: why" notes as one clause per why: "; in Chromium, no term marked: a.html, b.html". */
function groupedSkips(browser: string, skipped: readonly string[]): string {
  const pages = new Map<string, string[]>();
  for (const note of skipped) {
    const at = note.indexOf(': ');
    const why = at < 0 ? note : note.slice(at + 2);
    pages.set(why, [...(pages.get(why) ?? []), at < 0 ? '' : note.slice(0, at)]);
  }
  return [...pages].map(([why, names]) => `; in ${browser}, ${why}: ${names.join(', ')}`).join('');
}

/** The Markdown that goes between the bench markers in README.md. */
export function renderReadmeSection(r: BenchResults): string {
  const m = r.machine;
  const browsers =
    `Chromium ${r.browsers.chromium}` + (r.browsers.firefox ? ` and Firefox ${r.browsers.firefox}` : '');
  return [
    `Time to gloss ${r.pages.length} pages (the real news pages of the corpus, the article as a page and a generated large page) against a bare DOM walk, mark.js and one big regular ` +
      `expression, plus search latency, bundle size, memory and start-up with an imported pack; measured ${r.generatedAt.slice(0, 10)} in ` +
      `${browsers} on ${m.cpuModel} (${m.cpus} CPUs, ${m.memoryGiB} GiB, ${m.platform}).`,
    '',
    summaryTable(r),
    '',
    '![Per-page times: bare walk, NewsGloss, one big regex and mark.js, log scale](bench/results/chart.svg)',
    '',
    '<details>',
    '<summary>Per-page figures and details</summary>',
    '',
    pageTable(r, true),
    '',
    ...detailLines(r).map((l) => `- ${escapeXml(l)}`),
    '',
    '</details>',
  ].join('\n');
}

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

/** Replaces the text between the bench markers, or adds a Performance section before "## Set up and run". */
export function updateReadme(readme: string, section: string): string {
  const s = readme.indexOf(START);
  const e = s === -1 ? -1 : readme.indexOf(END, s);
  if (s !== -1 && e !== -1) return `${readme.slice(0, s + START.length)}\n${section}\n${readme.slice(e)}`;
  const block = `## Performance\n\n${START}\n${section}\n${END}\n\n`;
  const at = readme.search(/^## Set up and run\s*$/m);
  if (at === -1) return `${readme.replace(/\n*$/, '\n\n')}${block.trimEnd()}\n`;
  return readme.slice(0, at) + block + readme.slice(at);
}

export async function main(root = repoRoot): Promise<void> {
  const results = JSON.parse(
    readFileSync(resolve(root, 'bench/results/latest.json'), 'utf8'),
  ) as BenchResults;
  writeFileSync(resolve(root, 'bench/results/chart.svg'), `${renderChartSvg(results)}\n`);
  console.log(renderTable(results));
  const readmePath = resolve(root, 'README.md');
  const readme = updateReadme(readFileSync(readmePath, 'utf8'), renderReadmeSection(results));
  // Keep README.md as `prettier --check .` wants it (tables padded).
  const options = { ...(await resolveConfig(readmePath)), filepath: readmePath };
  writeFileSync(readmePath, await format(readme, options));
  console.log(`\nWrote ${resolve(root, 'bench/results/chart.svg')} and updated ${readmePath}`);
}

/** vite-node drops the script from process.argv, so read the original command line where we can. */
function invokedDirectly(): boolean {
  const self = fileURLToPath(import.meta.url);
  const argv1 = process.argv[1] ?? '';
  if (argv1 && resolve(argv1) === self) return true;
  try {
    const args = readFileSync('/proc/self/cmdline', 'utf8').split('\0').slice(1);
    return args.some((a) => a !== '' && resolve(a) === self);
  } catch {
    return !process.env.VITEST && /vite-node/.test(argv1);
  }
}

if (invokedDirectly()) await main();
