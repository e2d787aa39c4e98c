/**
 * The popup search benchmark (searchLatency in bench/page/bench-entry.ts) in Node, for quick turns while
 * tuning the index: same glossary, same generated terms and notes, same queries typed a prefix at a time.
 * Node's V8 is close to Chromium's; `npm run bench` gives the real figure.
 *   npx vite-node --config vitest.config.ts bench/search-node.ts     (ROUNDS=n to change the 5 rounds)
 * Each round builds a fresh index and types every query twice (first pass: cold caches; second: warm).
 * On a shared machine wall-clock times carry other processes' load, so CPU time (this process's, which
 * includes the garbage collector's threads) is printed too, and the fastest round per keystroke.
 */
import { loadBundledPacks } from '@/utils/glossary/bundled';
import { createSearchIndex } from '@/utils/search/search-index';
import { generatedNotes, generatedPack } from './page/generated-terms';
import { SEARCH_NOTES, SEARCH_QUERIES } from './search-workload';
import { percentile } from './stats';

const QUERIES = SEARCH_QUERIES;
const NOTES = SEARCH_NOTES;
const ROUNDS = Number(process.env.ROUNDS ?? 5);

const real = loadBundledPacks().packs.flatMap((p) => p.entries);
const entries = [...real, ...generatedPack(Math.max(0, NOTES - real.length)).entries];
const notes = generatedNotes(entries, NOTES);

const fmt = (xs: number[]) =>
  `p50 ${percentile(xs, 0.5).toFixed(2)} ms, p95 ${percentile(xs, 0.95).toFixed(2)} ms, max ${Math.max(...xs).toFixed(2)} ms (n=${xs.length})`;

interface Sample {
  wall: number;
  cpu: number;
}
function timed(work: () => unknown): Sample {
  const cpu = process.cpuUsage();
  const started = performance.now();
  work();
  const wall = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1000 };
}

const builds: Sample[] = [];
// [pass][round][keystroke]
const passes: Sample[][][] = [[], []];
for (let round = 0; round < ROUNDS; round++) {
  let index = createSearchIndex([]);
  builds.push(timed(() => (index = createSearchIndex(entries, notes))));
  for (const pass of passes) {
    const times: Sample[] = [];
    for (const query of QUERIES) {
      for (let i = 1; i <= query.length; i++) times.push(timed(() => index.search(query.slice(0, i))));
    }
    pass.push(times);
  }
}

function report(label: string, rounds: Sample[][]): void {
  const all = rounds.flat();
  const fastest = rounds[0]!.map((_, k) => Math.min(...rounds.map((r) => r[k]!.wall)));
  console.log(`${label}, wall: ${fmt(all.map((s) => s.wall))}`);
  console.log(`${label}, CPU: ${fmt(all.map((s) => s.cpu))}`);
  console.log(`${label}, fastest round per keystroke, wall: ${fmt(fastest)}`);
}
console.log(`build, wall: ${fmt(builds.map((s) => s.wall))}`);
console.log(`build, CPU: ${fmt(builds.map((s) => s.cpu))}`);
report('search, first pass', passes[0]!);
report('search, second pass', passes[1]!);
report('search, first round only (cold JIT), first pass', [passes[0]![0]!]);
