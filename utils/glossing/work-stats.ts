import type { GlossCost } from '@/utils/messaging/messages';
import type { Scanner } from './scanner';

/**
 * The main-thread time NewsGloss spends on a page outside its scan slices (start-up, mutation handling,
 * drawing marks), so the cost it reports (terms-on-page) covers every task it runs, not only the scan.
 */
export class WorkStats {
  totalMs = 0;
  longestMs = 0;
  /** From the content script's start to its first marks painted; null until then. */
  firstMarkMs: number | null = null;

  time<T>(work: () => T): T {
    const started = performance.now();
    try {
      return work();
    } finally {
      const ms = performance.now() - started;
      this.totalMs += ms;
      this.longestMs = Math.max(this.longestMs, ms);
    }
  }

  /**
   * Marks were drawn, in an animation frame (NextFrame): the first ones are painted with that frame,
   * and timed (from the script's start) by the first task after it. At user-blocking priority where
   * the browser schedules tasks (Chromium's scheduler.postTask): a timeout would wait behind the scan
   * slice queued already.
   */
  marksDrawn(scriptStartedAt: number): void {
    if (this.firstMarkMs !== null) return;
    const timeIt = () => (this.firstMarkMs ??= performance.now() - scriptStartedAt);
    const { scheduler } = globalThis as { scheduler?: { postTask(task: () => void, o: object): unknown } };
    if (scheduler) scheduler.postTask(timeIt, { priority: 'user-blocking' });
    else setTimeout(timeIt);
  }
}

/** What glossing the page has cost so far, as the popup and the benchmark read it. */
export function glossCost(startupMs: number, scanner: Scanner, work: WorkStats): GlossCost {
  const { slices, yields, totalMs, longestSliceMs } = scanner.stats;
  return {
    startupMs,
    slices,
    yields,
    scanning: scanner.busy,
    slicesOfCurrentScan: scanner.slicesOfCurrentScan,
    totalMs: totalMs + work.totalMs,
    longestTaskMs: Math.max(startupMs, longestSliceMs, work.longestMs),
    firstMarkMs: work.firstMarkMs,
  };
}
