import { describe, expect, it } from 'vitest';
import { checkPack } from '@/utils/glossary/schema';
import { articleReader, TEST_PACK_META, testEntry } from '../../support/test-entries';

const ENTRIES = [
  testEntry({ id: 'islamabad', headword: 'Islamabad', category: 'place' }),
  testEntry({ id: 'pakistan', headword: 'Pakistan', category: 'place' }),
  testEntry({
    id: 'foreign-office',
    headword: "Pakistan's Foreign Office",
    category: 'institution',
    aliases: ['Foreign Office'],
    abbreviations: ['FO'],
    ambiguous: ['Foreign Office'],
    cues: { entries: ['pakistan', 'islamabad'] },
  }),
  testEntry({
    id: 'zardari',
    headword: 'Asif Ali Zardari',
    category: 'person',
    shortForms: [{ text: 'President', title: true }],
  }),
];
const read = articleReader(ENTRIES);

describe('places inside longer names', () => {
  it('leaves a place unmarked when a capitalised name goes on after it, and glosses it otherwise', () => {
    expect(read('The Islamabad High Court ruled in Islamabad on Monday.')).toEqual([
      ['Islamabad', null],
      ['Islamabad', 'islamabad'],
    ]);
    expect(read('Pakistan Democratic Movement leaders met. Pakistan said no.')).toEqual([
      ['Pakistan', null],
      ['Pakistan', 'pakistan'],
    ]);
  });

  it('is never part of a person’s name: the surname after it is still the person’s', () => {
    const muttaqi = testEntry({
      id: 'muttaqi',
      headword: 'Amir Khan Muttaqi',
      category: 'person',
      shortForms: [{ text: 'Muttaqi' }],
    });
    expect(
      articleReader([...ENTRIES, muttaqi])(
        'Amir Khan Muttaqi will visit.',
        'An official told reporters in Islamabad Muttaqi will arrive. Muttaqi’s visit is his first.',
      ),
    ).toEqual([
      ['Amir Khan Muttaqi', 'muttaqi'],
      ['Islamabad', null],
      ['Muttaqi', 'muttaqi'],
      ['Muttaqi', 'muttaqi'],
    ]);
  });

  it('glosses a place followed by "Province" or "District", which do not make it a longer name', () => {
    expect(read('Fighting spread in Islamabad District and Islamabad Capital Territory.')).toEqual([
      ['Islamabad', 'islamabad'],
      ['Islamabad', null],
    ]);
  });

  it('keeps the place in a Title Case headline', () => {
    expect(read('Islamabad Court Rejects Bail Plea Again')).toEqual([['Islamabad', 'islamabad']]);
  });
});

describe('a spelling ambiguous with nothing else in the glossary', () => {
  it('is glossed only where a cue in the article supports it', () => {
    expect(read('The Foreign Office in London said so.')).toEqual([['Foreign Office', null]]);
    expect(read('The Foreign Office said so.', 'Pakistan agreed.')).toEqual([
      ['Foreign Office', 'foreign-office'],
      ['Pakistan', 'pakistan'],
    ]);
  });

  it('does not support itself, but an unambiguous mention of the entry does', () => {
    expect(read('The Foreign Office said so. The Foreign Office repeated it.')).toEqual([
      ['Foreign Office', null],
      ['Foreign Office', null],
    ]);
    expect(read('The FO said so. The Foreign Office repeated it.')).toEqual([
      ['FO', 'foreign-office'],
      ['Foreign Office', 'foreign-office'],
    ]);
  });

  it('needs cues in the data, or the schema refuses it', () => {
    const bare = testEntry({
      id: 'fo',
      headword: 'Foreign Office',
      category: 'institution',
      ambiguous: ['Foreign Office'],
    });
    expect(checkPack(TEST_PACK_META, [bare]).problems.map((p) => p.field)).toEqual(['ambiguous']);
    expect(checkPack(TEST_PACK_META, ENTRIES).problems).toEqual([]);
  });
});

describe('a one-word title in lower case', () => {
  it('counts after "the", not before "of" and not elsewhere', () => {
    expect(
      read(
        'President Asif Ali Zardari spoke.',
        'The president left; the president of the club and a president stayed.',
      ),
    ).toEqual([
      ['President', 'zardari'],
      ['Asif Ali Zardari', 'zardari'],
      ['president', 'zardari'],
      ['president', null],
      ['president', null],
    ]);
  });
});
