/**
 * The main-thread time NewsGloss spends on a page outside its scan slices (start-up, mutation handling,
 * drawing marks), so the cost it reports (terms-on-page) covers every task it runs, not only the scan.
 */
export class WorkStats {
  totalMs = 0;
  longestMs = 0;
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

  add(kind: string, ms: number): void {
    this.totalMs += ms;
    this.longestMs = Math.max(this.longestMs, ms);
    this.longestByKind[kind] = Math.max(this.longestByKind[kind] ?? 0, ms);
  }
}
