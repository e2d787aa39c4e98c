import { SCAN_SLICE_BUDGET_MS } from '@/utils/constants';
import type { TermMatcher } from '@/utils/matcher/find-terms';
import { TextBlockWalker, nodeIndexAt, type TextBlock } from '@/utils/page/text-blocks';
import type { Occurrence, OccurrenceStore } from './occurrences';

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

  /** Work done so far, for the benchmark and for readers curious what glossing costs. */
  readonly stats = { slices: 0, totalMs: 0, longestSliceMs: 0 };

  private slice(): void {
    this.scheduled = false;
    if (this.stopped) return;
    const started = performance.now();
    try {
      this.sliceWork(started);
    } finally {
      const spent = performance.now() - started;
      this.stats.slices++;
      this.stats.totalMs += spent;
      this.stats.longestSliceMs = Math.max(this.stats.longestSliceMs, spent);
    }
  }

  private sliceWork(started: number): void {
    const deadline = started + SCAN_SLICE_BUDGET_MS;
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

  private addBlock(textBlock: TextBlock): boolean {
    const { block } = textBlock;
    let changed = false;
    if (!this.resetBlocks.has(block)) {
      this.resetBlocks.add(block);
      changed = this.store.atBlockCount(block) > 0;
      this.store.resetBlock(block);
    }
    const found = occurrencesInBlock(this.matcher, textBlock);
    for (const occurrence of found) this.store.add(occurrence);
    return changed || found.length > 0;
  }
}

/** The term occurrences in one block of text, as StaticRanges over its text nodes. */
export function occurrencesInBlock(
  matcher: TermMatcher,
  { block, nodes, starts, text }: TextBlock,
): Occurrence[] {
  return matcher.findTerms(text).map((match) => {
    const first = nodeIndexAt(starts, match.start);
    const last = nodeIndexAt(starts, match.end - 1);
    let range: StaticRange | null = null;
    return {
      entryId: match.key,
      // Made when first needed: on a long page most occurrences are never drawn, pointed at or scrolled to.
      get range() {
        range ??= new StaticRange({
          startContainer: nodes[first]!,
          startOffset: match.start - starts[first]!,
          endContainer: nodes[last]!,
          endOffset: match.end - starts[last]!,
        });
        return range;
      },
      block,
      nodes: first === last ? [nodes[first]!] : nodes.slice(first, last + 1),
    };
  });
}
