import type { TermMatch } from '../matcher/find-terms';
import { ROLE } from '../matcher/term-pattern';
import type { ReadingRules } from './context-data';
import type { MentionToResolve, Resolution } from './resolve-scope';

export type Holder = NonNullable<MentionToResolve['holder']>;
// Between a title and its holder's name: honorifics ("Field Marshal Syed"), and the title's
// abbreviation in brackets ("Chief of the Army Staff (COAS) Field Marshal Asim Munir").
const HOLDER_GAP = /^[ \u00a0]+(?:\([\p{Lu}\p{Ll}-]{2,8}\)[ \u00a0]+)?(?:[\p{L}.]+[ \u00a0]+)*$/u;

/**
 * "Chief of Army Staff Field Marshal Asim Munir", "Defence Minister Khawaja Asif": a title right
 * before the full name of one of ours who holds it is that person. (A title before a name that is not
 * ours stays unmarked: that name is someone else.) A bracketed abbreviation between them is his too.
 */
export function holderAfter(text: string, matches: readonly TermMatch[], i: number, rules: ReadingRules) {
  const title = matches[i]!;
  // Most matches are no one's title: nothing to look for after them.
  if (!title.candidates.some((c) => rules.isTitle(c.key, title.form))) return undefined;
  // The name may follow other titles that are matches of their own ("Field Marshal", "(COAS)").
  const next = matches
    .slice(i + 1, i + 4)
    .find((m) => m.candidates.length === 1 && m.candidates[0]!.role === ROLE.full && m.start >= title.end);
  if (!next) return undefined;
  const { key } = next.candidates[0]!;
  if (!title.candidates.some((c) => c.key === key && rules.isTitle(key, title.form))) return undefined;
  const gap = text.slice(title.end, next.start);
  if (
    !HOLDER_GAP.test(gap) ||
    !gap
      .trim()
      .split(/\s+/)
      .every((w) => isHolderGapWord(w, rules))
  )
    return undefined;
  return { key, as: text.slice(next.start, next.end) };
}

function isHolderGapWord(word: string, rules: ReadingRules): boolean {
  return !word || /^\(.*\)$/.test(word) || rules.titles.has(word.replace(/\.$/, '').toLowerCase());
}

/** Whether a title's head (the terms in its words before its last) begins with a term ("PTI" of "PTI Chairman"). */
export function beginsWithTerm(head: readonly TermMatch[]): boolean {
  return head.some((t) => t.start === 0 && t.candidates.some((c) => c.role === ROLE.full));
}

/** "Chief of Army Staff Field Marshal Asim Munir": the title is the holder named right after it. */
export function ofHolder({ holder, candidates }: MentionToResolve): Resolution | null {
  if (!holder) return null;
  const others = candidates.map((c) => c.key).filter((k) => k !== holder.key);
  return { entryId: holder.key, why: { kind: 'later', as: holder.as }, others };
}
