import { ABBREVIATION_MAX_CHARS, CONTEXT_MAX_WORDS, SUMMARY_MAX_WORDS, TERM_MAX_CHARS } from '../constants';
import { normalisePattern } from '../matcher/normalise';
import { normaliseForm } from '../resolver/context-data';
import type { SchemaProblem } from './schema-problem';
import { checkContextFields, checkContextSet } from './context-schema';
import { entrySpellings } from './spellings';
import { CATEGORIES, type Category, type Entry, type Pack, type PackMeta } from './types';

export type { SchemaProblem } from './schema-problem';

export function formatProblem(pack: string, problem: SchemaProblem): string {
  return `${pack}: ${problem.where}, field "${problem.field}": ${problem.message}`;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const PARTIAL_DATE = /^\d{4}(?:-(0[1-9]|1[0-2]))?$/;
const SEMVER = /^\d+\.\d+\.\d+$/;

export function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed ? trimmed.split(/\s+/).length : 0;
}

/** Rough single-sentence check: no sentence end followed by a capital, abbreviations aside. */
function isOneSentence(text: string): boolean {
  const withoutAbbreviations = text.replace(
    /\b(?:[A-Z]|St|Dr|Mr|Mrs|Ms|Lt|Gen|Col|Maj|Capt|No|Jr|U\.S|c)\./g,
    '',
  );
  return !/[.!?]["'’”)]?\s+["'‘“(]?[A-Z]/.test(withoutAbbreviations.trim());
}

function isRealDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function isHttpsUrl(text: unknown): boolean {
  if (typeof text !== 'string') return false;
  try {
    const url = new URL(text);
    return url.protocol === 'https:' && !!url.hostname && !/\s/.test(text);
  } catch {
    return false;
  }
}

/** A source says when it was published (as printed on it) or, failing that, when it was read. */
function checkSourceDates(s: Record<string, unknown>, add: (field: string, message: string) => void) {
  const { published, accessed } = s;
  if (published === undefined && accessed === undefined) add('published', 'or "accessed" is required');
  if (published !== undefined && !(typeof published === 'string' && isSourceDate(published)))
    add('published', 'must be a date as YYYY, YYYY-MM or YYYY-MM-DD');
  if (accessed !== undefined && !(typeof accessed === 'string' && isRealDate(accessed)))
    add('accessed', 'must be a date as YYYY-MM-DD');
}

const isSourceDate = (text: string) => PARTIAL_DATE.test(text) || isRealDate(text);

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;
const isTextList = (v: unknown): v is string[] => Array.isArray(v) && v.every(isText);

/** Checks one entry's own fields (not cross-entry rules). */
export function checkEntryFields(raw: unknown, where: string): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const add = (field: string, message: string) => problems.push({ where, field, message });
  if (!isObject(raw)) return [{ where, field: '(entry)', message: 'is not an object' }];
  const e = raw;
  if (!isText(e.id) || !ID.test(e.id))
    add('id', 'must be lower-case words joined by hyphens, like "gul-bahadur-group"');
  if (!isText(e.headword)) add('headword', 'is required');
  else if (e.headword.length > TERM_MAX_CHARS) add('headword', `is longer than ${TERM_MAX_CHARS} characters`);
  if (!CATEGORIES.includes(e.category as Category))
    add('category', `must be one of ${CATEGORIES.join(', ')}`);
  for (const field of ['aliases', 'abbreviations'] as const) {
    const list = e[field] ?? [];
    if (!isTextList(list)) add(field, 'must be a list of non-empty strings');
    else if (list.some((a) => a.length > TERM_MAX_CHARS))
      add(field, `has an item longer than ${TERM_MAX_CHARS} characters`);
  }
  if (isTextList(e.abbreviations ?? [])) {
    for (const a of (e.abbreviations ?? []) as string[]) {
      if (a.length > ABBREVIATION_MAX_CHARS) add('abbreviations', `"${a}" is too long for an abbreviation`);
      if (!/\p{Lu}/u.test(a))
        add('abbreviations', `"${a}" has no capital letter, so it cannot be matched by case`);
    }
  }
  if (!isText(e.summary)) add('summary', 'is required');
  else {
    const words = countWords(e.summary);
    if (words > SUMMARY_MAX_WORDS) add('summary', `has ${words} words, at most ${SUMMARY_MAX_WORDS}`);
    if (!isOneSentence(e.summary)) add('summary', 'must be one sentence');
  }
  if (!isText(e.context)) add('context', 'is required');
  else if (countWords(e.context) > CONTEXT_MAX_WORDS) {
    add('context', `has ${countWords(e.context)} words, at most ${CONTEXT_MAX_WORDS}`);
  }
  if (!isTextList(e.related ?? [])) add('related', 'must be a list of entry ids');
  if (!Array.isArray(e.sources) || e.sources.length === 0) add('sources', 'needs at least one source');
  else {
    e.sources.forEach((s: unknown, i) => {
      if (!isObject(s) || !isText(s.title)) add(`sources[${i}].title`, 'is required');
      if (!isObject(s) || !isHttpsUrl(s.url)) add(`sources[${i}].url`, 'must be an https URL');
      if (isObject(s)) checkSourceDates(s, (field, message) => add(`sources[${i}].${field}`, message));
    });
  }
  if (typeof e.reviewed !== 'string' || !isRealDate(e.reviewed))
    add('reviewed', 'must be a date as YYYY-MM-DD');
  if (e.matchNote !== undefined && !isText(e.matchNote)) add('matchNote', 'must be text when present');
  if (e.ambiguous !== undefined && !isTextList(e.ambiguous)) add('ambiguous', 'must be a list of aliases');
  checkContextFields(e, add);
  return problems;
}

/** Every way an entry is written on pages, normalised as the matcher sees it. */
export function entryPatterns(entry: Pick<Entry, 'headword' | 'aliases' | 'abbreviations'>) {
  return entrySpellings(entry).map((p) => ({
    ...p,
    normal: normalisePattern(p.text, p.caseSensitive).toLowerCase(),
  }));
}

/** Cross-entry rules: unique ids, related ids exist, no alias shared unless both entries declare it. */
export function checkEntrySet(
  entries: Entry[],
  knownIds: ReadonlySet<string> = new Set(),
  /** Entries of packs checked before this one: their spellings count as taken. */
  outside: readonly Entry[] = [],
): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const ids = new Set<string>();
  for (const entry of entries) {
    if (ids.has(entry.id) || knownIds.has(entry.id)) {
      problems.push({ where: `entry "${entry.id}"`, field: 'id', message: 'is used by another entry' });
    }
    ids.add(entry.id);
  }
  const owners = new Map<string, Entry>();
  for (const entry of outside) for (const p of entryPatterns(entry)) owners.set(p.normal, entry);
  for (const entry of entries) {
    const where = `entry "${entry.id}"`;
    const related = new Set<string>();
    for (const id of entry.related) {
      if (id === entry.id) problems.push({ where, field: 'related', message: 'lists the entry itself' });
      else if (!ids.has(id) && !knownIds.has(id)) {
        problems.push({ where, field: 'related', message: `"${id}" is not an entry` });
      }
      if (related.has(id)) problems.push({ where, field: 'related', message: `lists "${id}" twice` });
      related.add(id);
    }
    const declared = new Set((entry.ambiguous ?? []).map(normaliseForm));
    const own = new Set<string>();
    for (const pattern of entryPatterns(entry)) {
      if (own.has(pattern.normal)) continue;
      own.add(pattern.normal);
      const owner = owners.get(pattern.normal);
      if (owner && owner.id !== entry.id) {
        const ownerDeclared = (owner.ambiguous ?? []).some((a) => normaliseForm(a) === pattern.normal);
        if (!declared.has(pattern.normal) || !ownerDeclared) {
          problems.push({
            where,
            field: 'aliases',
            message: `"${pattern.text}" is also a name of "${owner.id}"; declare it in "ambiguous" on both or remove it`,
          });
        }
      } else owners.set(pattern.normal, entry);
    }
  }
  problems.push(...checkContextSet(entries, new Set([...ids, ...knownIds])));
  return problems;
}

export function checkPackMeta(raw: unknown): SchemaProblem[] {
  const where = 'pack';
  if (!isObject(raw)) return [{ where, field: '(pack)', message: 'is not an object' }];
  const problems: SchemaProblem[] = [];
  for (const field of ['id', 'name', 'licence', 'description', 'language'] as const) {
    if (!isText(raw[field])) problems.push({ where, field, message: 'is required' });
  }
  if (isText(raw.id) && !ID.test(raw.id))
    problems.push({ where, field: 'id', message: 'must be lower-case words joined by hyphens' });
  if (!isText(raw.version) || !SEMVER.test(raw.version))
    problems.push({ where, field: 'version', message: 'must be like 1.2.3' });
  return problems;
}

/** Fills optional lists so the rest of the code never meets undefined. */
function toEntry(raw: Record<string, unknown>): Entry {
  const e = raw as unknown as Entry;
  return { ...e, aliases: e.aliases ?? [], abbreviations: e.abbreviations ?? [], related: e.related ?? [] };
}

export interface CheckedPack {
  pack: Pack;
  problems: SchemaProblem[];
}

/**
 * Validates a pack. Entries with problems are left out (the rest still load); every problem is
 * reported, naming the entry and the field.
 */
export function checkPack(
  meta: unknown,
  rawEntries: unknown[],
  /** Ids of the other packs bundled with this one ("related" may point there) and their entries. */
  others: { ids: ReadonlySet<string>; entries: readonly Entry[] } = { ids: new Set(), entries: [] },
): CheckedPack {
  const problems = checkPackMeta(meta);
  const good: Entry[] = [];
  rawEntries.forEach((raw, index) => {
    const id = isObject(raw) && isText(raw.id) ? raw.id : `#${index + 1}`;
    const own = checkEntryFields(raw, `entry "${id}"`);
    problems.push(...own);
    if (own.length === 0) good.push(toEntry(raw as Record<string, unknown>));
  });
  const setProblems = checkEntrySet(good, others.ids, others.entries);
  problems.push(...setProblems);
  const failedIds = new Set(setProblems.filter((p) => p.field === 'id').map((p) => p.where));
  const entries = good.filter((e) => !failedIds.has(`entry "${e.id}"`));
  return { pack: { ...(meta as PackMeta), entries }, problems };
}
