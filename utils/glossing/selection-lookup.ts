import type { TermMatcher } from '@/utils/matcher/find-terms';
import type { PopoverCommand } from '@/utils/messaging/messages';
import { blockOf } from '@/utils/glossing/skip-rules';
import type { Occurrence } from './occurrences';

/** A match must cover this share of the selected text to count as the selection being that term. */
const SELECTION_COVERAGE = 0.8;

/**
 * The context menu's "Look up": the selection as an anchor for the popover, and what to show there —
 * the entry when the selection is a known term or alias, otherwise search results for its text.
 */
export function lookUpSelection(
  matcher: TermMatcher,
  text: string,
): { anchor: Occurrence; command: PopoverCommand } | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const block = blockOf(range.commonAncestorContainer);
  if (!block) return null;
  const query = (selection.toString() || text).trim();
  if (!query) return null;
  const nodes = [range.startContainer, range.endContainer].filter(
    (n): n is Text => n.nodeType === Node.TEXT_NODE,
  );
  const anchor: Occurrence = {
    entryId: '',
    range: new StaticRange({
      startContainer: range.startContainer,
      startOffset: range.startOffset,
      endContainer: range.endContainer,
      endOffset: range.endOffset,
    }),
    block,
    nodes,
  };
  const best = matcher.findTerms(query).sort((a, b) => b.end - b.start - (a.end - a.start))[0];
  if (best && (best.end - best.start) / query.length >= SELECTION_COVERAGE) {
    return {
      anchor: { ...anchor, entryId: best.key },
      command: { type: 'show', entryId: best.key, focus: true },
    };
  }
  return { anchor, command: { type: 'search', query, focus: true } };
}
