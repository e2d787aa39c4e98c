import { describe, expect, it } from 'vitest';
import { markjsFailureReason } from '../../bench/measure-page';
import type { MethodFigures, PageResult } from '../../bench/results-schema';
import { summarise, type SummaryInputs } from '../../bench/summary';

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
