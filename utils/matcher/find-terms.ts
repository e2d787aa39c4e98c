import { compileMatcher, matcherPart, type MatcherHit, type MatcherPart } from './compiled-matcher';
import { normaliseText } from './normalise';
import { ROLE, type Role, type TermPattern } from './term-pattern';

export type { TermPattern } from './term-pattern';

/** One entry a matched spelling can stand for, and as what (full form or short form). */
export interface Candidate {
  key: string;
  role: Role;
}

/** A cue word found in the text: it supports `key` as the sense of a shared spelling, and is not marked. */
export interface CueHit {
  key: string;
  word: string;
}

export interface TermMatch {
  /** Offsets in the original text (end exclusive). */
  start: number;
  end: number;
  key: string;
  /** The pattern that matched, as written in the glossary. */
  pattern: string;
  /** Every entry the span can stand for (`key` is the first); more than one for a shared spelling. */
  candidates: readonly Candidate[];
  /** The span folded as the matcher reads it (normaliseForm of its text): compared with forms in the data. */
  form: string;
}

export interface TermMatcher {
  readonly patternCount: number;
  /**
   * Every whole-word occurrence of any pattern; where matches overlap, the longest wins. Cue words
   * found on the way are added to `cues` (when given) instead.
   */
  findTerms(text: string, cues?: CueHit[]): TermMatch[];
  /**
   * False only when no term can be in any part of text: every spelling is looked for with word
   * boundaries ignored. So the text of a whole subtree (textContent, its blocks run together) answers
   * for each block in it, and a subtree that answers false need not be walked node by node.
   */
  mayContainTerms(text: string): boolean;
}

/** Compiles and loads a matcher for patterns known only at run time (own terms, tests, tools). */
export function createTermMatcher(patterns: readonly TermPattern[]): TermMatcher {
  return joinMatchers([matcherPart(compileMatcher(patterns))]);
}

/**
 * One matcher over several parts (the precompiled bundled glossary and the reader's own terms): the
 * text is normalised once, every part reports its hits, and overlaps are settled across all of them.
 */
export function joinMatchers(parts: readonly MatcherPart[]): TermMatcher {
  return {
    patternCount: parts.reduce((sum, part) => sum + part.patternCount, 0),
    findTerms(text, cues) {
      const normal = normaliseText(text);
      let hits: MatcherHit[] = [];
      for (const part of parts) part.collect(normal, hits);
      if (hits.some((h) => h.role === ROLE.cue)) {
        if (cues) for (const h of hits) if (h.role === ROLE.cue) cues.push({ key: h.key, word: h.pattern });
        hits = hits.filter((h) => h.role !== ROLE.cue);
      }
      // Parts report in order of ends each; merged, they are sorted so overlaps form runs again.
      if (parts.length > 1) hits.sort((a, b) => a.end - b.end || a.start - b.start);
      return pickLongest(sameSpans(hits)).map(({ start, end, key, pattern, candidates }) => ({
        start: normal.sourceStart(start),
        end: normal.sourceEnd(end - 1),
        key,
        pattern,
        candidates,
        form: normal.folded.slice(start, end),
      }));
    },
    mayContainTerms(text) {
      const normal = normaliseText(text);
      return parts.some((part) => part.occursIn(normal));
    },
  };
}

interface SpanHit extends MatcherHit {
  candidates: Candidate[];
}

/** Hits on the same span (one spelling shared by several entries) as one hit listing every candidate. */
function sameSpans(hits: readonly MatcherHit[]): SpanHit[] {
  const spans: SpanHit[] = [];
  for (const hit of hits) {
    const last = spans[spans.length - 1];
    const candidate = { key: hit.key, role: hit.role };
    if (last && last.start === hit.start && last.end === hit.end) {
      if (!last.candidates.some((c) => c.key === hit.key)) last.candidates.push(candidate);
    } else spans.push({ ...hit, candidates: [candidate] });
  }
  return spans;
}

/**
 * Keeps the longest of overlapping hits (the earlier one on a tie), returned in text order. Hits come
 * in order of their ends, so overlapping ones form runs ("clusters"); only those need sorting out.
 */
function pickLongest<T extends { start: number; end: number }>(hits: T[]): T[] {
  let apart = true;
  for (let i = 1; i < hits.length && apart; i++) apart = hits[i]!.start >= hits[i - 1]!.end;
  if (apart) return hits;
  const chosen: T[] = [];
  let cluster: T[] = [];
  for (const hit of hits) {
    if (cluster.length && hit.start >= cluster[cluster.length - 1]!.end) {
      settleCluster(cluster, chosen);
      cluster = [];
    }
    cluster.push(hit);
  }
  settleCluster(cluster, chosen);
  return chosen.sort((a, b) => a.start - b.start);
}

function settleCluster<T extends { start: number; end: number }>(cluster: T[], chosen: T[]): void {
  if (cluster.length === 1) {
    chosen.push(cluster[0]!);
    return;
  }
  const kept: T[] = [];
  const byLength = cluster.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  for (const hit of byLength) {
    if (kept.every((k) => hit.end <= k.start || hit.start >= k.end)) kept.push(hit);
  }
  chosen.push(...kept);
}
