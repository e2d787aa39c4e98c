import type { Why } from '@/utils/resolver/why';

/**
 * How the popover says how a mention was read. Nothing for a full name read as itself: there is
 * nothing to explain. `headword` names an entry that served as a cue.
 */
export function readingText(why: Why | undefined, headword: (id: string) => string): string | null {
  switch (why?.kind) {
    case 'earlier':
      return `Named earlier in this article as ${why.as}.`;
    case 'later':
      return `Named just after this in the article as ${why.as}.`;
    case 'titled':
      return `Read from the title before it (${why.title}).`;
    case 'incumbent':
      return `Read from the article's date: the holder of this title since ${monthName(why.since)}.`;
    case 'alone':
      return 'Read on its own: in news on this region the name means this entry.';
    case 'shape':
      return why.shape === 'dateline'
        ? 'Read from the wire dateline it stands in.'
        : 'Read from the wire byline it stands in.';
    case 'near':
      return `Read from “${why.word}” next to it.`;
    case 'entry':
      return `Read from this article's mention of ${headword(why.entryId)}.`;
    case 'word':
      return `Read from “${why.word}” in this article.`;
    case 'default':
      return 'The usual meaning here: nothing in this article points to another.';
    case 'chosen':
      return 'Your choice for this page.';
    default:
      return null;
  }
}

/** "2024-03" as "March 2024" (English, like the rest of the popover's text). */
const monthName = (month: string) =>
  new Date(`${month}-01T12:00:00Z`).toLocaleDateString('en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
