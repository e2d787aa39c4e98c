import { ROLE } from '../matcher/term-pattern';
import type { Entry } from './types';

/**
 * Every way an entry is written, as the matcher looks for it: the headword and aliases in any case,
 * abbreviations in their own case. A headword that is itself listed as an abbreviation (an own term
 * marked so) keeps its case.
 */
export function entrySpellings(entry: Pick<Entry, 'headword' | 'aliases' | 'abbreviations'>) {
  const names = entry.abbreviations.includes(entry.headword)
    ? entry.aliases
    : [entry.headword, ...entry.aliases];
  return [
    ...names.map((text) => ({ text, caseSensitive: false })),
    ...entry.abbreviations.map((text) => ({ text, caseSensitive: true })),
  ];
}

/**
 * The spellings the resolver needs besides the full forms: short forms (exact case, as names are
 * written) and cue words (any case, never marked themselves).
 */
export function contextSpellings(entry: Pick<Entry, 'shortForms' | 'cues'>) {
  return [
    ...(entry.shortForms ?? []).map((s) => ({
      text: s.text,
      // A title in any case ("the prime minister", "the president"; the resolver takes a one-word title
      // in lower case only after "the"), an all-capital one as written ("PM").
      caseSensitive: !s.title || s.text === s.text.toUpperCase(),
      role: s.alone ? ROLE.shortAlone : ROLE.short,
    })),
    ...(entry.cues?.words ?? []).map((text) => ({ text, caseSensitive: false, role: ROLE.cue })),
  ];
}
