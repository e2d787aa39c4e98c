/**
 * The reader's own terms: entries they add themselves, glossed like bundled ones from a pack of their own.
 * Pure: no browser APIs; storage is in utils/own-terms/store.ts.
 */
import { checkEntryFields, entryPatterns, type SchemaProblem } from '../glossary/schema';
import { CATEGORIES, type Category, type Entry, type Pack } from '../glossary/types';

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
 * they are aliases. Own terms have no context, related entries or sources; `reviewed` is the day the
 * term was last changed.
 */
export function ownTermToEntry(term: OwnTerm): Entry {
  return {
    id: term.id,
    headword: term.headword,
    category: term.category,
    abbreviations: term.abbreviation ? [term.headword, ...term.aliases] : [],
    aliases: term.abbreviation ? [] : [...term.aliases],
    summary: term.summary,
    context: '',
    related: [],
    sources: [],
    reviewed: isoDate(term.updatedAt),
  };
}

/** The reader's terms as a pack, so they load, match and switch off like a bundled one. */
export function ownPack(terms: readonly OwnTerm[]): Pack {
  return {
    id: OWN_PACK_ID,
    name: 'My terms',
    version: '1.0.0',
    licence: 'Yours',
    description: 'Terms you added yourself.',
    language: 'en',
    entries: terms.map(ownTermToEntry),
  };
}

/** Straight-quoted words in a schema message, curly-quoted for the reader. */
const curly = (text: string) => text.replace(/"([^"]*)"/g, '“$1”');

/** A schema problem (written for pack authors) as a sentence for the reader. */
function sentence(problem: SchemaProblem): string {
  const message = curly(problem.message);
  // Messages that start by quoting a spelling already name what is wrong.
  if (message.startsWith('“')) return `${message}.`;
  switch (problem.field) {
    case 'headword':
      return `The term ${message}.`;
    case 'aliases':
    case 'abbreviations':
      return message.startsWith('must be a list')
        ? 'Every spelling needs some text.'
        : `A spelling ${message.replace(/^has an item /, 'is ')}.`;
    case 'reviewed':
      return 'The time the term was last changed is not a valid time.';
    default:
      return `The ${problem.field} ${message}.`;
  }
}

/** Own terms need no context and no sources; the capital-letter rule is worded for them below. */
function appliesToOwnTerms(problem: SchemaProblem): boolean {
  if (problem.field === 'context' || problem.field.startsWith('sources')) return false;
  return !(problem.field === 'abbreviations' && problem.message.includes('no capital letter'));
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
    problems.push(`The id must start with “${OWN_TERM_ID_PREFIX}”.`);
  const entry = ownTermToEntry(term);
  problems.push(...checkEntryFields(entry, `own term "${term.id}"`).filter(appliesToOwnTerms).map(sentence));
  if (term.abbreviation) {
    for (const spelling of [term.headword, ...term.aliases]) {
      if (spelling.trim() && !/\p{Lu}/u.test(spelling)) {
        problems.push(
          `“${spelling}” has no capital letter; an abbreviation is matched only with its capitals, so write it as the news does (like “BLA”).`,
        );
      }
    }
  }

  // Each normalised spelling, with the name of what already uses it; bundled entries first.
  const owners = new Map<string, string>();
  for (const other of bundled) {
    for (const { normal } of entryPatterns(other))
      if (!owners.has(normal)) owners.set(normal, other.headword);
  }
  for (const other of others) {
    if (other.id === term.id) continue;
    for (const { normal } of entryPatterns(ownTermToEntry(other))) {
      if (!owners.has(normal)) owners.set(normal, `your term ${other.headword}`);
    }
  }
  const seen = new Set<string>();
  for (const { text, normal } of entryPatterns(entry)) {
    if (!normal || seen.has(normal)) continue;
    seen.add(normal);
    const owner = owners.get(normal);
    if (owner !== undefined) problems.push(`“${text.trim()}” is already a name of ${owner}.`);
  }
  return [...new Set(problems)];
}

const isTime = (v: unknown) => typeof v === 'number' && Number.isFinite(v);

/** Why a value does not have the shape of an own term (types only, not content rules), or null. */
export function ownTermShapeProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'is not an object';
  const t = value as Record<string, unknown>;
  if (typeof t.id !== 'string') return 'has no id';
  if (typeof t.headword !== 'string') return 'has no headword';
  if (!Array.isArray(t.aliases) || !t.aliases.every((a) => typeof a === 'string'))
    return 'has no list of other spellings';
  if (typeof t.abbreviation !== 'boolean') return 'does not say whether it is an abbreviation';
  if (!CATEGORIES.includes(t.category as Category)) return 'has no known category';
  if (typeof t.summary !== 'string') return 'has no summary';
  if (!isTime(t.createdAt)) return 'has no valid createdAt time';
  if (!isTime(t.updatedAt)) return 'has no valid updatedAt time';
  return null;
}

export function isOwnTerm(value: unknown): value is OwnTerm {
  return ownTermShapeProblem(value) === null;
}
