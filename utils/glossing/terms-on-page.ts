import type { TermOnPage } from '@/utils/messaging/messages';
import { isHolderTitle, type Occurrence } from './occurrences';

/**
 * Entry ids in the order they first appear on the page, with how often each is mentioned. A title
 * marked as the name right after it ("Prime Minister Shehbaz Sharif") is one mention with that name.
 */
export function termsOnPage(ordered: readonly Occurrence[]): TermOnPage[] {
  const counts = new Map<string, number>();
  for (const occurrence of ordered) {
    if (isHolderTitle(occurrence)) continue;
    counts.set(occurrence.entryId, (counts.get(occurrence.entryId) ?? 0) + 1);
  }
  return [...counts].map(([entryId, count]) => ({ entryId, count }));
}

/** The occurrence after (direction 1) or before (-1) the current one, wrapping round. */
export function stepFrom(
  list: readonly Occurrence[],
  current: Occurrence | null,
  direction: 1 | -1,
): Occurrence | null {
  if (list.length === 0) return null;
  const index = current ? list.indexOf(current) : -1;
  if (index === -1) return direction === 1 ? firstBelowViewportTop(list) : list[list.length - 1]!;
  return list[(index + direction + list.length) % list.length]!;
}

/** Without a current term, "next" starts from what the reader is looking at, not the top of the page. */
function firstBelowViewportTop(list: readonly Occurrence[]): Occurrence {
  for (const occurrence of list) {
    const parent = occurrence.nodes[0]!.parentElement;
    if (parent && parent.getBoundingClientRect().bottom >= 0) return occurrence;
  }
  return list[0]!;
}

/**
 * Brings an occurrence into view. Instantly: the popover opens right after, and a smooth scroll would
 * start with the term still off screen (which closes the popover); it also spares readers who ask
 * for reduced motion.
 */
export function scrollToOccurrence(occurrence: Occurrence): void {
  occurrence.nodes[0]!.parentElement?.scrollIntoView({
    block: 'center',
    inline: 'nearest',
    behavior: 'instant',
  });
}
