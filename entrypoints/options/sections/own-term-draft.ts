import type { Category, Source } from '@/utils/glossary/types';
import { ownTermId, type OwnTerm } from '@/utils/own-terms/own-term';

/** The own-term form's fields as typed; the term is made from them on save (termFromDraft). */
export interface OwnTermDraft {
  headword: string;
  aliases: string;
  abbreviation: boolean;
  category: Category;
  summary: string;
  note: string;
  /** Optional, together needed to share the term as a pack. */
  context: string;
  sourceTitle: string;
  sourceUrl: string;
  /** YYYY-MM-DD, YYYY-MM or YYYY; empty: the source was read on the day the term is saved. */
  sourceDate: string;
}

export const EMPTY_DRAFT: OwnTermDraft = {
  headword: '',
  aliases: '',
  abbreviation: false,
  category: 'group',
  summary: '',
  note: '',
  context: '',
  sourceTitle: '',
  sourceUrl: '',
  sourceDate: '',
};

/** Aliases are typed one per line or separated by commas. */
const splitAliases = (text: string) =>
  text
    .split(/[\n,]/)
    .map((a) => a.trim())
    .filter(Boolean);

/** A source when the reader gave a title or a link (the check then asks for both); dated as typed or today. */
function sourceFromDraft(draft: OwnTermDraft, now: number): Source | undefined {
  const [title, url, date] = [draft.sourceTitle.trim(), draft.sourceUrl.trim(), draft.sourceDate.trim()];
  if (!title && !url) return undefined;
  return date
    ? { title, url, published: date }
    : { title, url, accessed: new Date(now).toISOString().slice(0, 10) };
}

/** The term the form describes: a new id for a new term, the old id and creation time for an edit. */
export function termFromDraft(
  draft: OwnTermDraft,
  editing: OwnTerm | null,
  ownTerms: readonly OwnTerm[],
  now: number,
): OwnTerm {
  const context = draft.context.trim();
  const source = sourceFromDraft(draft, now);
  return {
    id: editing?.id ?? ownTermId(draft.headword, new Set(ownTerms.map((own) => own.id))),
    headword: draft.headword.trim(),
    aliases: splitAliases(draft.aliases),
    abbreviation: draft.abbreviation,
    category: draft.category,
    summary: draft.summary.trim(),
    ...(context ? { context } : {}),
    ...(source ? { source } : {}),
    createdAt: editing?.createdAt ?? now,
    updatedAt: now,
  };
}

/** The form's fields for a stored term and its note. */
export function draftFromTerm(term: OwnTerm, note: string): OwnTermDraft {
  return {
    headword: term.headword,
    aliases: term.aliases.join('\n'),
    abbreviation: term.abbreviation,
    category: term.category,
    summary: term.summary,
    note,
    context: term.context ?? '',
    sourceTitle: term.source?.title ?? '',
    sourceUrl: term.source?.url ?? '',
    // A day the reader read the source is filled in again on save, so it is not shown as typed.
    sourceDate: term.source?.published ?? '',
  };
}
