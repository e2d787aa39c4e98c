import { normalisePattern } from '../matcher/normalise';
import type { Category, CueShape, Entry } from '../glossary/types';
import { NAME_WORDS, type NameWords } from './name-words';

/** Cues of one sense, as the resolver reads them (cue words are in the matcher, as ROLE.cue spellings). */
export interface SenseCues {
  entries?: readonly string[];
  near?: readonly string[];
  shapes?: readonly CueShape[];
  /** Forms (folded) that take the sense only in an article dated within these months (YYYY-MM, inclusive). */
  published?: readonly [from: string, to: string, forms: readonly string[]];
  /** Forms (folded) that take the sense where the entry itself is named in the article. */
  onceNamed?: readonly string[];
}

/**
 * What the resolver needs beyond the matcher, by entry id; compiled at build time with the matcher.
 * Forms are folded (normaliseForm) so they compare with a mention's folded text.
 */
export interface ContextData {
  /** The forms a mention of the entry claims for it: its short forms, and its full spellings that are another entry's short form. */
  readonly claims: Readonly<Record<string, readonly string[]>>;
  readonly cues: Readonly<Record<string, SenseCues>>;
  /** Shared spellings that mean the entry when the article gives no cue. */
  readonly defaults: Readonly<Record<string, readonly string[]>>;
  /** Entries that name a person: their one-word forms inside a longer name are someone else. */
  readonly people: readonly string[];
  /** Spellings of other entries that are also surnames: read like a person's one-word forms. */
  readonly surnames: Readonly<Record<string, readonly string[]>>;
  /** Title forms held by one entry in certain months: [entry, from, to] (YYYY-MM), by folded form. */
  readonly incumbents: Readonly<Record<string, readonly [entryId: string, from: string, to: string]>>;
  /** Title forms ("prime minister"): claimed only by a full mention the title stood right before. */
  readonly titles: Readonly<Record<string, readonly string[]>>;
  /** Spellings that count only written with spaces (joined by a dash they name a pair). */
  readonly spacedOnly: Readonly<Record<string, readonly string[]>>;
  /** Places and crossings: inside a longer proper name ("Islamabad High Court") they are that name's. */
  readonly places: readonly string[];
  /**
   * Spellings an entry declares ambiguous that no other entry shares: they mean something outside the
   * glossary too ("Foreign Office", "Istanbul talks"), so they are glossed only where a cue supports it.
   */
  readonly needsCue: Readonly<Record<string, readonly string[]>>;
  /** Titles, capitalised words that are not names, and kin words, each a space-separated list. */
  readonly nameWords: NameWords;
}

/** How a form is compared: case, diacritics, dashes and apostrophes folded. */
export function normaliseForm(text: string): string {
  return normalisePattern(text, false).toLowerCase();
}

/** The form of a name's last word, possessive dropped ("Khan" of "Omar Ayub Khan's"). */
export const lastWordForm = (text: string): string =>
  normaliseForm(/[\p{L}\p{M}]+(?=(?:['’]s?)?$)/u.exec(text)?.[0] ?? '');

const PERSON: Category = 'person';
const PLACES: readonly Category[] = ['place', 'crossing'];

export function buildContextData(entries: readonly Entry[]): ContextData {
  const shortOwners = new Set<string>();
  for (const entry of entries)
    for (const s of entry.shortForms ?? []) if (!s.title) shortOwners.add(normaliseForm(s.text));
  const claims: Record<string, string[]> = {};
  const cues: Record<string, SenseCues> = {};
  const defaults: Record<string, string[]> = {};
  const surnames: Record<string, string[]> = {};
  const titles: Record<string, string[]> = {};
  const spacedOnly: Record<string, string[]> = {};
  const incumbents: Record<string, [string, string, string]> = {};
  for (const entry of entries) {
    for (const { text, held } of entry.shortForms ?? [])
      if (held) incumbents[normaliseForm(text)] = [entry.id, held.from, held.to];
    if (entry.surnames?.length) surnames[entry.id] = entry.surnames.map(normaliseForm);
    if (entry.spacedOnly?.length) spacedOnly[entry.id] = entry.spacedOnly.map(normaliseForm);
    const full = [entry.headword, ...entry.aliases, ...entry.abbreviations].map(normaliseForm);
    const titleForms = (entry.shortForms ?? []).filter((s) => s.title).map((s) => normaliseForm(s.text));
    if (titleForms.length) titles[entry.id] = titleForms;
    const forms = new Set([
      ...(entry.shortForms ?? []).filter((s) => !s.title).map((s) => normaliseForm(s.text)),
      ...full.filter((f) => shortOwners.has(f)),
    ]);
    if (forms.size) claims[entry.id] = [...forms];
    if (entry.cues) {
      const { entries: ids, near, shapes, published, onceNamed } = entry.cues;
      cues[entry.id] = {
        ...(ids?.length ? { entries: ids } : {}),
        ...(near?.length ? { near: near.map(normaliseForm) } : {}),
        ...(shapes?.length ? { shapes } : {}),
        ...(onceNamed?.length ? { onceNamed: onceNamed.map(normaliseForm) } : {}),
        ...(published
          ? { published: [published.from, published.to, published.forms.map(normaliseForm)] as const }
          : {}),
      };
    }
    if (entry.defaultFor?.length) defaults[entry.id] = entry.defaultFor.map(normaliseForm);
  }
  const people = entries.filter((e) => e.category === PERSON).map((e) => e.id);
  const placeEntries = entries.filter((e) => PLACES.includes(e.category));
  const places = placeEntries.map((e) => e.id);
  return {
    claims,
    cues,
    defaults,
    people,
    surnames,
    titles,
    incumbents,
    spacedOnly,
    places,
    needsCue: needingCues(entries),
    nameWords: { ...NAME_WORDS, notNames: `${NAME_WORDS.notNames} ${placeWords(placeEntries, shortOwners)}` },
  };
}

/**
 * One-word names of our places ("Islamabad", "Kabul"): never part of a person's name, so "reporters in
 * Islamabad Muttaqi will…" is Muttaqi, not someone called "Islamabad Muttaqi" who claims his surname.
 * A place name that is also someone's short form is left out.
 */
function placeWords(places: readonly Entry[], shortOwners: ReadonlySet<string>): string {
  const words = new Set<string>();
  for (const { headword, aliases } of places)
    for (const name of [headword, ...aliases]) {
      const form = normaliseForm(name);
      if (/^\p{L}+$/u.test(form) && !shortOwners.has(form)) words.add(form);
    }
  return [...words].join(' ');
}

/** Which entries write each folded form, as a full spelling or a short form: shared when more than one. */
export function formOwners(entries: readonly Entry[]): Map<string, Set<string>> {
  const owners = new Map<string, Set<string>>();
  for (const entry of entries) {
    const texts = [
      entry.headword,
      ...entry.aliases,
      ...entry.abbreviations,
      ...(entry.shortForms ?? []).map((s) => s.text),
    ];
    for (const text of texts) {
      const form = normaliseForm(text);
      owners.set(form, (owners.get(form) ?? new Set()).add(entry.id));
    }
  }
  return owners;
}

function needingCues(entries: readonly Entry[]): Record<string, string[]> {
  const owners = formOwners(entries);
  const needsCue: Record<string, string[]> = {};
  for (const entry of entries) {
    const alone = (entry.ambiguous ?? []).map(normaliseForm).filter((form) => owners.get(form)?.size === 1);
    if (alone.length) needsCue[entry.id] = alone;
  }
  return needsCue;
}

/** What reading a mention in its block needs from the data, as quick tests. */
export interface ReadingRules {
  /** Whether a one-word form of an entry reads like a person's name (a person's, or a surname spelling). */
  isName(key: string, form: string): boolean;
  /** Whether the glossary spelling `pattern` of an entry counts only when written with spaces. */
  spacedOnly(key: string, pattern: string): boolean;
  isPlace(key: string): boolean;
  /** Whether a folded form is one of the entry's title forms ("president"). */
  isTitle(key: string, form: string): boolean;
  /** Lower-cased words: titles before a name, capitalised words that are not names, kin words after one. */
  titles: ReadonlySet<string>;
  notNames: ReadonlySet<string>;
  kin: ReadonlySet<string>;
  /** Words after a name and a dash that keep it a name ("Khan-led"). */
  compounds: ReadonlySet<string>;
}

export const NO_READING_RULES: ReadingRules = {
  isName: () => false,
  spacedOnly: () => false,
  isPlace: () => false,
  isTitle: () => false,
  titles: new Set(),
  notNames: new Set(),
  kin: new Set(),
  compounds: new Set(),
};

export function readingRules(data: ContextData): ReadingRules {
  const people = new Set(data.people);
  const places = new Set(data.places);
  const words = (list: string) => new Set(list.split(' '));
  return {
    titles: words(data.nameWords.titles),
    notNames: words(data.nameWords.notNames),
    kin: words(data.nameWords.kin),
    compounds: words(data.nameWords.compounds),
    isName: (key, form) => people.has(key) || !!data.surnames[key]?.includes(form),
    spacedOnly: (key, pattern) => !!data.spacedOnly[key]?.includes(normaliseForm(pattern)),
    isPlace: (key) => places.has(key),
    isTitle: (key, form) => !!data.titles[key]?.includes(form),
  };
}
