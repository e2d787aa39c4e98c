import { compileMatcher, matcherPart, type MatcherHit, type MatcherPart } from './compiled-matcher';
import { normaliseText } from './normalise';
import type { TermPattern } from './term-pattern';

export type { TermPattern } from './term-pattern';

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
    findTerms(text) {
      const normal = normaliseText(text);
      const hits: MatcherHit[] = [];
      for (const part of parts) part.collect(normal, hits);
      return pickLongest(hits).map(({ start, end, key, pattern }) => ({
        start: normal.sourceStart(start),
        end: normal.sourceEnd(end - 1),
        key,
        pattern,
      }));
    },
    mayContainTerms(text) {
      const normal = normaliseText(text);
      return parts.some((part) => part.occursIn(normal));
    },
  };
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
