import { BLOCK_WINDOW_OVERLAP_CHARS } from '@/utils/constants';
import type { TermMatch, TermMatcher } from '@/utils/matcher/find-terms';
import { nodeIndexAt, type TextBlock } from './text-blocks';
import type { Occurrence } from './occurrences';

/** The term occurrences in one block of text, as (lazily made) StaticRanges over its text nodes. */
export function occurrencesInBlock(matcher: TermMatcher, textBlock: TextBlock): Occurrence[] {
  return toOccurrences(textBlock, matcher.findTerms(textBlock.text));
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
): TermMatch[] {
  // One unit before the window too, so a term at its very start is still checked for a whole word.
  const begin = Math.max(0, from - 1);
  return matcher
    .findTerms(text.slice(begin, to + BLOCK_WINDOW_OVERLAP_CHARS))
    .map((m) => ({ ...m, start: m.start + begin, end: m.end + begin }))
    .filter((m) => m.start >= from && m.start < to && m.start >= notBefore);
}

export function toOccurrences(
  { block, nodes, starts }: TextBlock,
  matches: readonly TermMatch[],
): Occurrence[] {
  return matches.map((match) => {
    const first = nodeIndexAt(starts, match.start);
    const last = nodeIndexAt(starts, match.end - 1);
    let range: StaticRange | null = null;
    return {
      entryId: match.key,
      // Made when first needed: on a long page most occurrences are never drawn, pointed at or scrolled to.
      get range() {
        range ??= new StaticRange({
          startContainer: nodes[first]!,
          startOffset: match.start - starts[first]!,
          endContainer: nodes[last]!,
          endOffset: match.end - starts[last]!,
        });
        return range;
      },
      block,
      nodes: first === last ? [nodes[first]!] : nodes.slice(first, last + 1),
    };
  });
}
