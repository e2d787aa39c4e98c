import { buildAutomaton, type Automaton } from './automaton';
import { isWordUnit, normalisePattern, normaliseText } from './normalise';

/** One way of writing a term: an alias (any case) or an abbreviation (exact case). */
export interface TermPattern {
  text: string;
  caseSensitive: boolean;
  /** What the pattern stands for: an entry id, for the glossary. */
  key: string;
}

export interface TermMatch {
  /** Offsets in the original text (end exclusive). */
  start: number;
  end: number;
  key: string;
  /** The pattern that matched, as written in the glossary. */
  pattern: string;
}

export interface TermMatcher {
  readonly patternCount: number;
  /** Every whole-word occurrence of any pattern; where matches overlap, the longest wins. */
  findTerms(text: string): TermMatch[];
}

/**
 * Builds the matcher once for a set of patterns. Case-insensitive and case-sensitive patterns share one
 * automaton over lower-cased text; a hit on a case-sensitive pattern is then checked against the
 * case-kept text, which costs something only where the lower-cased form occurs.
 */
export function createTermMatcher(patterns: readonly TermPattern[]): TermMatcher {
  const kept: { pattern: TermPattern; cased: string }[] = [];
  const seen = new Set<string>();
  for (const pattern of patterns) {
    const cased = normalisePattern(pattern.text, pattern.caseSensitive);
    if (!cased) continue;
    const dedupeKey = `${pattern.caseSensitive ? 'C' : 'i'}:${cased}:${pattern.key}`;
    if (seen.has(dedupeKey)) continue;
    seen.add(dedupeKey);
    kept.push({ pattern, cased });
  }
  // The automaton reads lower-cased text, so it is built over lower-cased patterns; several patterns
  // can share one lower-cased form ("FAK", "FaK"), so each automaton pattern lists its candidates.
  const byFolded = new Map<string, number[]>();
  kept.forEach(({ cased }, index) => {
    const folded = cased.toLowerCase();
    const list = byFolded.get(folded);
    if (list) list.push(index);
    else byFolded.set(folded, [index]);
  });
  const foldedPatterns = [...byFolded.keys()];
  const candidates = [...byFolded.values()];
  const automaton: Automaton = buildAutomaton(foldedPatterns);

  return {
    patternCount: kept.length,
    findTerms(text) {
      const normal = normaliseText(text);
      const { folded, cased, sourceStart, sourceEnd } = normal;
      const hits: { start: number; end: number; index: number }[] = [];
      automaton.scan(folded, (end, foldedIndex) => {
        const start = end - automaton.lengths[foldedIndex]!;
        // Whole words only: a pattern that begins or ends with a letter or digit must not touch another.
        if (isWordUnit(folded, start) && isWordUnit(folded, start - 1)) return;
        if (isWordUnit(folded, end - 1) && isWordUnit(folded, end)) return;
        for (const index of candidates[foldedIndex]!) {
          const { pattern, cased: patternCased } = kept[index]!;
          if (pattern.caseSensitive && cased.slice(start, end) !== patternCased) continue;
          hits.push({ start, end, index });
          break;
        }
      });
      return pickLongest(hits).map(({ start, end, index }) => ({
        start: sourceStart[start]!,
        end: sourceEnd[end - 1]!,
        key: kept[index]!.pattern.key,
        pattern: kept[index]!.pattern.text,
      }));
    },
  };
}

/** Keeps the longest of overlapping hits (the earlier one on a tie), returned in text order. */
function pickLongest<T extends { start: number; end: number }>(hits: T[]): T[] {
  if (hits.length < 2) return hits;
  const byLength = [...hits].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  // One flag per text unit already taken: linear in the matched length, whatever the number of hits.
  let last = 0;
  for (const hit of hits) last = Math.max(last, hit.end);
  const taken = new Uint8Array(last);
  const chosen: T[] = [];
  for (const hit of byLength) {
    let free = true;
    for (let i = hit.start; i < hit.end; i++) {
      if (taken[i]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, hit.start, hit.end);
    chosen.push(hit);
  }
  return chosen.sort((a, b) => a.start - b.start);
}
