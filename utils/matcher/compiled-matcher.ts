import { compileAutomaton, loadAutomaton, type Automaton, type AutomatonData } from './automaton';
import { ROLE, type Role, type TermPattern } from './term-pattern';
import { isWordUnit, normalisePattern, type NormalisedText } from './normalise';

/**
 * Everything a matcher needs, as flat arrays and strings: compiled once (at build time for the bundled
 * glossary, see utils/glossary/compiled-glossary.ts) and loaded on a page without further work.
 *
 * Case-insensitive and case-sensitive spellings share one automaton over lower-cased text; a hit on a
 * case-sensitive spelling is then checked against the case-kept text, which costs something only
 * where the lower-cased form occurs. Several spellings can share one lower-cased form ("FAK", "FaK"),
 * so each automaton pattern lists its candidate spellings.
 */
export interface MatcherData {
  readonly automaton: AutomatonData;
  /** Automaton pattern p's candidates are candidates[candidateStart[p] .. candidateStart[p + 1]). */
  readonly candidateStart: Int32Array;
  readonly candidates: Int32Array;
  /** Per spelling: the index of its key in `keys`, and whether its case matters. */
  readonly spellingKey: Int32Array;
  readonly caseSensitive: Uint8Array;
  /** Per spelling: its Role (full form, short form, cue word). */
  readonly spellingRole: Uint8Array;
  /**
   * Per spelling: as written (asked for hits only: the bundled glossary's ~9,000 are decoded from its
   * file one by one, not held as strings in every tab), and (case-sensitive ones only, else "") its
   * case-kept normal form.
   */
  readonly spellingText: (spelling: number) => string;
  readonly spellingCased: (spelling: number) => string;
  /** What the spellings stand for: entry ids (read from a compiled file only when first asked for). */
  readonly keys: readonly string[];
  readonly keyCount: number;
}

/** A hit in normalised-text offsets, before overlaps are settled. */
export interface MatcherHit {
  start: number;
  end: number;
  key: string;
  pattern: string;
  role: Role;
}

export interface MatcherPart {
  readonly patternCount: number;
  collect(normal: NormalisedText, hits: MatcherHit[]): void;
  /** Whether any enabled spelling (cue words aside) occurs in the text, word boundaries ignored (see TermMatcher.mayContainTerms). */
  occursIn(normal: NormalisedText): boolean;
}

export function compileMatcher(patterns: readonly TermPattern[]): MatcherData {
  const keys: string[] = [];
  const keyIndex = new Map<string, number>();
  const spellings: { pattern: TermPattern; cased: string }[] = [];
  const seen = new Set<string>();
  for (const pattern of patterns) {
    const cased = normalisePattern(pattern.text, pattern.caseSensitive);
    if (!cased) continue;
    const dedupeKey = `${pattern.caseSensitive ? 'C' : 'i'}:${pattern.role ?? 0}:${cased}:${pattern.key}`;
    if (seen.has(dedupeKey)) continue;
    seen.add(dedupeKey);
    spellings.push({ pattern, cased });
    if (!keyIndex.has(pattern.key)) keyIndex.set(pattern.key, keys.push(pattern.key) - 1);
  }
  const texts = spellings.map((s) => s.pattern.text);
  const casedTexts = spellings.map((s) => (s.pattern.caseSensitive ? s.cased : ''));
  const byFolded = new Map<string, number[]>();
  spellings.forEach(({ cased }, index) => {
    const folded = cased.toLowerCase();
    const list = byFolded.get(folded);
    if (list) list.push(index);
    else byFolded.set(folded, [index]);
  });
  const lists = [...byFolded.values()];
  const candidateStart = new Int32Array(lists.length + 1);
  lists.forEach((list, p) => (candidateStart[p + 1] = candidateStart[p]! + list.length));
  return {
    automaton: compileAutomaton([...byFolded.keys()]),
    candidateStart,
    candidates: Int32Array.from(lists.flat()),
    spellingKey: Int32Array.from(spellings, (s) => keyIndex.get(s.pattern.key)!),
    caseSensitive: Uint8Array.from(spellings, (s) => (s.pattern.caseSensitive ? 1 : 0)),
    spellingRole: Uint8Array.from(spellings, (s) => s.pattern.role ?? ROLE.full),
    spellingText: (s) => texts[s]!,
    spellingCased: (s) => casedTexts[s]!,
    keys,
    keyCount: keys.length,
  };
}

// A new part is made whenever the reader's filters or own terms change; the bundled automaton it reads
// stays the same, so it is loaded (its dense root table built) once.
const loadedAutomata = new WeakMap<AutomatonData, Automaton>();

function loaded(data: AutomatonData): Automaton {
  let automaton = loadedAutomata.get(data);
  if (!automaton) loadedAutomata.set(data, (automaton = loadAutomaton(data)));
  return automaton;
}

/**
 * Loads compiled data as one part of a matcher. `isEnabled` switches keys off (hidden categories,
 * disabled packs) without recompiling: their spellings are dropped before overlaps are settled, so the
 * result is what a matcher compiled without them would find.
 */
export function matcherPart(
  data: MatcherData,
  isEnabled?: (key: string, keyIndex: number) => boolean,
): MatcherPart {
  const automaton = loaded(data.automaton);
  // `keys` is read when needed, not here: a compiled file parses its ids only when first asked for.
  const {
    candidateStart,
    candidates,
    spellingKey,
    caseSensitive,
    spellingRole,
    spellingText,
    spellingCased,
  } = data;
  // Plain loops, and none at all when nothing is switched off (the usual case): Uint8Array.from with a
  // mapping function took milliseconds for a 5,000-entry imported pack on a page (bench: imported pack).
  const enabled = new Uint8Array(data.keyCount).fill(1);
  let patternCount = spellingKey.length;
  if (isEnabled) {
    const { keys } = data;
    for (let k = 0; k < keys.length; k++) enabled[k] = isEnabled(keys[k]!, k) ? 1 : 0;
    patternCount = 0;
    for (let s = 0; s < spellingKey.length; s++) patternCount += enabled[spellingKey[s]!]!;
  }
  /** Whether spelling s of automaton pattern p is enabled and matches the case-kept text at start. */
  const matchesAt = (cased: string, s: number, start: number): boolean =>
    !!enabled[spellingKey[s]!] && (!caseSensitive[s] || cased.startsWith(spellingCased(s), start));
  return {
    patternCount,
    collect({ folded, cased }, hits) {
      if (!patternCount) return;
      automaton.scan(folded, (end, p) => {
        const start = end - automaton.lengths[p]!;
        // Whole words only: a pattern that begins or ends with a letter or digit must not touch another.
        if (isWordUnit(folded, start) && isWordUnit(folded, start - 1)) return;
        if (isWordUnit(folded, end - 1) && isWordUnit(folded, end)) return;
        // Every spelling that matches: entries sharing a spelling are senses for the resolver to weigh.
        for (let c = candidateStart[p]!; c < candidateStart[p + 1]!; c++) {
          const s = candidates[c]!;
          if (!matchesAt(cased, s, start)) continue;
          hits.push({
            start,
            end,
            key: data.keys[spellingKey[s]!]!,
            pattern: spellingText(s),
            role: spellingRole[s] as Role,
          });
        }
      });
    },
    occursIn({ folded, cased }) {
      if (!patternCount) return false;
      let found = false;
      automaton.scan(folded, (end, p) => {
        if (found) return;
        const start = end - automaton.lengths[p]!;
        for (let c = candidateStart[p]!; c < candidateStart[p + 1]! && !found; c++) {
          const s = candidates[c]!;
          found = spellingRole[s] !== ROLE.cue && matchesAt(cased, s, start);
        }
      });
      return found;
    },
  };
}
