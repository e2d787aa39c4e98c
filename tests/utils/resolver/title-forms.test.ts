import { describe, expect, it } from 'vitest';
import { checkPack } from '@/utils/glossary/schema';
import type { Entry } from '@/utils/glossary/types';
import { resolveArticle } from '@/utils/resolver/read-block';
import { articleReader, compileTestPack, TEST_PACK_META, testEntry } from '../../support/test-entries';

const person = (id: string, headword: string, shortForms: Entry['shortForms']): Entry =>
  testEntry({ id, headword, category: 'person', shortForms });

const ENTRIES = [
  person('shehbaz-sharif', 'Shehbaz Sharif', [
    { text: 'Prime Minister', title: true },
    { text: 'PM', title: true },
  ]),
  person('imran-khan', 'Imran Khan', [{ text: 'Prime Minister', title: true }]),
  person('asif-ali-zardari', 'Asif Ali Zardari', [{ text: 'President', title: true }]),
  person('ishaq-dar', 'Ishaq Dar', [
    { text: 'Deputy Prime Minister', title: true },
    { text: 'Foreign Minister', title: true },
  ]),
];
const read = articleReader(ENTRIES);

describe('title forms', () => {
  it('are valid in the schema, and a title safe alone is refused', () => {
    expect(checkPack(TEST_PACK_META, ENTRIES).problems).toEqual([]);
    const alone = person('x', 'X Y', [{ text: 'Prime Minister', title: true, alone: 'never' }]);
    expect(checkPack(TEST_PACK_META, [alone]).problems.map((p) => p.field)).toEqual(['shortForms[0].alone']);
  });

  it('refer to the person only after a full mention the title stood right before, in any case', () => {
    expect(read('Prime Minister Shehbaz Sharif met the envoy.', 'Later the prime minister said so.')).toEqual(
      [
        ['Prime Minister', null],
        ['Shehbaz Sharif', 'shehbaz-sharif'],
        ['prime minister', 'shehbaz-sharif'],
      ],
    );
  });

  it('are claimed by a full or short form that begins with the title ("PM Shehbaz")', () => {
    const withAlias = [
      person('shehbaz-sharif', 'Shehbaz Sharif', [
        { text: 'PM Shehbaz', alone: 'Only he is PM Shehbaz.' },
        { text: 'PM', title: true },
      ]),
    ];
    const own = compileTestPack(withAlias);
    const blocks = ['PM Shehbaz met the envoy.', 'The PM left.'];
    const got = resolveArticle(own.matcher, own.data, blocks);
    expect(got.map((r) => r.resolution.entryId)).toEqual(['shehbaz-sharif', 'shehbaz-sharif']);
    expect(got[1]!.resolution.why).toEqual({ kind: 'earlier', as: 'PM Shehbaz' });
  });

  it('give back the name they begin with when they stand before a name ("Foreign Office Spokesperson X")', () => {
    const entries = [
      testEntry({ id: 'foreign-office', headword: 'Foreign Office', category: 'institution' }),
      person('tahir-andrabi', 'Tahir Andrabi', [{ text: 'Foreign Office Spokesperson', title: true }]),
    ];
    expect(
      articleReader(entries)(
        'Foreign Office Spokesperson Tahir Andrabi said so.',
        'Later the Foreign Office Spokesperson added more.',
      ),
    ).toEqual([
      ['Foreign Office', 'foreign-office'],
      ['Tahir Andrabi', 'tahir-andrabi'],
      ['Foreign Office Spokesperson', 'tahir-andrabi'],
    ]);
  });

  it('that begin with an abbreviation stay titles: the person named before, else unmarked', () => {
    const entries = [
      testEntry({
        id: 'jui-f',
        headword: 'Jamiat Ulema-e-Islam (F)',
        category: 'party',
        abbreviations: ['JUI-F'],
      }),
      person('fazl', 'Fazlur Rehman', [{ text: 'JUI-F chief', title: true }]),
    ];
    const reader = articleReader(entries);
    // A title that names no one here still names the body it begins with.
    expect(reader('A JUI-F chief would not say so.')).toEqual([['JUI-F', 'jui-f']]);
    expect(reader('JUI-F chief Fazlur Rehman spoke.', 'The JUI-F chief said so.')).toEqual([
      ['JUI-F', 'jui-f'],
      ['Fazlur Rehman', 'fazl'],
      ['JUI-F chief', 'fazl'],
    ]);
    // Named in full without it, he still holds his title.
    expect(reader('Fazlur Rehman, who leads the party, spoke.', 'The JUI-F chief said so.')).toEqual([
      ['Fazlur Rehman', 'fazl'],
      ['JUI-F chief', 'fazl'],
    ]);
    // With no one named who holds it, "the JUI-F chief" is glossed as the party it begins with.
    expect(reader('The JUI-F chief said so.')).toEqual([['JUI-F', 'jui-f']]);
  });

  it('are held by a bare full mention of a name without short forms, but not by a former holder', () => {
    // "SBP Governor Jameel Ahmad … the governor said": an entry needs no short forms to hold its titles.
    expect(read('Shehbaz Sharif met the envoy. The Prime Minister said so.')).toEqual([
      ['Shehbaz Sharif', 'shehbaz-sharif'],
      ['Prime Minister', 'shehbaz-sharif'],
    ]);
    expect(read('Former Prime Minister Imran Khan spoke. The prime minister did not.')).toEqual([
      ['Prime Minister', null],
      ['Imran Khan', 'imran-khan'],
      ['prime minister', null],
    ]);
  });

  it('are held by a person named in full who has short forms, unless a name claimed them first', () => {
    const entries = [
      person('khawaja-asif', 'Khawaja Asif', [{ text: 'Asif' }, { text: 'Defence Minister', title: true }]),
      person('mullah-yaqoob', 'Mullah Yaqoob', [
        { text: 'Yaqoob' },
        { text: 'Defence Minister', title: true },
      ]),
    ];
    const reader = articleReader(entries);
    expect(reader('Khawaja Asif met the envoy.', 'Later the Defence Minister said so.')).toEqual([
      ['Khawaja Asif', 'khawaja-asif'],
      ['Defence Minister', 'khawaja-asif'],
    ]);
    // Named with the title before him, Yaqoob holds it; a later bare name does not take it from him.
    expect(
      reader('Defence Minister Mullah Yaqoob spoke.', 'Khawaja Asif replied.', 'The Defence Minister left.'),
    ).toEqual([
      ['Defence Minister', null],
      ['Mullah Yaqoob', 'mullah-yaqoob'],
      ['Khawaja Asif', 'khawaja-asif'],
      ['Defence Minister', 'mullah-yaqoob'],
    ]);
  });

  it('right after "Name, the" or "Name as the" are that name’s, and stay his', () => {
    const entries = [
      person('khawaja-asif', 'Khawaja Asif', [{ text: 'Asif' }, { text: 'Defence Minister', title: true }]),
      person('mullah-yaqoob', 'Mullah Yaqoob', [
        { text: 'Yaqoob' },
        { text: 'Defence Minister', title: true },
      ]),
      person('hassan-akhund', 'Hassan Akhund', [{ text: 'Prime Minister', title: true }]),
    ];
    const reader = articleReader(entries);
    expect(
      reader(
        'Khawaja Asif spoke.',
        'Mullah Yaqoob, the Defence Minister, replied.',
        'The Defence Minister left.',
      ),
    ).toEqual([
      ['Khawaja Asif', 'khawaja-asif'],
      ['Mullah Yaqoob', 'mullah-yaqoob'],
      ['Defence Minister', 'mullah-yaqoob'],
      ['Defence Minister', 'mullah-yaqoob'],
    ]);
    expect(reader('The Taliban named Hassan Akhund as the Prime Minister.')).toEqual([
      ['Hassan Akhund', 'hassan-akhund'],
      ['Prime Minister', 'hassan-akhund'],
    ]);
    // "Khawaja Asif, the Defence Minister’s aide": a possessive is someone else's.
    expect(reader('Khawaja Asif spoke.', 'Mullah Yaqoob, the Defence Minister’s aide, spoke.')[2]).toEqual([
      'Defence Minister',
      'khawaja-asif',
    ]);
  });

  it('set off before a name by a comma wait for that name, whoever held them before', () => {
    const entries = [
      person('khawaja-asif', 'Khawaja Asif', [{ text: 'Asif' }, { text: 'Defence Minister', title: true }]),
      person('mullah-yaqoob', 'Mullah Yaqoob', [
        { text: 'Yaqoob' },
        { text: 'Defence Minister', title: true },
      ]),
    ];
    expect(
      articleReader(entries)(
        'Mullah Yaqoob spoke first.',
        'Pakistan’s Defence Minister, Khawaja Asif, replied.',
        'The Taliban’s Defence Minister, Abdul Rahman, was absent.',
      ),
    ).toEqual([
      ['Mullah Yaqoob', 'mullah-yaqoob'],
      ['Defence Minister', 'khawaja-asif'],
      ['Khawaja Asif', 'khawaja-asif'],
      ['Defence Minister', null],
    ]);
  });

  it('before an honorific and a name are that name’s, not an earlier holder’s', () => {
    const entries = [
      person('khawaja-asif', 'Khawaja Asif', [{ text: 'Asif' }, { text: 'Defence Minister', title: true }]),
    ];
    expect(
      articleReader(entries)('Khawaja Asif spoke.', 'Defence Minister Mullah Md Yaqub replied.'),
    ).toEqual([
      ['Khawaja Asif', 'khawaja-asif'],
      ['Defence Minister', null],
    ]);
  });

  it('named with one present title, are all his present titles, whoever held them before', () => {
    const entries = [
      person('nawaz-sharif', 'Nawaz Sharif', [
        { text: 'Nawaz' },
        { text: 'Prime Minister', title: true },
        { text: 'PM', title: true },
      ]),
      person('shehbaz-sharif', 'Shehbaz Sharif', [
        { text: 'Shehbaz' },
        { text: 'Prime Minister', title: true },
        { text: 'PM', title: true },
      ]),
    ];
    expect(
      articleReader(entries)(
        'Nawaz Sharif chaired the meeting.',
        'Prime Minister Shehbaz Sharif attended. An adviser to the PM spoke.',
      ),
    ).toEqual([
      ['Nawaz Sharif', 'nawaz-sharif'],
      ['Prime Minister', null],
      ['Shehbaz Sharif', 'shehbaz-sharif'],
      ['PM', 'shehbaz-sharif'],
    ]);
  });

  it('named as a former holder, are his "former" titles only', () => {
    const entries = [
      person('imran-khan', 'Imran Khan', [
        { text: 'Khan' },
        { text: 'Prime Minister', title: true },
        { text: 'former Prime Minister', title: true },
        { text: 'former premier', title: true },
      ]),
    ];
    expect(
      articleReader(entries)(
        'The former Prime Minister Imran Khan spoke.',
        'The former premier said so. The Prime Minister did not.',
      ),
    ).toEqual([
      ['former Prime Minister', null],
      ['Imran Khan', 'imran-khan'],
      ['former premier', 'imran-khan'],
      ['Prime Minister', null],
    ]);
  });

  it('that end a longer title are held too: "SBP Governor X … the governor"', () => {
    const entries = [
      person('jameel-ahmad', 'Jameel Ahmad', [
        { text: 'SBP Governor', title: true },
        { text: 'Governor', title: true },
      ]),
    ];
    expect(articleReader(entries)('SBP Governor Jameel Ahmad spoke.', 'The governor said so.')).toEqual([
      ['SBP Governor', null],
      ['Jameel Ahmad', 'jameel-ahmad'],
      ['governor', 'jameel-ahmad'],
    ]);
  });

  it('after "Deputy" are a deputy’s title, not the holder’s', () => {
    const entries = [
      person('mohsin-naqvi', 'Mohsin Naqvi', [{ text: 'Naqvi' }, { text: 'Interior Minister', title: true }]),
    ];
    expect(
      articleReader(entries)(
        'Mohsin Naqvi met his Afghan counterpart.',
        'Afghanistan’s Deputy Interior Minister also attended. The Interior Minister left.',
      ),
    ).toEqual([
      ['Mohsin Naqvi', 'mohsin-naqvi'],
      ['Interior Minister', null],
      ['Interior Minister', 'mohsin-naqvi'],
    ]);
  });

  it('before another person’s name are that person’s title, and the longest title wins', () => {
    expect(
      read(
        'Deputy Prime Minister Ishaq Dar met Prime Minister Narendra Modi. The deputy prime minister left.',
      ),
    ).toEqual([
      ['Deputy Prime Minister', null],
      ['Ishaq Dar', 'ishaq-dar'],
      ['Prime Minister', null],
      ['deputy prime minister', 'ishaq-dar'],
    ]);
  });

  it('of one word: "President" as written, "PM" never as "pm"', () => {
    expect(read('President Asif Ali Zardari spoke. The President left at 5 pm.')).toEqual([
      ['President', null],
      ['Asif Ali Zardari', 'asif-ali-zardari'],
      ['President', 'asif-ali-zardari'],
    ]);
  });
});

describe('a short form named with a title and no earlier full name', () => {
  const entries = [
    person('muhammad-aurangzeb', 'Muhammad Aurangzeb', [
      { text: 'Aurangzeb' },
      { text: 'Finance Minister', title: true },
    ]),
    person('marriyum-aurangzeb', 'Marriyum Aurangzeb', [
      { text: 'Aurangzeb' },
      { text: 'Senior Minister', title: true },
    ]),
  ];
  const { matcher, data } = compileTestPack(entries);
  const resolve = (...blocks: string[]) => resolveArticle(matcher, data, blocks).map((r) => r.resolution);

  it('is the one whose entry holds that title, and keeps the form for later mentions', () => {
    const [title, named, later] = resolve(
      'Finance Minister Aurangzeb presented the budget.',
      'Aurangzeb said so.',
    );
    expect(title!.entryId).toBeNull();
    expect(named).toMatchObject({
      entryId: 'muhammad-aurangzeb',
      why: { kind: 'titled', title: 'finance minister' },
    });
    expect(later).toMatchObject({ entryId: 'muhammad-aurangzeb', why: { kind: 'earlier' } });
  });

  it('stays unmarked with a title neither holds, or none', () => {
    expect(resolve('Information Minister Aurangzeb spoke.').map((r) => r.entryId)).toEqual([null]);
    expect(resolve('Aurangzeb spoke.').map((r) => r.entryId)).toEqual([null]);
  });
});

describe('a title that names no one in the article', () => {
  const read = articleReader([
    testEntry({
      id: 'foreign-office',
      headword: 'Foreign Office',
      category: 'institution',
      abbreviations: ['FO'],
    }),
    person('tahir-andrabi', 'Tahir Andrabi', [{ text: 'FO spokesperson', title: true }]),
  ]);

  it('is glossed as the body its first words name', () => {
    expect(read('The FO spokesperson said so.')).toEqual([['FO', 'foreign-office']]);
  });

  it('is still its holder’s where he is named', () => {
    expect(read('Tahir Andrabi spoke.', 'The FO spokesperson said so.')).toEqual([
      ['Tahir Andrabi', 'tahir-andrabi'],
      ['FO spokesperson', 'tahir-andrabi'],
    ]);
  });
});

describe('a title that is also an office’s own name, in lower case without "the"', () => {
  const read = articleReader([
    testEntry({ id: 'chief-minister', headword: 'Chief Minister', category: 'institution' }),
    person('murad-ali-shah', 'Murad Ali Shah', [{ text: 'Chief Minister', title: true }]),
  ]);

  it('is the office, not the holder named before it', () => {
    expect(read('Murad Ali Shah to continue as chief minister.')).toEqual([
      ['Murad Ali Shah', 'murad-ali-shah'],
      ['chief minister', 'chief-minister'],
    ]);
  });

  it('is the holder as "the chief minister"', () => {
    expect(read('Murad Ali Shah spoke.', 'Later the chief minister left.')[1]).toEqual([
      'chief minister',
      'murad-ali-shah',
    ]);
  });
});
