import { SCAN_SLICE_BUDGET_MS } from '@/utils/constants';
import type { TermMatcher } from '@/utils/matcher/find-terms';
import { TextBlockWalker, nodeIndexAt, type TextBlock } from '@/utils/page/text-blocks';
import type { OccurrenceStore } from './occurrences';

/**
 * Scans subtrees for terms in slices of at most SCAN_SLICE_BUDGET_MS, so no task of the extension
 * comes near 50 ms however large the page. Work queued while a scan runs joins it.
 */
export class Scanner {
  private readonly queue: Node[] = [];
  private walker: TextBlockWalker | null = null;
  /** Blocks whose old occurrences the current walk has already dropped. */
  private resetBlocks = new Set<Element>();
  private scheduled = false;
  private stopped = false;

  constructor(
    private matcher: TermMatcher,
    private readonly store: OccurrenceStore,
    /** Called after each slice that found or removed something. */
    private readonly onChange: () => void,
  ) {}

  setMatcher(matcher: TermMatcher): void {
    this.matcher = matcher;
  }

  /** Scans root's subtree, replacing what was known about the blocks inside it. */
  scan(root: Node): void {
    if (this.stopped) return;
    // A queued root inside the new one is covered by it.
    for (let i = this.queue.length - 1; i >= 0; i--)
      if (root.contains(this.queue[i]!)) this.queue.splice(i, 1);
    this.queue.push(root);
    this.schedule();
  }

  get busy(): boolean {
    return this.walker !== null || this.queue.length > 0;
  }

  stop(): void {
    this.stopped = true;
    this.queue.length = 0;
    this.walker = null;
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    // A macrotask, not idle time: the first scan should finish soon after load, and each slice is short.
    setTimeout(() => this.slice(), 0);
  }

  private slice(): void {
    this.scheduled = false;
    if (this.stopped) return;
    const deadline = performance.now() + SCAN_SLICE_BUDGET_MS;
    const shouldYield = () => performance.now() >= deadline;
    let changed = false;
    while (!shouldYield()) {
      if (!this.walker) {
        const root = this.queue.shift();
        if (!root) break;
        if (!root.isConnected) continue;
        this.walker = new TextBlockWalker(root);
        this.resetBlocks = new Set();
      }
      const finished = this.walker.run((block) => {
        if (this.addBlock(block)) changed = true;
      }, shouldYield);
      if (finished) this.walker = null;
    }
    if (changed || !this.busy) this.onChange();
    if (this.busy) this.schedule();
  }

  private addBlock({ block, nodes, starts, text }: TextBlock): boolean {
    let changed = false;
    if (!this.resetBlocks.has(block)) {
      this.resetBlocks.add(block);
      changed = this.store.atBlockCount(block) > 0;
      this.store.resetBlock(block);
    }
    const matches = this.matcher.findTerms(text);
    for (const match of matches) {
      const first = nodeIndexAt(starts, match.start);
      const last = nodeIndexAt(starts, match.end - 1);
      const range = new StaticRange({
        startContainer: nodes[first]!,
        startOffset: match.start - starts[first]!,
        endContainer: nodes[last]!,
        endOffset: match.end - starts[last]!,
      });
      this.store.add({ entryId: match.key, range, block, nodes: nodes.slice(first, last + 1) });
    }
    return changed || matches.length > 0;
  }
}
