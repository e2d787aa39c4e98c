/**
 * An Aho–Corasick automaton: every pattern of every entry is found in one pass over the text, so the
 * cost of a scan does not grow with the number of terms (unlike one regular expression per keyword).
 *
 * Layout for speed: one flat Map from (node, code unit) to child for the whole trie instead of a Map
 * per node (thousands of small Maps are slow to build and to read), and a dense table for the root,
 * where most characters of ordinary text fall back to.
 */

export interface Automaton {
  /** Pattern lengths, by pattern index. */
  readonly lengths: Int32Array;
  /** Calls onHit for every occurrence of every pattern in text (overlapping ones included). */
  scan(text: string, onHit: (end: number, pattern: number) => void): void;
}

/** Code units per node in the flat transition key; UTF-16 code units are below 0x10000. */
const UNITS = 0x10000;

export function buildAutomaton(patterns: readonly string[]): Automaton {
  const edges = new Map<number, number>();
  const output: number[] = [-1]; // the pattern ending at each node, or -1
  const childrenOf: number[][] = [[]]; // for the breadth-first pass only
  const codeOf: number[] = [0];
  const lengths = new Int32Array(patterns.length);

  patterns.forEach((pattern, index) => {
    lengths[index] = pattern.length;
    if (!pattern) return;
    let node = 0;
    for (let i = 0; i < pattern.length; i++) {
      const code = pattern.charCodeAt(i);
      let next = edges.get(node * UNITS + code);
      if (next === undefined) {
        next = output.length;
        output.push(-1);
        childrenOf.push([]);
        codeOf.push(code);
        childrenOf[node]!.push(next);
        edges.set(node * UNITS + code, next);
      }
      node = next;
    }
    if (output[node] === -1) output[node] = index; // the first of identical patterns wins
  });

  const root = new Int32Array(UNITS);
  for (const child of childrenOf[0]!) root[codeOf[child]!] = child;
  const step = (node: number, code: number): number => {
    for (;;) {
      if (node === 0) return root[code]!;
      const next = edges.get(node * UNITS + code);
      if (next !== undefined) return next;
      node = fail[node]!;
    }
  };

  // Breadth-first: failure links, and for each node the nearest node along the failure chain that ends
  // a pattern (a "dictionary link"), so reporting hits never walks chains of non-matching nodes.
  const fail = new Int32Array(output.length);
  const dictionary = new Int32Array(output.length).fill(-1);
  const queue: number[] = [...childrenOf[0]!];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    for (const child of childrenOf[node]!) {
      fail[child] = node === 0 ? 0 : step(fail[node]!, codeOf[child]!);
      const failNode = fail[child]!;
      dictionary[child] = output[failNode] !== -1 ? failNode : dictionary[failNode]!;
      queue.push(child);
    }
  }
  const outputs = Int32Array.from(output);

  return {
    lengths,
    scan(text, onHit) {
      let node = 0;
      for (let i = 0; i < text.length; i++) {
        node = step(node, text.charCodeAt(i));
        if (node === 0) continue;
        if (outputs[node] !== -1) onHit(i + 1, outputs[node]!);
        for (let d = dictionary[node]!; d !== -1; d = dictionary[d]!) onHit(i + 1, outputs[d]!);
      }
    },
  };
}
