import type { CueHit } from '@/utils/matcher/find-terms';
import type { MentionToResolve } from '@/utils/resolver/resolve-scope';
import type { Why } from '@/utils/resolver/why';

/** Where the terms are on the page: every occurrence, by block and by text node. */

export interface Occurrence {
  /** The entry meant; '' while unresolved or when the resolver leaves the span unmarked. */
  entryId: string;
  /** What the resolver reads (absent for an anchor made from the reader's selection). */
  mention?: MentionToResolve;
  /** How the resolver read it, and the other entries it could mean. */
  why?: Why;
  others?: readonly string[];
  /** Where the resolver means only part of the span (a title's leading term): offsets within it. */
  part?: readonly [start: number, end: number];
  /** StaticRange: unlike live Ranges, thousands of them do not slow the page's own DOM mutations. */
  range: StaticRange;
  block: Element;
  /** The text nodes the occurrence spans (usually one). */
  nodes: readonly Text[];
}

/**
 * A title marked as the name right after it ("Defence Minister" of "Defence Minister Khawaja Asif"):
 * one mention with that name, counted and first-marked by the name.
 */
export const isHolderTitle = (occurrence: Occurrence): boolean =>
  occurrence.mention?.holder?.key === occurrence.entryId;

export class OccurrenceStore {
  private readonly byBlock = new Map<Element, Occurrence[]>();
  private readonly byNode = new WeakMap<Text, Occurrence[]>();
  /** Cue words found in each block: they support a sense of a shared spelling in the block's article. */
  private readonly cuesByBlock = new Map<Element, CueHit[]>();
  private orderedCache: Occurrence[] | null = null;

  get size(): number {
    let n = 0;
    for (const list of this.byBlock.values()) n += list.length;
    return n;
  }

  add(occurrence: Occurrence): void {
    const list = this.byBlock.get(occurrence.block);
    if (list) list.push(occurrence);
    else this.byBlock.set(occurrence.block, [occurrence]);
    for (const node of occurrence.nodes) {
      const own = this.byNode.get(node);
      if (own) own.push(occurrence);
      else this.byNode.set(node, [occurrence]);
    }
    this.orderedCache = null;
  }

  addCues(block: Element, cues: readonly CueHit[]): void {
    if (!cues.length) return;
    const list = this.cuesByBlock.get(block);
    if (list) list.push(...cues);
    else this.cuesByBlock.set(block, [...cues]);
  }

  /** Every block's cue words (blocks still on the page; sweep drops the others). */
  cues(): ReadonlyMap<Element, readonly CueHit[]> {
    return this.cuesByBlock;
  }

  atBlockCount(block: Element): number {
    return this.byBlock.get(block)?.length ?? 0;
  }

  /** Occurrences that include part of this text node. */
  atNode(node: Text): readonly Occurrence[] {
    return this.byNode.get(node) ?? [];
  }

  /** Forgets a block's occurrences before it is scanned again. */
  resetBlock(block: Element): void {
    this.cuesByBlock.delete(block);
    const list = this.byBlock.get(block);
    if (!list) return;
    this.byBlock.delete(block);
    this.forget(list);
  }

  /** Drops occurrences whose text has left the page (removed nodes, replaced articles). */
  sweep(): void {
    for (const block of this.cuesByBlock.keys()) if (!block.isConnected) this.cuesByBlock.delete(block);
    for (const [block, list] of this.byBlock) {
      if (!block.isConnected) {
        this.byBlock.delete(block);
        this.forget(list);
        continue;
      }
      const live = list.filter((o) => o.nodes.every((n) => n.isConnected));
      if (live.length !== list.length) {
        this.forget(list.filter((o) => !live.includes(o)));
        if (live.length) this.byBlock.set(block, live);
        else this.byBlock.delete(block);
      }
    }
  }

  /** Forgets the occurrences of every block inside root (root included); true if there were any. */
  resetWithin(root: Node): boolean {
    let dropped = false;
    for (const block of this.cuesByBlock.keys()) if (root.contains(block)) this.cuesByBlock.delete(block);
    for (const [block, list] of this.byBlock) {
      if (!root.contains(block)) continue;
      this.byBlock.delete(block);
      this.forget(list);
      dropped = true;
    }
    return dropped;
  }

  /** Drops the occurrences inside root (a subtree that became editable or hidden). */
  dropWithin(root: Node): void {
    for (const [block, list] of this.byBlock) {
      if (!root.contains(block) && !list.some((o) => root.contains(o.nodes[0]!))) continue;
      const gone = list.filter((o) => o.nodes.some((n) => root.contains(n)));
      if (!gone.length) continue;
      this.forget(gone);
      const rest = list.filter((o) => !gone.includes(o));
      if (rest.length) this.byBlock.set(block, rest);
      else this.byBlock.delete(block);
    }
  }

  clear(): void {
    this.cuesByBlock.clear();
    for (const list of this.byBlock.values()) this.forget(list);
    this.byBlock.clear();
    this.orderedCache = null;
  }

  /** All occurrences in document order. */
  ordered(): readonly Occurrence[] {
    if (!this.orderedCache) {
      const blocks = [...this.byBlock.keys()];
      let sorted = true;
      for (let i = 1; i < blocks.length && sorted; i++) sorted = precedes(blocks[i - 1]!, blocks[i]!);
      if (!sorted) blocks.sort((a, b) => (a === b ? 0 : precedes(a, b) ? -1 : 1));
      this.orderedCache = blocks.flatMap((b) => this.byBlock.get(b)!);
    }
    return this.orderedCache;
  }

  private forget(list: readonly Occurrence[]): void {
    for (const occurrence of list) {
      for (const node of occurrence.nodes) {
        const own = this.byNode.get(node);
        if (!own) continue;
        const rest = own.filter((o) => o !== occurrence);
        if (rest.length) this.byNode.set(node, rest);
        else this.byNode.delete(node);
      }
    }
    this.orderedCache = null;
  }
}

function precedes(a: Node, b: Node): boolean {
  return (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
}
