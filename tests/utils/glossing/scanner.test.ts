// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OccurrenceStore } from '@/utils/glossing/occurrences';
import { Scanner } from '@/utils/glossing/scanner';
import { FakeLifecycle } from '../../support/fake-lifecycle';
import {
  CHANGED_SUBTREE_CHECK_MAX_CHARS,
  RENDER_INTERVAL_MS,
  REPORT_AFTER_OCCURRENCES,
  SCAN_BUDGET_PER_SECOND_MS,
  SCAN_SLICE_BUDGET_MS,
} from '@/utils/constants';
import { createTermMatcher, type TermMatcher } from '@/utils/matcher/find-terms';

const glossary = createTermMatcher([
  { text: 'Chaman', key: 'chaman', caseSensitive: false },
  { text: 'BLA', key: 'bla', caseSensitive: true },
]);

/** The glossary matcher, counting how often blocks are matched one by one. */
function countingMatcher() {
  const calls = { findTerms: 0, mayContainTerms: 0 };
  const matcher: TermMatcher = {
    patternCount: glossary.patternCount,
    findTerms: (text) => (calls.findTerms++, glossary.findTerms(text)),
    mayContainTerms: (text) => (calls.mayContainTerms++, glossary.mayContainTerms(text)),
  };
  return { matcher, calls };
}

function section(lines: string[]): HTMLElement {
  const element = document.createElement('section');
  for (const line of lines) element.append(Object.assign(document.createElement('p'), { textContent: line }));
  document.body.append(element);
  return element;
}

const foundIds = (store: OccurrenceStore) => store.ordered().map((o) => o.entryId);

describe('Scanner', () => {
  beforeEach(() => {
    document.body.replaceChildren();
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it('checks a changed subtree as a whole and does not walk it when no term can be in it', () => {
    const { matcher, calls } = countingMatcher();
    const store = new OccurrenceStore();
    const scanner = new Scanner(matcher, store, () => {}, new FakeLifecycle());
    const added = section(Array.from({ length: 500 }, (_, i) => `update 3.${i}`));
    scanner.scanChanged(added);
    vi.runAllTimers();
    expect(calls).toEqual({ findTerms: 0, mayContainTerms: 1 });
    expect(store.size).toBe(0);
  });

  it('walks a changed subtree that may hold a term, block by block', () => {
    const { matcher, calls } = countingMatcher();
    const store = new OccurrenceStore();
    const scanner = new Scanner(matcher, store, () => {}, new FakeLifecycle());
    scanner.scanChanged(section(['update 1', 'news from Chaman', 'the BLA said', 'update 2']));
    vi.runAllTimers();
    expect(foundIds(store)).toEqual(['chaman', 'bla']);
    expect(calls.findTerms).toBe(4);
  });

  it('drops the marks of a changed block that lost its term, and reports the change', () => {
    const { matcher } = countingMatcher();
    const store = new OccurrenceStore();
    const onChange = vi.fn();
    const scanner = new Scanner(matcher, store, onChange, new FakeLifecycle());
    const block = section(['news from Chaman', 'the BLA said']);
    scanner.scan(block);
    vi.runAllTimers();
    expect(foundIds(store)).toEqual(['chaman', 'bla']);
    onChange.mockClear();
    const paragraph = block.firstElementChild!;
    paragraph.textContent = 'news from nowhere';
    scanner.scanChanged(paragraph);
    vi.runAllTimers();
    expect(foundIds(store)).toEqual(['bla']);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('walks a changed subtree too large to check in one go', () => {
    const { matcher, calls } = countingMatcher();
    const store = new OccurrenceStore();
    const scanner = new Scanner(matcher, store, () => {}, new FakeLifecycle());
    const lines = Array.from({ length: 1 + CHANGED_SUBTREE_CHECK_MAX_CHARS / 10 }, (_, i) =>
      `line ${i}`.padEnd(10),
    );
    scanner.scanChanged(section(lines));
    vi.runAllTimers();
    expect(calls.mayContainTerms).toBe(0);
    expect(calls.findTerms).toBe(lines.length);
  });

  it('keeps to its budget per second however much work there is, and finishes it', () => {
    // A clock that moves with the fake timers and with the (pretended) cost of matching each block.
    let spent = 0;
    const now = () => Date.now() + spent;
    const workAt: number[] = [];
    const blockCostMs = 5;
    const matcher: TermMatcher = {
      ...glossary,
      findTerms: (text) => {
        workAt.push(now());
        spent += blockCostMs;
        return glossary.findTerms(text);
      },
    };
    const store = new OccurrenceStore();
    const scanner = new Scanner(matcher, store, () => {}, new FakeLifecycle(), now);
    const blocks = 300; // 1,500 ms of matching: over three seconds' budget
    scanner.scan(
      section(Array.from({ length: blocks }, (_, i) => (i === blocks - 1 ? 'Chaman' : `line ${i}`))),
    );
    const startedAt = now();
    for (let i = 0; scanner.busy && i < 10_000; i++) vi.advanceTimersToNextTimer();
    expect(scanner.busy).toBe(false);
    expect(workAt).toHaveLength(blocks);
    expect(foundIds(store)).toEqual(['chaman']);
    // In any second, at most the budget (plus the slice that crosses it, one block over its own budget).
    const allowance = SCAN_BUDGET_PER_SECOND_MS + SCAN_SLICE_BUDGET_MS + blockCostMs;
    for (const from of workAt) {
      const inSecond = workAt.filter((t) => t >= from && t < from + 1000).length * blockCostMs;
      expect(inSecond, `work in the second from ${from - startedAt} ms`).toBeLessThanOrEqual(allowance);
    }
    expect(now() - startedAt).toBeGreaterThanOrEqual(3000);
  });

  it('stops scheduling slices once the content script context is invalidated', () => {
    const { matcher, calls } = countingMatcher();
    const ctx = new FakeLifecycle();
    let clock = 0;
    const slowMatcher: TermMatcher = {
      ...matcher,
      findTerms: (text) => ((clock += SCAN_SLICE_BUDGET_MS), matcher.findTerms(text)),
    };
    const scanner = new Scanner(
      slowMatcher,
      new OccurrenceStore(),
      () => {},
      ctx,
      () => clock,
    );
    scanner.scan(section(Array.from({ length: 50 }, (_, i) => `line ${i}`)));
    vi.advanceTimersToNextTimer(); // one slice: one block, then its budget is spent
    expect(calls.findTerms).toBe(1);
    ctx.invalidate();
    vi.runAllTimers();
    expect(calls.findTerms).toBe(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('ends a slice at the first check after its budget is spent, yields, and goes on in the next', () => {
    const { matcher, calls } = countingMatcher();
    let clock = 0;
    const blockCostMs = 3; // so the budget is spent after ceil(SCAN_SLICE_BUDGET_MS / 3) blocks
    const timed: TermMatcher = {
      ...matcher,
      findTerms: (text) => ((clock += blockCostMs), matcher.findTerms(text)),
    };
    const scanner = new Scanner(
      timed,
      new OccurrenceStore(),
      () => {},
      new FakeLifecycle(),
      () => clock,
    );
    const blocks = 40;
    scanner.scan(section(Array.from({ length: blocks }, (_, i) => `line ${i}`)));
    const perSlice = Math.ceil(SCAN_SLICE_BUDGET_MS / blockCostMs);
    vi.advanceTimersToNextTimer();
    expect(calls.findTerms).toBe(perSlice);
    expect(scanner.stats).toMatchObject({ slices: 1, yields: 1 });
    expect(scanner.busy).toBe(true);
    vi.runAllTimers();
    expect(calls.findTerms).toBe(blocks);
    expect(scanner.stats.slices).toBe(Math.ceil(blocks / perSlice));
    expect(scanner.stats.yields).toBe(scanner.stats.slices - 1);
  });

  it('reports what the first slice found at once, with the scan still under way, then at most every interval', () => {
    let clock = 40; // a page's clock, a few tens of ms after its navigation began
    const blockCostMs = 3;
    const timed: TermMatcher = {
      ...glossary,
      findTerms: (text) => ((clock += blockCostMs), glossary.findTerms(text)),
    };
    const reports: { at: number; busy: boolean }[] = [];
    const scanner: Scanner = new Scanner(
      timed,
      new OccurrenceStore(),
      () => reports.push({ at: clock, busy: scanner.busy }),
      new FakeLifecycle(),
      () => clock,
    );
    scanner.scan(section(Array.from({ length: 400 }, (_, i) => `news from Chaman ${i}`)));
    vi.advanceTimersToNextTimer();
    expect(scanner.stats.slices).toBe(1);
    expect(reports).toEqual([{ at: clock, busy: true }]);
    vi.runAllTimers();
    expect(scanner.busy).toBe(false);
    expect(reports.at(-1)!.busy, 'and once more when it is done').toBe(false);
    for (let i = 2; i < reports.length - 1; i++)
      expect(reports[i]!.at - reports[i - 1]!.at).toBeGreaterThanOrEqual(RENDER_INTERVAL_MS);
  });

  it('ends a slice and reports once it has found many terms, so no redraw resolves too many at once', () => {
    let clock = 40;
    const cheap: TermMatcher = {
      ...glossary,
      findTerms: (text) => ((clock += 0.01), glossary.findTerms(text)),
    };
    const found = [0];
    const store = new OccurrenceStore();
    const scanner: Scanner = new Scanner(
      cheap,
      store,
      () => found.push(store.size),
      new FakeLifecycle(),
      () => clock,
    );
    // Three terms a block, about 800 blocks in a slice's time: far more than REPORT_AFTER_OCCURRENCES.
    scanner.scan(section(Array.from({ length: 3000 }, () => 'Chaman, Chaman and Chaman')));
    vi.runAllTimers();
    expect(clock - 40, 'the whole scan took less than one interval').toBeLessThan(RENDER_INTERVAL_MS);
    expect(found.at(-1)).toBe(9000);
    expect(found).toHaveLength(scanner.stats.slices + 1);
    const batches = found.slice(1).map((size, i) => size - found[i]!);
    expect(batches.length).toBeGreaterThanOrEqual(9000 / (REPORT_AFTER_OCCURRENCES + 2));
    // Each slice ends at the block that takes it to the count (a block holds three).
    for (const batch of batches.slice(0, -1)) {
      expect(batch).toBeGreaterThanOrEqual(REPORT_AFTER_OCCURRENCES);
      expect(batch).toBeLessThan(REPORT_AFTER_OCCURRENCES + 3);
    }
  });
});
