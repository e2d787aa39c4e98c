import { describe, expect, it } from 'vitest';
import { markjsFailureReason } from '../../bench/measure-page';
import type { MethodFigures, PageResult } from '../../bench/results-schema';
import type { ImportedPackSamples } from '../../bench/imported-pack';
import { importedPackResult, summarise, type SummaryInputs } from '../../bench/summary';

const page = (walkMs: number, glossMs: number, longestTaskMs: number | null = 10): PageResult => {
  const chromium: MethodFigures = {
    walkMs,
    glossMs,
    glossStartMs: glossMs / 2,
    glossWarmMs: glossMs / 4,
    markjsMs: null,
    regexMs: glossMs * 50,
    marks: 3,
    longestTaskMs,
  };
  return { name: `p${walkMs}`, textChars: 1, textNodes: 1, chromium, firefox: null };
};

const packSamples = (over: Partial<ImportedPackSamples> = {}): ImportedPackSamples => ({
  browser: 'chromium',
  entries: 5000,
  packJsonBytes: 3_000_000,
  pages: ['a.html', 'b.html'],
  rounds: 2,
  bundledOnly: { startupMs: [4, 2, 3, 5], firstMarkMs: [60, 80] },
  withPack: { startupMs: [5, 4, 6, 7], firstMarkMs: [90, 150, 130] },
  untilStoredMs: [900, 1100],
  storedBytes: 4_000_000,
  failure: null,
  ...over,
});

function inputs(over: Partial<SummaryInputs> = {}): SummaryInputs {
  const none = { firstHoverMs: [], nextHoverMs: [], firstMarkMs: [], skipped: [] };
  return {
    pages: [page(1, 4), page(2, 20), page(1, 30, 61)],
    scaling: [
      { terms: 100, patterns: 1, glossMs: 10 },
      { terms: 10_000, patterns: 2, glossMs: 14 },
    ],
    searchLatencies: [1, 2, 3],
    size: {
      contentScript: { raw: 1, gzip: 20_000 },
      popup: { raw: 1, gzip: 1 },
      glossaryData: { raw: 1, gzip: 1 },
      popoverScript: { raw: 1, gzip: 40_000 },
    },
    reader: {
      chromium: { ...none, firstHoverMs: [5, 9, 40, 12], nextHoverMs: [2, 3], firstMarkMs: [10, 30, 20] },
      firefox: { ...none, firstHoverMs: [8], nextHoverMs: [4] },
    },
    tabMemoryMiB: 1.234,
    importedPack: packSamples(),
    importedPackFirefox: null,
    ...over,
  };
}

describe('summarise', () => {
  it('takes the median page ratio, the worst long task, p95 hovers and the median first mark', () => {
    const { summary } = summarise(inputs());
    expect(summary.glossOverWalk).toBe(10);
    // Starts of 2, 10 and 15 ms; the rest over the walk: 2, 5 and 15.
    expect(summary.glossStartMs).toBe(10);
    expect(summary.glossPastStartOverWalk).toBe(5);
    expect(summary.glossWarmOverWalk).toBe(2.5);
    expect(summary.maxLongTaskMs).toBe(61);
    expect(summary.scaling10kOver100).toBe(1.4);
    expect(summary.firstHoverMs).toBe(40);
    expect(summary.firstHoverMsFirefox).toBe(8);
    expect(summary.nextHoverMs).toBe(3);
    expect(summary.firstMarkMs).toBe(20);
    expect(summary.tabMemoryMiB).toBe(1.23);
    expect(summary.popoverScriptGzipBytes).toBe(40_000);
  });

  it('judges each figure against its target, and a figure not measured as not met', () => {
    const { targets } = summarise(
      inputs({
        reader: {
          chromium: { firstHoverMs: [], nextHoverMs: [1], firstMarkMs: [1], skipped: [] },
          firefox: null,
        },
      }),
    );
    expect(targets.firstHoverMs).toEqual({ target: '≤ 20', met: false });
    expect(targets.nextHoverMs.met).toBe(true);
    expect(targets.firstHoverMsFirefox.met).toBe(false);
    expect(targets.glossOverWalk.met).toBe(false);
    expect(targets.maxLongTaskMs.met).toBe(false);
    expect(targets.tabMemoryMiB.met).toBe(true);
    expect(targets.popoverScriptGzipBytes.met).toBe(false);
    expect(targets.contentScriptGzipBytes.met).toBe(true);
  });
});

describe('the imported-pack figures', () => {
  it('divides the median with the pack by the median without, for the start-up and the first marks', () => {
    const { summary, targets } = summarise(inputs());
    // Start-ups: medians 5.5 with the pack and 3.5 without; first marks: 130 and 70.
    expect(summary.importedPackStartupRatio).toBe(1.57);
    expect(summary.importedPackFirstMarkRatio).toBe(1.86);
    expect(targets.importedPackStartupRatio).toEqual({ target: '≤ 1.5', met: false });
    const within = summarise(
      inputs({ importedPack: packSamples({ withPack: { startupMs: [4, 4.5], firstMarkMs: [70] } }) }),
    );
    expect(within.summary.importedPackStartupRatio).toBe(1.21);
    expect(within.targets.importedPackStartupRatio.met).toBe(true);
    expect(within.summary.importedPackFirstMarkRatio).toBe(1);
  });

  it('keeps each browser’s ratios apart', () => {
    const firefox = packSamples({ browser: 'firefox', withPack: { startupMs: [3.5], firstMarkMs: [77] } });
    const { summary, targets } = summarise(inputs({ importedPackFirefox: firefox }));
    expect([summary.importedPackStartupRatio, summary.importedPackStartupRatioFirefox]).toEqual([1.57, 1]);
    expect(summary.importedPackFirstMarkRatioFirefox).toBe(1.1);
    expect(targets.importedPackStartupRatioFirefox.met).toBe(true);
    expect(importedPackResult(firefox).browser).toBe('firefox');
    expect(summarise(inputs()).summary.importedPackStartupRatioFirefox).toBeNaN();
  });

  it('reports nothing measured where the phase stopped, was not run or one side has no sample', () => {
    const stopped = summarise(inputs({ importedPack: packSamples({ failure: 'The background did not …' }) }));
    expect(stopped.summary.importedPackStartupRatio).toBeNaN();
    expect(stopped.targets.importedPackStartupRatio.met).toBe(false);
    expect(summarise(inputs({ importedPack: null })).summary.importedPackFirstMarkRatio).toBeNaN();
    const noMarks = packSamples({ withPack: { startupMs: [5], firstMarkMs: [] } });
    expect(summarise(inputs({ importedPack: noMarks })).summary.importedPackFirstMarkRatio).toBeNaN();
  });

  it('keeps medians, counts and the stored size in the results, null for what was not measured', () => {
    expect(importedPackResult(packSamples())).toEqual({
      browser: 'chromium',
      entries: 5000,
      packJsonBytes: 3_000_000,
      pages: ['a.html', 'b.html'],
      rounds: 2,
      bundledOnly: { loads: 4, startupMs: 3.5, firstMarkLoads: 2, firstMarkMs: 70 },
      withPack: { loads: 4, startupMs: 5.5, firstMarkLoads: 3, firstMarkMs: 130 },
      storedBytes: 4_000_000,
      untilStoredMs: 1000,
      failure: null,
    });
    const none = importedPackResult(
      packSamples({ withPack: { startupMs: [], firstMarkMs: [] }, untilStoredMs: [], failure: 'x' }),
    );
    expect(none.withPack).toEqual({ loads: 0, startupMs: null, firstMarkLoads: 0, firstMarkMs: null });
    expect(none.untilStoredMs).toBeNull();
    // NaN would be written as null by JSON.stringify anyway; the file says so outright.
    expect(JSON.parse(JSON.stringify(none))).toEqual(none);
  });
});

describe('markjsFailureReason', () => {
  it('names in a few words why the browser refused mark.js', () => {
    expect(
      markjsFailureReason(new SyntaxError('Invalid regular expression: /…/: Regular expression too large')),
    ).toBe('regex too large');
    expect(markjsFailureReason(new Error('Maximum call stack size exceeded'))).toBe(
      'regex too deep (stack overflow)',
    );
    expect(markjsFailureReason(new Error('too much recursion'))).toBe('regex too deep (stack overflow)');
    expect(markjsFailureReason('Error: something else entirely happened here, at length')).toBe(
      'something else entirely happened here, a',
    );
  });
});
