/** The shape of bench/results/latest.json, shared by the runner and the report. */
export interface MethodFigures {
  /** Median: a bare TreeWalker over every text node, reading its text (the floor). */
  walkMs: number;
  /** Median: build the matcher from the packs, walk, match, create the highlight ranges. */
  glossMs: number;
  /**
   * Medians of the gloss's phases (absent in results from before they were timed): reading the
   * compiled glossary, walking and matching, resolving and drawing.
   */
  glossStartMs?: number;
  glossScanMs?: number;
  glossDrawMs?: number;
  /** Median: the gloss run a second time on the same page, its code warm (absent in older results). */
  glossWarmMs?: number;
  /** Median: mark.js 8.11.1 with the same terms, whole words, case as ours; null where it threw. */
  markjsMs: number | null;
  /** Median: one combined regular expression of all aliases over every text node. */
  regexMs: number;
  /** Why mark.js could not run on the page ("regex too large"…); null where it ran. */
  markjsFailure?: string | null;
  /** Ranges NewsGloss found (every occurrence). */
  marks: number;
  /** Longest main-thread task while the real extension glossed the page; null where not measured. */
  longestTaskMs: number | null;
}

export interface PageResult {
  name: string;
  textChars: number;
  textNodes: number;
  chromium: MethodFigures;
  firefox: MethodFigures | null;
}

export interface Summary {
  glossOverWalk: number;
  /** Median over pages (Chromium): the gloss's start, reading the compiled glossary (a fixed cost). */
  glossStartMs: number;
  /** Median page ratio of the gloss without its start (walk, match, resolve, draw) to the bare walk. */
  glossPastStartOverWalk: number;
  /** Median page ratio of the warm gloss (run again on the same page) to the bare walk. */
  glossWarmOverWalk: number;
  markjsOverGloss: number;
  regexOverGloss: number;
  scaling10kOver100: number;
  maxLongTaskMs: number;
  searchP95Ms: number;
  contentScriptGzipBytes: number;
  /** p95 over pages, after the hover delay, until the tab's first popover is painted with its text. */
  firstHoverMs: number;
  firstHoverMsFirefox: number;
  /** The same for a later hover on another term in the same tab. */
  nextHoverMs: number;
  nextHoverMsFirefox: number;
  /** Median over pages, from the content script's start to its first marks painted (Chromium). */
  firstMarkMs: number;
  /** JS heap NewsGloss adds to a tab with the seed article open and one popover shown (Chromium). */
  tabMemoryMiB: number;
  popoverScriptGzipBytes: number;
  /**
   * Medians (Chromium, real extension): the content script's start-up task (GlossCost.startupMs) with a
   * synthetic 5,000-entry imported pack stored, ÷ the same without it, in the same run (absent in older
   * results).
   */
  importedPackStartupRatio: number;
  /** The same for the content script's start to its first marks painted (absent in older results). */
  importedPackFirstMarkRatio: number;
  /** The same two in Firefox (absent in older results). */
  importedPackStartupRatioFirefox: number;
  importedPackFirstMarkRatioFirefox: number;
}

/** Medians over one side of the imported-pack phase's loads; null where there were none. */
export interface ImportedPackSide {
  /** Loads that reported a start-up (every load), and its median. */
  loads: number;
  startupMs: number | null;
  /** Loads that reported first marks (pages with a mark), and its median. */
  firstMarkLoads: number;
  firstMarkMs: number | null;
}

export interface ImportedPackResult {
  browser: 'chromium' | 'firefox';
  entries: number;
  /** The pack as stored under importedPacks, in JSON characters. */
  packJsonBytes: number;
  pages: string[];
  rounds: number;
  bundledOnly: ImportedPackSide;
  withPack: ImportedPackSide;
  /** readerGlossary.data as the background stored it: base64 characters (one byte each). */
  storedBytes: number | null;
  /** Median, in an extension page: from storage.local.set of importedPacks to readerGlossary changing. */
  untilStoredMs: number | null;
  /** Why the phase stopped (its figures are not used then); null when it ran through. */
  failure: string | null;
}

export interface BenchResults {
  generatedAt: string;
  machine: { cpus: number; cpuModel: string; memoryGiB: number; platform: string; node: string };
  browsers: { chromium: string; firefox: string | null };
  repetitions: { chromium: number; firefox: number };
  pages: PageResult[];
  scaling: {
    page: string;
    browser: 'chromium';
    runs: { terms: number; patterns: number; glossMs: number }[];
  };
  search: {
    browser: 'chromium';
    notes: number;
    keystrokes: number;
    p50Ms: number;
    p95Ms: number;
    maxMs: number;
  };
  size: {
    contentScript: { raw: number; gzip: number };
    popup: { raw: number; gzip: number };
    glossaryData: { raw: number; gzip: number };
    /** The matcher compiled at build time (glossary.bin), which the content script fetches. */
    compiledGlossary?: { raw: number; gzip: number };
    /** The popover page's own script and every chunk it loads. */
    popoverScript?: { raw: number; gzip: number };
  };
  memory: { page: string; browser: 'chromium'; heapGrowthBytes: number | null };
  /** What a tab pays with the real extension installed (bench/tab-memory.ts, bench/reader-figures.ts). */
  tab?: {
    page: string;
    pageMiB: number;
    popoverFrameMiB: number;
    /**
     * The same two for a build that does nothing but frame a blank popover page (absent in results
     * from before it was measured): what the browser charges any extension built this way.
     */
    floorPageMiB?: number;
    floorFrameMiB?: number;
    readerPages: number;
    skipped: { chromium: string[]; firefox: string[] };
  };
  /**
   * The content script's start-up with a synthetic pack stored as an imported pack, compiled by the
   * background (bench/imported-pack.ts), next to bundled only (absent in results from before it).
   */
  /** The imported-pack phase in each browser (absent in older results; Firefox's from 2026-11-29). */
  importedPack?: ImportedPackResult;
  importedPackFirefox?: ImportedPackResult;

  summary: Summary;
  targets: Record<keyof Summary, { target: string; met: boolean }>;
}
