import { describe, expect, it } from 'vitest';
import { checkPack } from '@/utils/glossary/schema';
import type { Entry } from '@/utils/glossary/types';
import { readingRules } from '@/utils/resolver/context-data';
import { readBlock, resolveArticle } from '@/utils/resolver/read-block';
import { resolveScope } from '@/utils/resolver/scope-reading';
import { compileTestPack, TEST_PACK_META, testEntry as entry } from '../../support/test-entries';

const ENTRIES: Entry[] = [
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

const { matcher, data } = compileTestPack(ENTRIES);

/** Each mention of the article as [text as written, entry or null, why]. */
function resolve(...blocks: string[]) {
  return resolveArticle(matcher, data, blocks).map(({ block, match, resolution }) => ({
    text: blocks[block]!.slice(match.start, match.end),
    entryId: resolution.entryId,
    why: resolution.why,
    others: resolution.others,
  }));
}

const brief = (...blocks: string[]) => resolve(...blocks).map((r) => [r.text, r.entryId]);

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

  it('gives the form to the most recent full mention of the two Sharifs', () => {
    expect(
      brief(
        'Nawaz Sharif chaired the meeting. Sharif spoke first.',
        'Shehbaz Sharif arrived later. Then Sharif spoke.',
        'Nawaz Sharif left at noon. Sharif was tired.',
      ),
    ).toEqual([
      ['Nawaz Sharif', 'nawaz-sharif'],
      ['Sharif', 'nawaz-sharif'],
      ['Shehbaz Sharif', 'shehbaz-sharif'],
      ['Sharif', 'shehbaz-sharif'],
      ['Nawaz Sharif', 'nawaz-sharif'],
      ['Sharif', 'nawaz-sharif'],
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

describe('resolveArticle: shared spellings', () => {
  const pti = (...blocks: string[]) => resolve(...blocks).filter((r) => r.text === 'PTI');

  it('reads "(PTI)" after a dateline as the agency', () => {
    expect(pti('Lahore, Jan 3 (PTI) Police arrested two men on Friday.')).toEqual([
      {
        text: 'PTI',
        entryId: 'press-trust-of-india',
        why: { kind: 'shape', shape: 'dateline' },
        others: ['pti'],
      },
    ]);
  });

  it('reads "PTI" after "news agency" or "told" as the agency', () => {
    expect(pti('An official told news agency PTI that the border was shut.')[0]).toMatchObject({
      entryId: 'press-trust-of-india',
      why: { kind: 'near', word: 'news agency' },
    });
    expect(pti('A police officer told PTI that two men were held.')[0]).toMatchObject({
      entryId: 'press-trust-of-india',
      why: { kind: 'near', word: 'told' },
    });
  });

  it('reads the abbreviation defined after a full name as that entry', () => {
    expect(pti('Pakistan Tehreek-e-Insaf (PTI) held a rally.')[0]).toMatchObject({
      entryId: 'pti',
      why: { kind: 'defined' },
    });
    expect(pti('Press Trust of India (PTI) is a news agency.')[0]).toMatchObject({
      entryId: 'press-trust-of-india',
      why: { kind: 'defined' },
    });
  });

  it('takes the declared default for a bare shared spelling with no cue', () => {
    expect(pti('The PTI held a rally on Sunday.')).toEqual([
      { text: 'PTI', entryId: 'pti', why: { kind: 'default' }, others: ['press-trust-of-india'] },
    ]);
  });

  it('leaves a shared spelling with no cue and no default unmarked, listing every sense', () => {
    expect(resolve('Taliban fighters crossed the river.')).toEqual([
      { text: 'Taliban', entryId: null, why: { kind: 'unsettled' }, others: ['afghan-taliban', 'ttp'] },
    ]);
  });

  it('picks a sense by another entry in the article or by a cue word', () => {
    expect(
      resolve('Officials in Kabul met on Monday.', 'Taliban fighters crossed the river.')[1],
    ).toMatchObject({
      entryId: 'afghan-taliban',
      why: { kind: 'entry', entryId: 'kabul' },
      others: ['ttp'],
    });
    expect(resolve('Fighting went on in North Waziristan.', 'Taliban fighters crossed the river.')).toEqual([
      {
        text: 'Taliban',
        entryId: 'ttp',
        why: { kind: 'word', word: 'Waziristan' },
        others: ['afghan-taliban'],
      },
    ]);
    expect(pti('Imran Khan is held in Adiala jail.', 'PTI said it would protest.')[0]).toMatchObject({
      entryId: 'pti',
      why: { kind: 'entry', entryId: 'imran-khan' },
    });
  });

  it('weighs a near word above an entry in the article, and the shape above both', () => {
    expect(pti('Imran Khan is in jail.', 'A jail official told PTI he was well.')[0]).toMatchObject({
      entryId: 'press-trust-of-india',
      why: { kind: 'near', word: 'told' },
    });
    expect(pti('Rawalpindi, Jan 3 (PTI) PTI leaders met Imran Khan in Adiala.')).toMatchObject([
      { entryId: 'press-trust-of-india', why: { kind: 'shape', shape: 'dateline' } },
      { entryId: 'pti', why: { kind: 'near', word: 'leaders' } },
    ]);
  });

  it('reads a one-word cue one word off, its possessive kept ("Afghanistan’s ruling Taliban")', () => {
    expect(resolve('Afghanistan’s ruling Taliban denied it.')[0]).toMatchObject({
      entryId: 'afghan-taliban',
      why: { kind: 'near', word: "afghanistan's" },
    });
  });

  it('glosses "Pakistan Taliban" but not the pair "Pakistan-Taliban talks"', () => {
    expect(resolve('The Pakistan Taliban attacked a post.').map((r) => [r.text, r.entryId])).toEqual([
      ['Pakistan Taliban', 'ttp'],
    ]);
    expect(resolve('Pakistan-Taliban talks resumed in Doha.').map((r) => [r.text, r.entryId, r.why])).toEqual(
      [['Pakistan-Taliban', null, { kind: 'pair' }]],
    );
  });

  it('reads "(PTI)" after a dateline that is or ends in a glossed place as the agency', () => {
    for (const dateline of ['Kabul (PTI)', 'Islamabad, Pakistan (PTI)']) {
      expect(pti(`${dateline} Police arrested two men on Friday.`)[0]).toMatchObject({
        entryId: 'press-trust-of-india',
        why: { kind: 'shape', shape: 'dateline' },
      });
    }
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

describe('resolveScope: the reader’s choices', () => {
  const rules = readingRules(data);
  const scope = (blocks: string[], choices: Map<string, string>) => {
    const read = blocks.map((text) => readBlock(matcher, text, rules));
    const mentions = read.flatMap((b) => b.mentions);
    return resolveScope(
      mentions,
      read.flatMap((b) => b.cues),
      data,
      choices,
    ).map((r, i) => [mentions[i]!.text, r.entryId, r.why.kind, r.others]);
  };

  it('overrides the default, the cues and an antecedent, and says so', () => {
    const blocks = ['Lahore, Jan 3 (PTI) The PTI met.', 'Shehbaz Sharif spoke. Sharif left.'];
    expect(scope(blocks, new Map())).toEqual([
      ['PTI', 'press-trust-of-india', 'shape', ['pti']],
      ['PTI', 'pti', 'default', ['press-trust-of-india']],
      ['Shehbaz Sharif', 'shehbaz-sharif', 'named', []],
      ['Sharif', 'shehbaz-sharif', 'earlier', ['nawaz-sharif']],
    ]);
    const choices = new Map([
      ['pti', 'pti'],
      ['sharif', 'nawaz-sharif'],
    ]);
    expect(scope(blocks, choices)).toEqual([
      ['PTI', 'pti', 'chosen', ['press-trust-of-india']],
      ['PTI', 'pti', 'chosen', ['press-trust-of-india']],
      ['Shehbaz Sharif', 'shehbaz-sharif', 'named', []],
      ['Sharif', 'nawaz-sharif', 'chosen', ['shehbaz-sharif']],
    ]);
  });

  it('ignores a choice that is not among the mention’s candidates', () => {
    expect(scope(['The PTI met.'], new Map([['pti', 'ttp']]))).toEqual([
      ['PTI', 'pti', 'default', ['press-trust-of-india']],
    ]);
  });
});
