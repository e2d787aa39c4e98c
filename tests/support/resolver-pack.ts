import type { Entry } from '@/utils/glossary/types';
import { resolveArticle } from '@/utils/resolver/read-block';
import { compileTestPack, testEntry as entry } from './test-entries';

/** A small pack for the resolver's tests: people sharing short forms, places, and shared spellings. */
export const ENTRIES: Entry[] = [
  entry({
    id: 'shehbaz-sharif',
    headword: 'Shehbaz Sharif',
    category: 'person',
    shortForms: [{ text: 'Sharif' }, { text: 'Shehbaz' }],
  }),
  entry({
    id: 'nawaz-sharif',
    headword: 'Nawaz Sharif',
    category: 'person',
    shortForms: [{ text: 'Sharif' }, { text: 'Nawaz' }],
  }),
  entry({ id: 'asim-munir', headword: 'Asim Munir', category: 'person', shortForms: [{ text: 'Munir' }] }),
  entry({
    id: 'imran-khan',
    headword: 'Imran Khan',
    category: 'person',
    shortForms: [{ text: 'Khan' }, { text: 'Imran' }],
  }),
  entry({
    id: 'ishfaq-nadeem-ahmad',
    headword: 'Ishfaq Nadeem Ahmad',
    category: 'person',
    shortForms: [{ text: 'Ahmad' }],
  }),
  entry({
    id: 'noor-wali-mehsud',
    headword: 'Noor Wali Mehsud',
    category: 'person',
    shortForms: [{ text: 'Mehsud' }],
  }),
  entry({
    id: 'pervez-musharraf',
    headword: 'Pervez Musharraf',
    category: 'person',
    shortForms: [{ text: 'Musharraf', alone: 'No one else in this news is called Musharraf.' }],
  }),
  entry({ id: 'dera-ismail-khan', headword: 'Dera Ismail Khan', category: 'place' }),
  entry({ id: 'kabul', headword: 'Kabul', category: 'place' }),
  entry({ id: 'pakistan', headword: 'Pakistan', category: 'place' }),
  entry({ id: 'baloch', headword: 'Baloch', category: 'group', aliases: ['Baluch'], surnames: ['Baloch'] }),
  entry({
    id: 'press-trust-of-india',
    headword: 'Press Trust of India',
    category: 'institution',
    abbreviations: ['PTI'],
    ambiguous: ['PTI'],
    cues: { near: ['told', 'news agency', 'agency', 'reported'], shapes: ['dateline', 'byline'] },
  }),
  entry({
    id: 'pti',
    headword: 'Pakistan Tehreek-e-Insaf',
    category: 'movement',
    abbreviations: ['PTI'],
    ambiguous: ['PTI'],
    cues: { entries: ['imran-khan'], words: ['Adiala'], near: ['chairman', 'leaders'] },
    defaultFor: ['PTI'],
  }),
  entry({
    id: 'afghan-taliban',
    headword: 'Afghan Taliban',
    category: 'group',
    aliases: ['Taliban'],
    ambiguous: ['Taliban'],
    cues: { entries: ['kabul'], near: ["afghanistan's", 'ruling'] },
  }),
  entry({
    id: 'ttp',
    headword: 'Tehrik-i-Taliban Pakistan',
    category: 'group',
    abbreviations: ['TTP'],
    aliases: ['Taliban', 'Pakistan Taliban'],
    ambiguous: ['Taliban'],
    cues: { words: ['Waziristan'], near: ['local'] },
    spacedOnly: ['Pakistan Taliban'],
  }),
];

export const { matcher, data } = compileTestPack(ENTRIES);

/** Each mention of the article as [text as written, entry or null, why]. */
export function resolve(...blocks: string[]) {
  return resolveArticle(matcher, data, blocks).map(({ block, match, resolution }) => ({
    text: blocks[block]!.slice(match.start, match.end),
    entryId: resolution.entryId,
    why: resolution.why,
    others: resolution.others,
  }));
}

export const brief = (...blocks: string[]) => resolve(...blocks).map((r) => [r.text, r.entryId]);
