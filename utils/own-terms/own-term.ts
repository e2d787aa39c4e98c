/**
 * The reader's own terms: entries they add themselves, glossed like bundled ones from a pack of their own.
 * Pure: no browser APIs; storage is in utils/own-terms/store.ts.
 */
import { checkEntryFields, entryPatterns, type SchemaProblem } from '../glossary/schema';
import { CATEGORIES, type Category, type Entry, type Pack, type Source } from '../glossary/types';
import { t } from '../i18n/t';
import { appliesToOwnTerms, readerSentence } from './term-problems';

export const OWN_PACK_ID = 'own';
/** Every own term's id starts with this, so it can never take a bundled entry's id. */
export const OWN_TERM_ID_PREFIX = 'own-';
/** Lower-case a-z0-9 words joined by hyphens, as slug() makes them. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Whether an id has the form ownTermId gives: OWN_TERM_ID_PREFIX, then a slug. */
export const isOwnTermId = (id: string): boolean =>
  id.startsWith(OWN_TERM_ID_PREFIX) && SLUG.test(id.slice(OWN_TERM_ID_PREFIX.length));

export interface OwnTerm {
  /** OWN_TERM_ID_PREFIX ('own-') + slug of the headword (lower-case a-z0-9 and hyphens), unique. */
  id: string;
  headword: string;
  /** Other spellings. */
  aliases: string[];
  /** True: headword and aliases are matched case-sensitively (like "BLA"). */
  abbreviation: boolean;
  category: Category;
  /** Required, one sentence of at most 40 words (the rule for bundled entries). */
  summary: string;
  /**
   * Optional, as in a bundled entry: a paragraph of background, and where the facts come from. A term
   * with both can be shared as a glossary pack (utils/own-terms/export.ts), which needs them.
   */
  context?: string;
  source?: Source;
  /** Milliseconds since the epoch. */
  createdAt: number;
  updatedAt: number;
}

/** Lower-case a-z0-9 words joined by hyphens; diacritics dropped ("Türkiye" → "turkiye"). */
function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * A new id for a headword: 'own-chaman-sit-in', or 'own-chaman-sit-in-2' (-3, …) when taken. A headword
 * with no Latin letters or digits (say, in Urdu script) gets 'own-term'.
 */
export function ownTermId(headword: string, taken: ReadonlySet<string>): string {
  const base = `${OWN_TERM_ID_PREFIX}${slug(headword) || 'term'}`;
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

/** YYYY-MM-DD of a time, or '' when it is not a valid time (the schema then reports it). */
function isoDate(time: number): string {
  const date = new Date(time);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10);
}

/**
 * As a glossary Entry. An abbreviation's spellings all go to `abbreviations` (matched by case); otherwise
 * they are aliases. Own terms have no related entries, and context and a source only when the reader gave
 * them; `reviewed` is the day the term was last changed.
 */
export function ownTermToEntry(term: OwnTerm): Entry {
  return {
    id: term.id,
    headword: term.headword,
    category: term.category,
    abbreviations: term.abbreviation ? [term.headword, ...term.aliases] : [],
    aliases: term.abbreviation ? [] : [...term.aliases],
    summary: term.summary,
    context: term.context ?? '',
    related: [],
    sources: term.source ? [term.source] : [],
    reviewed: isoDate(term.updatedAt),
  };
}

/** The reader's terms as a pack, so they load, match and switch off like a bundled one. */
export function ownPack(terms: readonly OwnTerm[]): Pack {
  return {
    id: OWN_PACK_ID,
    // A pack's fields, never shown: the options page lists this pack under messages of its own. (The
    // benchmark page, where no message can be read, builds it too.)
    // eslint-disable-next-line newsgloss/no-ui-literal -- not shown (see above)
    name: 'My terms',
    version: '1.0.0',
    licence: 'Yours',
    // eslint-disable-next-line newsgloss/no-ui-literal -- not shown (see above)
    description: 'Terms you added yourself.',
    language: 'en',
    entries: terms.map(ownTermToEntry),
  };
}

/**
 * What is wrong with a term, as readable sentences (empty: nothing). The bundled schema's field rules,
 * less context and sources, plus: the id starts with "own-"; an abbreviation's every spelling has a
 * capital letter; no spelling is already a name (as the matcher normalises it) of a bundled entry or of
 * another own term. `others` may include the term itself (same id); it is skipped.
 */
export function validateOwnTerm(
  term: OwnTerm,
  bundled: readonly Entry[],
  others: readonly OwnTerm[],
): string[] {
  const problems: string[] = [];
  if (!term.id.startsWith(OWN_TERM_ID_PREFIX))
    problems.push(t('err_ownTermIdPrefix', { prefix: OWN_TERM_ID_PREFIX }));
  const entry = ownTermToEntry(term);
  // The schema's messages name the record they are about; the reader's sentences do not.
  // eslint-disable-next-line newsgloss/no-ui-literal -- the schema's `where`, not shown
  const where = `own term "${term.id}"`;
  const applies = (problem: SchemaProblem) => appliesToOwnTerms(problem, term);
  problems.push(...checkEntryFields(entry, where).filter(applies).map(readerSentence));
  if (term.abbreviation) {
    for (const spelling of [term.headword, ...term.aliases]) {
      if (spelling.trim() && !/\p{Lu}/u.test(spelling))
        problems.push(t('err_ownTermAbbreviationNoCapital', { spelling }));
    }
  }

  // Each normalised spelling, with what already uses it; bundled entries first.
  const owners = new Map<string, { headword: string; own: boolean }>();
  for (const other of bundled) {
    for (const { normal } of entryPatterns(other))
      if (!owners.has(normal)) owners.set(normal, { headword: other.headword, own: false });
  }
  for (const other of others) {
    if (other.id === term.id) continue;
    for (const { normal } of entryPatterns(ownTermToEntry(other))) {
      if (!owners.has(normal)) owners.set(normal, { headword: other.headword, own: true });
    }
  }
  const seen = new Set<string>();
  for (const { text, normal } of entryPatterns(entry)) {
    if (!normal || seen.has(normal)) continue;
    seen.add(normal);
    const owner = owners.get(normal);
    if (owner === undefined) continue;
    const name = { spelling: text.trim(), headword: owner.headword };
    problems.push(owner.own ? t('err_ownTermNameTakenOwn', name) : t('err_ownTermNameTaken', name));
  }
  return [...new Set(problems)];
}

const isTime = (v: unknown) => typeof v === 'number' && Number.isFinite(v);

/**
 * The first field of a value that should be an own term without the right type ('object': it is no
 * object at all), or null. Types only, not content rules; the import names the problem to the reader
 * (utils/backup/backup-file.ts).
 */
export type OwnTermShapeProblem =
  | 'object'
  | 'id'
  | 'headword'
  | 'aliases'
  | 'abbreviation'
  | 'category'
  | 'summary'
  | 'context'
  | 'source'
  | 'createdAt'
  | 'updatedAt';

export function ownTermShapeProblem(value: unknown): OwnTermShapeProblem | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'object';
  const term = value as Record<string, unknown>;
  if (typeof term.id !== 'string') return 'id';
  if (typeof term.headword !== 'string') return 'headword';
  if (!Array.isArray(term.aliases) || !term.aliases.every((a) => typeof a === 'string')) return 'aliases';
  if (typeof term.abbreviation !== 'boolean') return 'abbreviation';
  if (!CATEGORIES.includes(term.category as Category)) return 'category';
  if (typeof term.summary !== 'string') return 'summary';
  if (term.context !== undefined && typeof term.context !== 'string') return 'context';
  if (term.source !== undefined && !isSourceShape(term.source)) return 'source';
  if (!isTime(term.createdAt)) return 'createdAt';
  if (!isTime(term.updatedAt)) return 'updatedAt';
  return null;
}

/** A source's types (its content, an https URL and real dates, is checked by validateOwnTerm). */
function isSourceShape(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const { title, url, published, accessed } = value as Record<string, unknown>;
  const optionalText = (v: unknown) => v === undefined || typeof v === 'string';
  return (
    typeof title === 'string' && typeof url === 'string' && optionalText(published) && optionalText(accessed)
  );
}

export function isOwnTerm(value: unknown): value is OwnTerm {
  return ownTermShapeProblem(value) === null;
}
