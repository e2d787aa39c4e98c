import { describe, expect, it } from 'vitest';
import { checkPack } from '@/utils/glossary/schema';
import { resolveArticle } from '@/utils/resolver/read-block';
import { brief, ENTRIES, resolve } from '../../support/resolver-pack';
import { compileTestPack, TEST_PACK_META, testEntry } from '../../support/test-entries';

describe('resolveArticle: second references', () => {
  it('uses a pack that passes the schema', () => {
    expect(checkPack(TEST_PACK_META, ENTRIES).problems).toEqual([]);
  });

  it('glosses a surname after the full name, saying how it was named earlier', () => {
    const found = resolve(
      'Prime Minister Shehbaz Sharif met the cabinet.',
      'Later, Sharif said the talks went well.',
    );
    expect(found.map((r) => [r.text, r.entryId, r.why])).toEqual([
      ['Shehbaz Sharif', 'shehbaz-sharif', { kind: 'named' }],
      ['Sharif', 'shehbaz-sharif', { kind: 'earlier', as: 'Shehbaz Sharif' }],
    ]);
  });

  it('gives a surname shared by two of ours to the one named first, until the other is named more often', () => {
    expect(
      brief(
        'Nawaz Sharif chaired the meeting. Sharif spoke first.',
        'His brother Shehbaz Sharif arrived later. Then Sharif spoke again.',
        'Shehbaz Sharif left at noon. Sharif was tired.',
      ),
    ).toEqual([
      ['Nawaz Sharif', 'nawaz-sharif'],
      ['Sharif', 'nawaz-sharif'],
      ['Shehbaz Sharif', 'shehbaz-sharif'],
      ['Sharif', 'nawaz-sharif'],
      ['Shehbaz Sharif', 'shehbaz-sharif'],
      ['Sharif', 'shehbaz-sharif'],
    ]);
  });

  it('reads a possessive short form ("Munir\'s", "Munir’s")', () => {
    const found = resolve(
      "Army chief Asim Munir visited troops. Munir's speech was short; Munir’s aides agreed.",
    );
    expect(found.map((r) => [r.text, r.entryId, r.why.kind])).toEqual([
      ['Asim Munir', 'asim-munir', 'named'],
      ['Munir', 'asim-munir', 'earlier'],
      ['Munir', 'asim-munir', 'earlier'],
    ]);
  });

  it('leaves a short form with no antecedent unmarked, unless it is safe alone', () => {
    expect(resolve('Munir said the army was ready.').map((r) => [r.entryId, r.why])).toEqual([
      [null, { kind: 'no-antecedent' }],
    ]);
    expect(resolve('Musharraf ruled for nine years.').map((r) => [r.entryId, r.why])).toEqual([
      ['pervez-musharraf', { kind: 'alone' }],
    ]);
  });

  it('lets a name that is not ours claim its form, until a full mention of ours takes it back', () => {
    const found = resolve(
      'Police officer Saleem Mehsud said the road was closed.',
      'Mehsud said more police would come.',
      'TTP chief Noor Wali Mehsud denied it. Mehsud spoke by phone.',
    );
    expect(found.map((r) => [r.text, r.entryId, r.why.kind])).toEqual([
      ['Mehsud', null, 'name'],
      ['Mehsud', null, 'name'],
      ['TTP', 'ttp', 'named'],
      ['Noor Wali Mehsud', 'noor-wali-mehsud', 'named'],
      ['Mehsud', 'noor-wali-mehsud', 'earlier'],
    ]);
  });

  it('does not take a capitalised sentence opener for a given name ("Has Mehsud…?")', () => {
    const found = resolve(
      'TTP chief Noor Wali Mehsud spoke.',
      'Has Mehsud left? Speaking on Monday, Mehsud said no.',
    );
    expect(found.map((r) => [r.text, r.entryId])).toEqual([
      ['TTP', 'ttp'],
      ['Noor Wali Mehsud', 'noor-wali-mehsud'],
      ['Mehsud', 'noor-wali-mehsud'],
      ['Mehsud', 'noor-wali-mehsud'],
    ]);
  });

  it('lets only the last word of a longer name claim: "Ahmad Khan Qureshi" is later "Qureshi"', () => {
    const found = resolve(
      'Lt Gen Ishfaq Nadeem Ahmad met the committee.',
      'Ahmad Khan Qureshi, a lawyer, objected.',
      'Ahmad later said the matter was closed.',
    );
    expect(found.map((r) => [r.text, r.entryId, r.why.kind])).toEqual([
      ['Ishfaq Nadeem Ahmad', 'ishfaq-nadeem-ahmad', 'named'],
      ['Ahmad', null, 'name'],
      ['Khan', null, 'name'],
      ['Ahmad', 'ishfaq-nadeem-ahmad', 'earlier'],
    ]);
  });

  it('never gives the "Khan" of "Dera Ismail Khan" to a person', () => {
    expect(brief('Imran Khan spoke in Dera Ismail Khan. Khan said he would return.')).toEqual([
      ['Imran Khan', 'imran-khan'],
      ['Dera Ismail Khan', 'dera-ismail-khan'],
      ['Khan', 'imran-khan'],
    ]);
    // Without the place in the glossary, "Khan" there is the last word of a longer name, not ours.
    const withoutPlace = compileTestPack(ENTRIES.filter((e) => e.id !== 'dera-ismail-khan'));
    const text = 'Imran Khan spoke in Dera Ismail Khan on Friday.';
    const found = resolveArticle(withoutPlace.matcher, withoutPlace.data, [text]);
    expect(found.map((r) => [text.slice(r.match.start, r.match.end), r.resolution.entryId])).toEqual([
      ['Imran Khan', 'imran-khan'],
      ['Khan', null],
    ]);
    expect(found[1]!.resolution.why).toEqual({ kind: 'name' });
  });

  it('does not read the "Sharif" of "Mazar-i-Sharif" as a person, nor let it claim the form', () => {
    const found = resolve('Shehbaz Sharif spoke of Mazar-i-Sharif. Sharif said trade would grow.');
    expect(found.map((r) => [r.text, r.entryId, r.why.kind])).toEqual([
      ['Shehbaz Sharif', 'shehbaz-sharif', 'named'],
      ['Sharif', null, 'name'],
      ['Sharif', 'shehbaz-sharif', 'earlier'],
    ]);
  });

  it('leaves a surname followed by a kin word unmarked ("the Mehsud tribe")', () => {
    const found = resolve('Noor Wali Mehsud leads the TTP. Elders of the Mehsud tribe met on Monday.');
    expect(found.map((r) => [r.text, r.entryId, r.why.kind])).toEqual([
      ['Noor Wali Mehsud', 'noor-wali-mehsud', 'named'],
      ['TTP', 'ttp', 'named'],
      ['Mehsud', null, 'kin'],
    ]);
  });

  it('resolves a short form after a title ("PM Shehbaz", "Gen Munir")', () => {
    expect(
      brief(
        'Shehbaz Sharif and Asim Munir met on Monday.',
        'PM Shehbaz praised the army; Gen Munir thanked him.',
      ),
    ).toEqual([
      ['Shehbaz Sharif', 'shehbaz-sharif'],
      ['Asim Munir', 'asim-munir'],
      ['Shehbaz', 'shehbaz-sharif'],
      ['Munir', 'asim-munir'],
    ]);
  });

  it('ignores capitalised neighbours in a Title Case headline', () => {
    expect(brief('Army chief Asim Munir visited the border.', 'Munir Tells Troops To Stay Ready')).toEqual([
      ['Asim Munir', 'asim-munir'],
      ['Munir', 'asim-munir'],
    ]);
    // The same words in prose make "Munir" part of a longer name.
    expect(brief('Army chief Asim Munir visited the border.', 'Then Munir Tells was seen.')).toEqual([
      ['Asim Munir', 'asim-munir'],
      ['Munir', null],
    ]);
  });
});

describe('resolveArticle: what is not prose', () => {
  it('leaves terms in URLs, e-mail addresses, handles and codes unmarked', () => {
    const found = resolve(
      'Shehbaz Sharif spoke.',
      'See https://example.com/news/Sharif-speech or www.example.com/PTI today.',
      'Write to press@PTI.example or follow @PTI for news.',
      'See country_pakistan_report for Pakistan.',
    );
    expect(found.map((r) => [r.text, r.entryId, r.why.kind])).toEqual([
      ['Shehbaz Sharif', 'shehbaz-sharif', 'named'],
      ['Sharif', null, 'not-prose'],
      ['PTI', null, 'not-prose'],
      ['PTI', null, 'not-prose'],
      ['PTI', null, 'not-prose'],
      ['Pakistan', 'pakistan', 'named'],
    ]);
  });
});

describe('resolveArticle: surnames', () => {
  it('leaves a surname spelling unmarked inside a personal name and after it, and glosses it elsewhere', () => {
    expect(
      resolve('Spokesperson Mumtaz Zahra Baloch briefed reporters.', 'Baloch said talks were under way.').map(
        (r) => [r.text, r.entryId, r.why.kind],
      ),
    ).toEqual([
      ['Baloch', null, 'name'],
      ['Baloch', null, 'name'],
    ]);
    expect(resolve('Baloch leaders met in Quetta.').map((r) => [r.text, r.entryId, r.why.kind])).toEqual([
      ['Baloch', 'baloch', 'named'],
    ]);
  });
});

describe('resolveArticle: a surname safe alone where the article supports it', () => {
  const entries = [
    testEntry({ id: 'pti', headword: 'PTI', category: 'party' }),
    testEntry({
      id: 'imran-khan',
      headword: 'Imran Khan',
      category: 'person',
      ambiguous: ['Khan'],
      shortForms: [
        { text: 'Khan', alone: 'In a PTI story a bare Khan is its founder.' },
        { text: 'prime minister', title: true },
      ],
      cues: { entries: ['pti'] },
    }),
    testEntry({
      id: 'omar-ayub',
      headword: 'Omar Ayub Khan',
      category: 'person',
      shortForms: [{ text: 'Ayub' }],
    }),
  ];
  const { matcher, data } = compileTestPack(entries);
  const read = (...blocks: string[]) =>
    resolveArticle(matcher, data, blocks).map((r) => [
      blocks[r.block]!.slice(r.match.start, r.match.end),
      r.resolution.entryId,
    ]);

  it('is glossed with its cues, and not without them', () => {
    expect(read('The PTI met. Khan spoke.')).toEqual([
      ['PTI', 'pti'],
      ['Khan', 'imran-khan'],
    ]);
    expect(read('Khan spoke.')).toEqual([['Khan', null]]);
  });

  it('is read by the title before it first ("Pakistan prime minister Khan")', () => {
    expect(read('Then Pakistan prime minister Khan spoke.')).toEqual([
      ['prime minister', null],
      ['Khan', 'imran-khan'],
    ]);
  });

  it('is kept from it by a name of ours that ends in it and was named first', () => {
    expect(read('The PTI named Omar Ayub Khan. Khan spoke.')).toEqual([
      ['PTI', 'pti'],
      ['Omar Ayub Khan', 'omar-ayub'],
      ['Khan', null],
    ]);
    expect(read('The PTI of Imran Khan named Omar Ayub Khan. Khan spoke.').at(-1)).toEqual([
      'Khan',
      'imran-khan',
    ]);
  });
});

describe('resolveArticle: a people and a person of that name', () => {
  it('reads "the Baloch community" as the people, and "Baloch said" as the person named before', () => {
    const { matcher, data } = compileTestPack([
      ...ENTRIES,
      testEntry({
        id: 'mahrang-baloch',
        headword: 'Mahrang Baloch',
        category: 'person',
        shortForms: [{ text: 'Baloch' }],
      }),
    ]);
    const blocks = [
      'Police arrested Mahrang Baloch in Quetta.',
      'The Baloch community protested.',
      'Later Baloch said she would not stop.',
    ];
    const read = resolveArticle(matcher, data, blocks).map((r) => [
      blocks[r.block]!.slice(r.match.start, r.match.end),
      r.resolution.entryId,
    ]);
    expect(read).toEqual([
      ['Mahrang Baloch', 'mahrang-baloch'],
      ['Baloch', 'baloch'],
      ['Baloch', 'mahrang-baloch'],
    ]);
  });
});
