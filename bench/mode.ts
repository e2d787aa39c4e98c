import { targets, type Target } from './targets';

/**
 * `npm run bench:quick` (`--quick`): the same figures on eight pages chosen to span the corpus (a page
 * with no term, small, medium and large pages, the seed article and the generated large page), each
 * loaded twice: a contributor's check before changing the hot path, in about three minutes. The full
 * run (`npm run bench`) loads every corpus page five times in Chromium and three in Firefox.
 */
export const QUICK = process.argv.includes('--quick');

const QUICK_PAGES = [
  'article (FO statement)',
  'dw.html',
  'reuters.html',
  'herald-sun-1.html',
  'wapo-1.html',
  'salon-1.html',
  'wikipedia-2.html',
  'generated large page',
];

export const REPS = QUICK
  ? { chromium: 2, firefox: 2 }
  : {
      chromium: Number(process.env.BENCH_REPS ?? 5),
      firefox: Number(process.env.BENCH_REPS_FIREFOX ?? 3),
    };

/**
 * The browsers the page bundle (walk, gloss, regex, mark.js) is timed in: the quick run leaves out
 * Firefox there, as no summary figure comes from it (its hovers are still timed).
 */
export const PAGE_BROWSERS = QUICK ? (['chromium'] as const) : (['chromium', 'firefox'] as const);

/** Loads per page for the hover and first-mark figures, in each browser. */
export const READER_REPS = QUICK ? 1 : 2;

/**
 * The pages the imported-pack phase (bench/imported-pack.ts) loads, with and without the pack: the quick
 * run's eight in a full run, four of them (three with marks, for the first-mark figure) in a quick one.
 */
const PACK_PAGES = QUICK
  ? ['article (FO statement)', 'dw.html', 'wapo-1.html', 'wikipedia-2.html']
  : QUICK_PAGES;
export const packPages: readonly Target[] = targets.filter((t) => PACK_PAGES.includes(t.name));

/**
 * Rounds of the imported-pack phase: one load of each page without the pack and one with it per round,
 * the order swapped every other round (without, with; with, without; …) so neither always goes first.
 */
export const PACK_ROUNDS = QUICK ? 1 : 4;

/** The pages this run measures, smallest text first as the corpus lists them. */
export const benchTargets: readonly Target[] = QUICK
  ? targets.filter((t) => QUICK_PAGES.includes(t.name))
  : targets;
