/** The shape of bench/results/latest.json, shared by the runner and the report. */
export interface MethodFigures {
  /** Median: a bare TreeWalker over every text node, reading its text (the floor). */
  walkMs: number;
  /** Median: build the matcher from the packs, walk, match, create the highlight ranges. */
  glossMs: number;
  /** Median: mark.js 8.11.1 with the same terms, whole words, case as ours; null where it threw. */
  markjsMs: number | null;
  /** Median: one combined regular expression of all aliases over every text node. */
  regexMs: number;
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
  markjsOverGloss: number;
  regexOverGloss: number;
  scaling10kOver100: number;
  maxLongTaskMs: number;
  searchP95Ms: number;
  contentScriptGzipBytes: number;
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
  };
  memory: { page: string; browser: 'chromium'; heapGrowthBytes: number | null };
  summary: Summary;
  targets: Record<keyof Summary, { target: string; met: boolean }>;
}
