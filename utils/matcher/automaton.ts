/**
 * An Aho–Corasick automaton: every pattern of every entry is found in one pass over the text, so the
 * cost of a scan does not grow with the number of terms (unlike one regular expression per keyword).
 *
 * It is compiled once, at build time for the bundled glossary, into flat typed arrays (AutomatonData)
 * that a page loads without building anything: the content script's start-up is a few array views.
 * Edges are stored per node, sorted by code unit (most nodes have one or two); the root, where most
 * characters of ordinary text fall back to, gets a dense table when loaded.
 */

export interface AutomatonData {
  /**
   * Node n's edges are edgeCodes[edgeStart[n] .. edgeStart[n + 1]), sorted by code; edge e leads to
   * node e + 1 (nodes are numbered breadth-first).
   */
  readonly edgeStart: Int32Array;
  readonly edgeCodes: Uint16Array;
  /** The node to continue from when no edge fits. */
  readonly fail: Int32Array;
  /** The nearest node along the failure chain that ends a pattern, or -1: hits never walk dead chains. */
  readonly dictionary: Int32Array;
  /** The pattern ending at each node, or -1. */
  readonly output: Int32Array;
  /** Pattern lengths, by pattern index. */
  readonly lengths: Int32Array;
}

export interface Automaton {
  readonly lengths: Int32Array;
  /** Calls onHit for every occurrence of every pattern in text (overlapping ones included). */
  scan(text: string, onHit: (end: number, pattern: number) => void): void;
}

/** Code units per node in the build-time transition key; UTF-16 code units are below 0x10000. */
const UNITS = 0x10000;

export function compileAutomaton(patterns: readonly string[]): AutomatonData {
  const edges = new Map<number, number>();
  const output: number[] = [-1];
  const childrenOf: number[][] = [[]];
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

  const step = (from: number, code: number): number => {
    for (let node = from; ; node = failOf[node]!) {
      const next = edges.get(node * UNITS + code);
      if (next !== undefined) return next;
      if (node === 0) return 0;
    }
  };
  // Breadth-first, each node's children by code: a node's children then take consecutive numbers, so
  // edge e (edges in node order) leads to node e + 1 and no edge targets are stored. Every node's
  // failure target is final before its children need it.
  const order = [0];
  const failOf = new Int32Array(output.length);
  const dictionaryOf = new Int32Array(output.length).fill(-1);
  for (let head = 0; head < order.length; head++) {
    const node = order[head]!;
    for (const child of childrenOf[node]!.sort((a, b) => codeOf[a]! - codeOf[b]!)) {
      const failNode = (failOf[child] = node === 0 ? 0 : step(failOf[node]!, codeOf[child]!));
      dictionaryOf[child] = output[failNode] !== -1 ? failNode : dictionaryOf[failNode]!;
      order.push(child);
    }
  }

  const number = new Int32Array(order.length);
  order.forEach((node, n) => (number[node] = n));
  const edgeStart = new Int32Array(order.length + 1);
  const edgeCodes = new Uint16Array(order.length - 1);
  const fail = new Int32Array(order.length);
  const dictionary = new Int32Array(order.length);
  let at = 0;
  order.forEach((node, n) => {
    fail[n] = number[failOf[node]!]!;
    dictionary[n] = dictionaryOf[node] === -1 ? -1 : number[dictionaryOf[node]!]!;
    edgeStart[n] = at;
    for (const child of childrenOf[node]!) edgeCodes[at++] = codeOf[child]!;
  });
  edgeStart[order.length] = at;
  const outputs = Int32Array.from(order, (node) => output[node]!);
  return { edgeStart, edgeCodes, fail, dictionary, output: outputs, lengths };
}

export function loadAutomaton(data: AutomatonData): Automaton {
  const { edgeStart, edgeCodes, fail, dictionary, output, lengths } = data;
  const root = new Int32Array(UNITS);
  for (let e = edgeStart[0]!; e < edgeStart[1]!; e++) root[edgeCodes[e]!] = e + 1;

  const step = (from: number, code: number): number => {
    for (let node = from; node !== 0; node = fail[node]!) {
      let low = edgeStart[node]!;
      let high = edgeStart[node + 1]!;
      while (low < high) {
        const middle = (low + high) >>> 1;
        const found = edgeCodes[middle]!;
        if (found === code) return middle + 1;
        if (found < code) low = middle + 1;
        else high = middle;
      }
    }
    return root[code]!;
  };

  return {
    lengths,
    scan(text, onHit) {
      let node = 0;
      for (let i = 0; i < text.length; i++) {
        node = step(node, text.charCodeAt(i));
        if (node === 0) continue;
        if (output[node] !== -1) onHit(i + 1, output[node]!);
        for (let d = dictionary[node]!; d !== -1; d = dictionary[d]!) onHit(i + 1, output[d]!);
      }
    },
  };
}
