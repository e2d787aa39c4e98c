import type { BenchResults, MethodFigures } from '../../bench/results-schema';

/** One browser's figures on a page, scaled from its bare walk. */
export const figures = (walkMs: number, longestTaskMs: number | null = 12.34): MethodFigures => ({
  walkMs,
  glossMs: walkMs * 3,
  markjsMs: walkMs * 40,
  regexMs: walkMs * 10,
  marks: 42,
  longestTaskMs,
});

/** Benchmark results as the report and chart read them: two pages, one whose name needs escaping. */
export function fake(firefox = true): BenchResults {
  return {
    generatedAt: '2025-06-01T10:00:00.000Z',
    machine: { cpus: 8, cpuModel: 'Test CPU', memoryGiB: 16, platform: 'linux', node: 'v20.12.0' },
    browsers: { chromium: '131.0', firefox: firefox ? '128.0esr' : null },
    repetitions: { chromium: 15, firefox: 9 },
    pages: [
      {
        name: 'Big & <Bold> page',
        textChars: 90000,
        textNodes: 2000,
        chromium: figures(2.5),
        firefox: firefox ? figures(3) : null,
      },
      {
        name: 'small-page',
        textChars: 1200,
        textNodes: 40,
        chromium: figures(0.05, null),
        firefox: firefox ? figures(0.1) : null,
      },
    ],
    scaling: {
      page: 'Big & <Bold> page',
      browser: 'chromium',
      runs: [
        { terms: 100, patterns: 400, glossMs: 5 },
        { terms: 10000, patterns: 40000, glossMs: 9 },
      ],
    },
    search: { browser: 'chromium', notes: 500, keystrokes: 60, p50Ms: 1.2, p95Ms: 3.4, maxMs: 7.8 },
    size: {
      contentScript: { raw: 40960, gzip: 12288 },
      popup: { raw: 20480, gzip: 8192 },
      glossaryData: { raw: 102400, gzip: 30720 },
    },
    memory: { page: 'small-page', browser: 'chromium', heapGrowthBytes: 3 * 1024 * 1024 },
    summary: {
      glossOverWalk: 3,
      glossStartMs: 1.5,
      glossPastStartOverWalk: 2,
      glossWarmOverWalk: 1.5,
      markjsOverGloss: 13.3,
      regexOverGloss: 3.3,
      scaling10kOver100: 1.8,
      maxLongTaskMs: 12.34,
      searchP95Ms: 3.4,
      contentScriptGzipBytes: 12288,
      firstHoverMs: 31.5,
      firstHoverMsFirefox: 18,
      nextHoverMs: 6.25,
      nextHoverMsFirefox: 7,
      firstMarkMs: 22,
      tabMemoryMiB: 2.75,
      popoverScriptGzipBytes: 28000,
    },
    targets: {
      glossOverWalk: { target: '≤ 5×', met: true },
      glossStartMs: { target: '(reported)', met: true },
      glossPastStartOverWalk: { target: '(reported)', met: true },
      glossWarmOverWalk: { target: '(reported)', met: true },
      markjsOverGloss: { target: '≥ 5×', met: true },
      regexOverGloss: { target: '≥ 2×', met: true },
      scaling10kOver100: { target: '≤ 3×', met: true },
      maxLongTaskMs: { target: '≤ 50 ms', met: true },
      searchP95Ms: { target: '≤ 2 ms', met: false },
      contentScriptGzipBytes: { target: '≤ 30 kB', met: true },
      firstHoverMs: { target: '≤ 20', met: false },
      firstHoverMsFirefox: { target: '≤ 20', met: true },
      nextHoverMs: { target: '≤ 8', met: true },
      nextHoverMsFirefox: { target: '≤ 8', met: true },
      firstMarkMs: { target: '≤ 25', met: true },
      tabMemoryMiB: { target: '≤ 1.5', met: false },
      popoverScriptGzipBytes: { target: '≤ 30 KB', met: true },
    },
    tab: {
      page: 'small-page',
      pageMiB: 0.75,
      popoverFrameMiB: 2,
      readerPages: 2,
      skipped: {
        chromium: [
          'small-page: no term marked',
          'other-page: no term marked',
          'a-page: one term marked, no next hover',
        ],
        firefox: [],
      },
    },
  };
}
