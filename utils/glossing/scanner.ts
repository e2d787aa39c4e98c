import {
  BLOCK_WINDOW_CHARS,
  CHANGED_SUBTREE_CHECK_MAX_CHARS,
  RENDER_INTERVAL_MS,
  REPORT_AFTER_OCCURRENCES,
  SCAN_BUDGET_PER_SECOND_MS,
  SCAN_BUDGET_WINDOW_MS,
  SCAN_SLICE_BUDGET_MS,
} from '@/utils/constants';
import type { TermMatcher } from '@/utils/matcher/find-terms';
import { NO_READING_RULES, type ReadingRules } from '@/utils/resolver/context-data';
import { occurrencesInBlock, windowFindings, type BlockFindings } from './block-matches';
import { TextBlockWalker, type TextBlock } from './text-blocks';
import { ContextTimer, type Lifecycle } from './lifecycle';
import type { OccurrenceStore } from './occurrences';

/** A block too long to match in one go (a 1 MB text node), matched window by window from `from`. */
interface LongBlock {
  textBlock: TextBlock;
  from: number;
  /** Where the last match kept so far ends: a later window must not mark inside it again. */
  keptUntil: number;
}

/**
 * Scans subtrees for terms in slices of at most SCAN_SLICE_BUDGET_MS, so no task of the extension
 * comes near 50 ms however large the page, and at most SCAN_BUDGET_PER_SECOND_MS of every second, so
 * a page that mutates without end (a ticker, a storm of added nodes) keeps most of the main thread.
 * Work queued while a scan runs joins it.
 */
export class Scanner {
  private readonly queue: Node[] = [];
  /** Queued roots, each with whether it is a changed subtree to check as a whole first. */
  private readonly queued = new Map<Node, boolean>();
  private readonly longBlocks: LongBlock[] = [];
  private walker: TextBlockWalker | null = null;
  /** Blocks whose old occurrences the current walk has already dropped. */
  private resetBlocks = new Set<Element>();
  private readonly timer: ContextTimer;
  private stopped = false;
  private slicesOfScan = 0;
  /** How many changes (occurrences found, blocks or subtrees emptied) are not yet handed to onChange. */
  private unreported = 0;
  // The first slice that finds something reports it at once: a page's clock starts at its navigation,
  // so 0 held the first marks back until RENDER_INTERVAL_MS after it (or the scan's end).
  private lastReport = -Infinity;
  private budgetWindowStart = 0;
  private budgetWindowSpent = 0;

  constructor(
    private matcher: TermMatcher,
    private readonly store: OccurrenceStore,
    /** Called when the scan found or removed something: at most every RENDER_INTERVAL_MS while busy, and when done. */
    private readonly onChange: () => void,
    /** Slices are timed through the content script's context, so they stop when it is invalidated. */
    ctx: Lifecycle,
    /** The clock slices and budgets are measured by; tests pass their own. */
    private readonly now: () => number = () => performance.now(),
  ) {
    this.timer = new ContextTimer(ctx);
  }

  /** Which one-word forms read like names: inside a longer name they are someone else (resolver). */
  rules: ReadingRules = NO_READING_RULES;

  setMatcher(matcher: TermMatcher): void {
    this.matcher = matcher;
  }

  /** Scans root's subtree, replacing what was known about the blocks inside it. */
  scan(root: Node): void {
    this.enqueue(root, false);
  }

  /**
   * Scans a subtree that changed (added, or its text edited), replacing what was known inside it. Its
   * text is checked as a whole first: a page adding nodes by the thousand rarely adds terms with them.
   */
  scanChanged(root: Node): void {
    this.enqueue(root, true);
  }

  private enqueue(root: Node, checkWhole: boolean): void {
    if (this.stopped) return;
    // A root inside one already queued is covered by it. (Checking the other way, for queued roots
    // inside the new one, costs a pass over the queue per root: quadratic in a storm of added nodes;
    // live-updates hands over only outermost roots per batch, so such leftovers are rare and harmless.)
    for (let up: Node | null = root; up; up = up.parentNode) if (this.queued.has(up)) return;
    if (!this.busy) this.slicesOfScan = 0;
    this.queued.set(root, checkWhole);
    this.queue.push(root);
    this.schedule(0);
  }

  /** Slices run so far by the scan under way (or the last one): more than 0 while busy means it yielded. */
  get slicesOfCurrentScan(): number {
    return this.slicesOfScan;
  }

  get busy(): boolean {
    return this.walker !== null || this.queue.length > 0 || this.longBlocks.length > 0;
  }

  stop(): void {
    this.stopped = true;
    this.queue.length = 0;
    this.queued.clear();
    this.longBlocks.length = 0;
    this.walker = null;
    this.timer.cancel();
  }

  private schedule(delay: number): void {
    if (this.timer.pending) return;
    // A macrotask, not idle time: the first scan should finish soon after load, and each slice is short.
    this.timer.set(() => this.slice(), delay);
  }

  /**
   * Work done so far, for the benchmark and for readers curious what glossing costs. `yields` counts
   * slices that ended with work left over: the scan gave the main thread back and went on later.
   */
  readonly stats = { slices: 0, yields: 0, totalMs: 0, longestSliceMs: 0 };

  private slice(): void {
    if (this.stopped) return;
    const started = this.now();
    try {
      this.sliceWork(started);
    } finally {
      const spent = this.now() - started;
      this.stats.slices++;
      this.slicesOfScan++;
      this.stats.totalMs += spent;
      this.stats.longestSliceMs = Math.max(this.stats.longestSliceMs, spent);
      if (started - this.budgetWindowStart >= SCAN_BUDGET_WINDOW_MS) {
        this.budgetWindowStart = started;
        this.budgetWindowSpent = 0;
      }
      this.budgetWindowSpent += spent;
      if (this.busy) {
        this.stats.yields++;
        const overBudget = this.budgetWindowSpent >= SCAN_BUDGET_PER_SECOND_MS;
        this.schedule(overBudget ? this.budgetWindowStart + SCAN_BUDGET_WINDOW_MS - this.now() : 0);
      }
    }
  }

  private sliceWork(started: number): void {
    const deadline = started + SCAN_SLICE_BUDGET_MS;
    const shouldYield = () => this.now() >= deadline || this.unreported >= REPORT_AFTER_OCCURRENCES;
    // The walker hands over a long block and pauses at once, so its windows are matched in turn.
    const pauseWalk = () => this.longBlocks.length > 0 || shouldYield();
    while (!shouldYield()) {
      if (this.longBlocks.length) {
        this.matchWindow(this.longBlocks[0]!);
        continue;
      }
      if (!this.walker) {
        const root = this.queue.shift();
        if (!root) break;
        const checkWhole = this.queued.get(root);
        this.queued.delete(root);
        if (!root.isConnected || (checkWhole && this.holdsNoTerms(root))) continue;
        this.walker = new TextBlockWalker(root);
        this.resetBlocks = new Set();
      }
      const finished = this.walker.run((block) => this.addBlock(block), pauseWalk);
      if (finished) this.walker = null;
    }
    const now = this.now();
    // A slice that found REPORT_AFTER_OCCURRENCES terms ends and reports at once: the redraw after it
    // resolves each of them, so the count bounds that task as the slice budget bounds the scan's. (The
    // bench's generated page, 7,883 terms: longest task 54–64 ms in 3 loads with the interval alone,
    // 23–38 ms in 8 loads with the count; what is left grows with the article, ScopeReading.append.)
    const many = this.unreported >= REPORT_AFTER_OCCURRENCES;
    if (this.unreported && (!this.busy || many || now - this.lastReport >= RENDER_INTERVAL_MS)) {
      this.unreported = 0;
      this.lastReport = now;
      this.onChange();
    }
  }

  /**
   * True when a changed subtree's text, taken whole, can hold no term; what was marked inside it goes.
   * One textContent read touches no node from our world (see CHANGED_SUBTREE_CHECK_MAX_CHARS).
   */
  private holdsNoTerms(root: Node): boolean {
    const text = root.textContent ?? '';
    if (text.length > CHANGED_SUBTREE_CHECK_MAX_CHARS || this.matcher.mayContainTerms(text)) return false;
    if (this.store.resetWithin(root)) this.unreported++;
    return true;
  }

  private addBlock(textBlock: TextBlock): void {
    const { block } = textBlock;
    if (!this.resetBlocks.has(block)) {
      this.resetBlocks.add(block);
      if (this.store.atBlockCount(block) > 0) this.unreported++;
      this.store.resetBlock(block);
    }
    if (textBlock.text.length > BLOCK_WINDOW_CHARS) {
      this.longBlocks.push({ textBlock, from: 0, keptUntil: 0 });
      return;
    }
    this.keep(textBlock, occurrencesInBlock(this.matcher, textBlock, this.rules));
  }

  private matchWindow(long: LongBlock): void {
    const { textBlock, from, keptUntil } = long;
    const to = Math.min(from + BLOCK_WINDOW_CHARS, textBlock.text.length);
    const found = windowFindings(this.matcher, textBlock, { from, to, notBefore: keptUntil }, this.rules);
    const { matches } = found;
    this.keep(textBlock, found);
    long.from = to;
    long.keptUntil = Math.max(keptUntil, ...matches.map((m) => m.end));
    if (to >= long.textBlock.text.length) this.longBlocks.shift();
  }

  private keep({ block }: TextBlock, { occurrences, cues }: BlockFindings): void {
    for (const occurrence of occurrences) this.store.add(occurrence);
    this.store.addCues(block, cues);
    this.unreported += occurrences.length;
  }
}
