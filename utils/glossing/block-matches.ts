import { BLOCK_WINDOW_OVERLAP_CHARS } from '@/utils/constants';
import type { CueHit, TermMatch, TermMatcher } from '@/utils/matcher/find-terms';
import type { ReadingRules } from '@/utils/resolver/context-data';
import { readBlock, readMatchesOf } from '@/utils/resolver/read-block';
import type { MentionToResolve } from '@/utils/resolver/resolve-scope';
import { nodeIndexAt, type TextBlock } from './text-blocks';
import type { Occurrence } from './occurrences';

/** What one block holds: its term occurrences (lazily made StaticRanges over its text nodes), and cue words. */
export interface BlockFindings {
  occurrences: Occurrence[];
  cues: CueHit[];
}

export function occurrencesInBlock(
  matcher: TermMatcher,
  textBlock: TextBlock,
  rules: ReadingRules,
): BlockFindings {
  const { matches, mentions, cues } = readBlock(matcher, textBlock.text, rules);
  return { occurrences: toOccurrences(textBlock, matches, mentions), cues };
}

/**
 * The matches of a long block that start in [from, to) and not before notBefore (the end of the last
 * match kept from the window before). The window reads on past `to`, so a term starting inside it is
 * found whole; terms starting past `to` belong to the next window.
 */
export function windowMatches(
  matcher: TermMatcher,
  text: string,
  from: number,
  to: number,
  notBefore: number,
  cues?: CueHit[],
): TermMatch[] {
  // One unit before the window too, so a term at its very start is still checked for a whole word.
  const begin = Math.max(0, from - 1);
  return matcher
    .findTerms(text.slice(begin, to + BLOCK_WINDOW_OVERLAP_CHARS), cues)
    .map((m) => ({ ...m, start: m.start + begin, end: m.end + begin }))
    .filter((m) => m.start >= from && m.start < to && m.start >= notBefore);
}

/** A long block's window, read like a block (its text around each match is the block's own). */
export function windowFindings(
  matcher: TermMatcher,
  textBlock: TextBlock,
  window: { from: number; to: number; notBefore: number },
  rules: ReadingRules,
): BlockFindings & { matches: TermMatch[] } {
  const cues: CueHit[] = [];
  const { from, to, notBefore } = window;
  const found = windowMatches(matcher, textBlock.text, from, to, notBefore, cues);
  const { matches, mentions } = readMatchesOf(matcher, textBlock.text, found, rules);
  return { matches, occurrences: toOccurrences(textBlock, matches, mentions), cues };
}

export function toOccurrences(
  { block, nodes, starts }: TextBlock,
  matches: readonly TermMatch[],
  mentions?: readonly MentionToResolve[],
): Occurrence[] {
  return matches.map((match, i) => {
    const first = nodeIndexAt(starts, match.start);
    const last = nodeIndexAt(starts, match.end - 1);
    let range: StaticRange | null = null;
    let rangePart: Occurrence['part'];
    const occurrence: Occurrence = {
      entryId: match.key,
      mention: mentions?.[i],
      // Made when first needed: on a long page most occurrences are never drawn, pointed at or scrolled to.
      get range(): StaticRange {
        if (!range || rangePart !== this.part) {
          rangePart = this.part;
          const start = match.start + (rangePart?.[0] ?? 0);
          const end = rangePart ? match.start + rangePart[1] : match.end;
          const [from, to] = [nodeIndexAt(starts, start), nodeIndexAt(starts, end - 1)];
          range = new StaticRange({
            startContainer: nodes[from]!,
            startOffset: start - starts[from]!,
            endContainer: nodes[to]!,
            endOffset: end - starts[to]!,
          });
        }
        return range;
      },
      block,
      nodes: first === last ? [nodes[first]!] : nodes.slice(first, last + 1),
    };
    return occurrence;
  });
}
