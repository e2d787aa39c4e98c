import { blockOf, isInlineElement, isSkippedElement } from './skip-rules';

/** The text of one block (a paragraph, a heading, a list item…) made of one or more text nodes. */
export interface TextBlock {
  /** The nearest non-inline element containing the text. */
  block: Element;
  nodes: Text[];
  /** Offset of each node's first character in `text`. */
  starts: number[];
  text: string;
}

const END_OF_BLOCK = Symbol('end of block');
type StackItem = Node | typeof END_OF_BLOCK;

/**
 * Walks a subtree in document order and hands over its text one block at a time. Inline elements
 * join their text to the surrounding block; any other element starts a new block, so a match can
 * span inline markup but never crosses a block boundary. Skipped subtrees also end a block.
 *
 * The walk is resumable: `run` stops when `shouldYield` says so and carries on at the next call, so a
 * large page is scanned in slices. An explicit stack (not recursion) copes with very deep nesting.
 */
export class TextBlockWalker {
  private readonly stack: StackItem[];
  private nodes: Text[] = [];
  private starts: number[] = [];
  private parts: string[] = [];
  private length = 0;

  constructor(root: Node) {
    this.stack = [root];
  }

  get done(): boolean {
    return this.stack.length === 0;
  }

  /** Walks until done (returns true) or until shouldYield() is true (returns false). */
  run(onBlock: (block: TextBlock) => void, shouldYield: () => boolean = () => false): boolean {
    const stack = this.stack;
    let steps = 0;
    while (stack.length > 0) {
      // Checking the clock costs more than a step; look every 64 steps.
      if ((++steps & 63) === 0 && shouldYield()) return false;
      const item = stack.pop()!;
      if (item === END_OF_BLOCK) {
        // A block handed over may have cost a while to match: look at the clock after each one too.
        if (this.flush(onBlock) && shouldYield()) return false;
        continue;
      }
      if (item.nodeType === 3) {
        const text = item as Text;
        const data = text.data;
        if (data.length === 0) continue;
        this.nodes.push(text);
        this.starts.push(this.length);
        this.parts.push(data);
        this.length += data.length;
        continue;
      }
      if (item.nodeType !== 1 && item.nodeType !== 9 && item.nodeType !== 11) continue;
      if (item.nodeType === 1) {
        const element = item as Element;
        if (isSkippedElement(element)) {
          this.flush(onBlock);
          continue;
        }
        if (!isInlineElement(element)) {
          this.flush(onBlock);
          stack.push(END_OF_BLOCK);
        }
      }
      // Sibling links rather than childNodes[i]: no NodeList to build and index, measurably faster in Chromium.
      for (let child = item.lastChild; child; child = child.previousSibling) stack.push(child);
    }
    this.flush(onBlock);
    return true;
  }

  /** Hands over the block collected so far; true if there was one. */
  private flush(onBlock: (block: TextBlock) => void): boolean {
    if (this.nodes.length === 0) return false;
    const nodes = this.nodes;
    const block = blockOf(nodes[0]!);
    const text = this.parts.length === 1 ? this.parts[0]! : this.parts.join('');
    const starts = this.starts;
    this.nodes = [];
    this.starts = [];
    this.parts = [];
    this.length = 0;
    if (!block || !/\S/.test(text)) return false;
    onBlock({ block, nodes, starts, text });
    return true;
  }
}

/** Index of the node holding character `offset` of a block (the last node starting at or before it). */
export function nodeIndexAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}
