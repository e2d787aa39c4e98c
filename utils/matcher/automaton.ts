/**
 * An Aho–Corasick automaton: every pattern of every entry is found in one pass over the text, so the
 * cost of a scan does not grow with the number of terms (unlike one regular expression per keyword).
 */

export interface AutomatonHit {
  /** Index in the text just after the last unit of the match. */
  end: number;
  /** Index of the pattern in the list the automaton was built from. */
  pattern: number;
}

export interface Automaton {
  /** Pattern lengths, by pattern index. */
  readonly lengths: Int32Array;
  /** Calls onHit for every occurrence of every pattern in text (overlapping ones included). */
  scan(text: string, onHit: (end: number, pattern: number) => void): void;
}

export function buildAutomaton(patterns: readonly string[]): Automaton {
  // Trie: children per node as a Map from code unit to node; node 0 is the root.
  const children: Map<number, number>[] = [new Map()];
  const output: number[] = [-1]; // the pattern ending at this node, or -1
  const lengths = new Int32Array(patterns.length);

  patterns.forEach((pattern, index) => {
    lengths[index] = pattern.length;
    if (!pattern) return;
    let node = 0;
    for (let i = 0; i < pattern.length; i++) {
      const code = pattern.charCodeAt(i);
      let next = children[node]!.get(code);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        output.push(-1);
        children[node]!.set(code, next);
      }
      node = next;
    }
    if (output[node] === -1) output[node] = index; // the first of identical patterns wins
  });

  // Breadth-first: failure links, and for each node the nearest node along the failure chain that ends
  // a pattern (a "dictionary link"), so reporting hits never walks chains of non-matching nodes.
  const fail = new Int32Array(children.length);
  const dictionary = new Int32Array(children.length).fill(-1);
  const queue: number[] = [];
  for (const child of children[0]!.values()) queue.push(child);
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    for (const [code, child] of children[node]!) {
      let f = fail[node]!;
      while (f !== 0 && !children[f]!.has(code)) f = fail[f]!;
      const target = children[f]!.get(code);
      fail[child] = target !== undefined && target !== child ? target : 0;
      const failNode = fail[child]!;
      dictionary[child] = output[failNode] !== -1 ? failNode : dictionary[failNode]!;
      queue.push(child);
    }
  }

  return {
    lengths,
    scan(text, onHit) {
      let node = 0;
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        let next = children[node]!.get(code);
        while (next === undefined && node !== 0) {
          node = fail[node]!;
          next = children[node]!.get(code);
        }
        node = next ?? 0;
        if (node === 0) continue;
        if (output[node] !== -1) onHit(i + 1, output[node]!);
        for (let d = dictionary[node]!; d !== -1; d = dictionary[d]!) onHit(i + 1, output[d]!);
      }
    },
  };
}
