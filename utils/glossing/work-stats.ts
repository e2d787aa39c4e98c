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
  /** The longest task of each kind ("mutations", "render"…): where to look when one is too long. */
  readonly longestByKind: Record<string, number> = {};

  time<T>(kind: string, work: () => T): T {
    const started = performance.now();
    try {
      return work();
    } finally {
      this.add(kind, performance.now() - started);
    }
  }

  /**
   * Marks were drawn, in an animation frame (NextFrame): the first ones are painted with that frame,
   * before any task queued now runs, so that task times them from the script's start.
   */
  marksDrawn(scriptStartedAt: number): void {
    if (this.firstMarkMs === null)
      setTimeout(() => (this.firstMarkMs ??= performance.now() - scriptStartedAt), 0);
  }

  add(kind: string, ms: number): void {
    this.totalMs += ms;
    this.longestMs = Math.max(this.longestMs, ms);
    this.longestByKind[kind] = Math.max(this.longestByKind[kind] ?? 0, ms);
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
    longestByKind: { startup: startupMs, 'scan slice': longestSliceMs, ...work.longestByKind },
  };
}
