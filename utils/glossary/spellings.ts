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
      // A title of several words in any case ("the prime minister"); one word only as written
      // ("President", "PM"), or every "in general" would be one.
      caseSensitive: !s.title || !s.text.includes(' '),
      role: s.alone ? ROLE.shortAlone : ROLE.short,
    })),
    ...(entry.cues?.words ?? []).map((text) => ({ text, caseSensitive: false, role: ROLE.cue })),
  ];
}
