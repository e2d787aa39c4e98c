import { describe, expect, it } from 'vitest';
import { LATER_NAME_MAX_MENTIONS } from '@/utils/constants';
import type { Entry } from '@/utils/glossary/types';
import { resolveArticle } from '@/utils/resolver/read-block';
import { articleReader, compileTestPack, testEntry } from '../../support/test-entries';

const person = (id: string, headword: string, shortForms: Entry['shortForms'], more: Partial<Entry> = {}) =>
  testEntry({ id, headword, category: 'person', shortForms, ...more });

const ENTRIES = [
  person('sirajuddin-haqqani', 'Sirajuddin Haqqani', [{ text: 'Haqqani' }]),
  person('shehbaz-sharif', 'Shehbaz Sharif', [
    { text: 'Sharif' },
    { text: 'PM', title: true },
    { text: 'Defence Minister', title: true },
  ]),
  person('khawaja-asif', 'Khawaja Asif', [{ text: 'Asif' }, { text: 'Defence Minister', title: true }]),
  testEntry({ id: 'kabul', headword: 'Kabul', category: 'place' }),
];
const read = articleReader(ENTRIES);

describe('a short form before the full name', () => {
  it('is the person named in full just after it (a headline, a standfirst)', () => {
    const { matcher, data } = compileTestPack(ENTRIES);
    const got = resolveArticle(matcher, data, ['Haqqani warns Kabul', 'Sirajuddin Haqqani said on Monday.']);
    expect(got.map((r) => r.resolution.entryId)).toEqual([
      'sirajuddin-haqqani',
      'kabul',
      'sirajuddin-haqqani',
    ]);
    expect(got[0]!.resolution.why).toEqual({ kind: 'later', as: 'Sirajuddin Haqqani' });
  });

  it('stays unmarked when a name that is not ours claims the form first', () => {
    expect(read('Haqqani spoke.', 'Anas Haqqani said so.', 'Sirajuddin Haqqani said later.')).toEqual([
      ['Haqqani', null],
      ['Haqqani', null],
      ['Sirajuddin Haqqani', 'sirajuddin-haqqani'],
    ]);
  });

  it('stays unmarked when the full name comes too many mentions later', () => {
    const between = Array.from({ length: LATER_NAME_MAX_MENTIONS }, () => 'Kabul.');
    const got = read('Haqqani spoke.', ...between, 'Sirajuddin Haqqani said.');
    expect(got[0]).toEqual(['Haqqani', null]);
    expect(read('Haqqani spoke.', ...between.slice(1), 'Sirajuddin Haqqani said.')[0]).toEqual([
      'Haqqani',
      'sirajuddin-haqqani',
    ]);
  });

  it('is a title only of the name it stands before, or of the name after its comma', () => {
    // "PM" in a headline is the prime minister the story then names with the title.
    expect(read('PM meets envoys', 'PM Shehbaz Sharif met them.')[0]).toEqual(['PM', 'shehbaz-sharif']);
    // Set off by a comma, a title belongs to the very next name only: here not ours, so unmarked.
    expect(read('The Defence Minister, Mullah Yaqoob, and Khawaja Asif, spoke.')).toEqual([
      ['Defence Minister', null],
      ['Khawaja Asif', 'khawaja-asif'],
    ]);
    expect(read('The Defence Minister, Khawaja Asif, spoke.')).toEqual([
      ['Defence Minister', 'khawaja-asif'],
      ['Khawaja Asif', 'khawaja-asif'],
    ]);
  });

  it('is not taken by a title the person only holds (named without it)', () => {
    // Shehbaz Sharif holds "Defence Minister" in this test pack, but was not named with it.
    expect(read('Defence Minister warns', 'Shehbaz Sharif spoke.')[0]).toEqual(['Defence Minister', null]);
  });
});

describe('a short form safe alone only where the article supports it', () => {
  const entries = [
    person(
      'zabihullah-mujahid',
      'Zabihullah Mujahid',
      [{ text: 'Mujahid', alone: 'The Taliban spokesman.' }],
      {
        ambiguous: ['Mujahid'],
        cues: { entries: ['afghan-taliban'] },
      },
    ),
    testEntry({ id: 'afghan-taliban', headword: 'Afghan Taliban', category: 'group' }),
  ];
  const readCued = articleReader(entries);

  it('is glossed alone with a cue in the article, and left unmarked without one', () => {
    expect(readCued('Mujahid said the Afghan Taliban would respond.')[0]).toEqual([
      'Mujahid',
      'zabihullah-mujahid',
    ]);
    expect(readCued('Mujahid said he would respond.')).toEqual([['Mujahid', null]]);
  });
});

describe('common words that describe a dated event', () => {
  const event = (id: string, from: string, to: string) =>
    testEntry({
      id,
      headword: `Ceasefire ${id}`,
      category: 'event',
      aliases: ['truce'],
      ambiguous: ['truce'],
      cues: { entries: ['afghan-taliban'], published: { from, to, forms: ['truce'] } },
    });
  const entries = [
    event('doha-ceasefire-2025', '2025-10', '2026-06'),
    event('ttp-talks-2021-2022', '2021-10', '2022-12'),
    testEntry({ id: 'afghan-taliban', headword: 'Afghan Taliban', category: 'group' }),
  ];
  const { matcher, data } = compileTestPack(entries);
  const truce = (published: string) =>
    resolveArticle(matcher, data, ['The Afghan Taliban agreed to a truce.'], published)[1]!.resolution
      .entryId;

  it('take the sense whose months hold the article date, with its other cues', () => {
    expect(truce('2025-10')).toBe('doha-ceasefire-2025');
    expect(truce('2022-06')).toBe('ttp-talks-2021-2022');
  });

  it('take the sense whose months hold a year written before them, whatever the article date', () => {
    const read = (text: string, published: string) =>
      resolveArticle(matcher, data, [text], published).at(-1)!.resolution.entryId;
    expect(read('The Afghan Taliban recalled the 2022 truce.', '2025-10')).toBe('ttp-talks-2021-2022');
    expect(read('The Afghan Taliban recalled the 2013 truce.', '2025-10')).toBeNull();
  });

  it('stay unmarked in an article dated outside every window, or not dated at all', () => {
    expect(truce('2024-01')).toBeNull();
    expect(truce('')).toBeNull();
  });

  it('count as dated on an undated page that names by its own name an event that began in the window', () => {
    const clashes = testEntry({
      id: 'oct-2025-clashes',
      headword: 'October 2025 border clashes',
      category: 'event',
      cues: { published: { from: '2025-10', to: '2026-06', forms: [] } },
    });
    const own = compileTestPack([...entries, clashes]);
    const read = (text: string) =>
      resolveArticle(own.matcher, own.data, [text], '').at(-1)!.resolution.entryId;
    expect(read('After the October 2025 border clashes the Afghan Taliban agreed to a truce.')).toBe(
      'doha-ceasefire-2025',
    );
  });
});

describe('descriptions taken once the entry is named (cues.onceNamed)', () => {
  const talks = (id: string, place: string) =>
    testEntry({
      id,
      headword: `Talks in ${place}`,
      category: 'event',
      aliases: ['the talks'],
      ambiguous: ['the talks'],
      cues: { onceNamed: ['the talks'] },
    });
  const read = articleReader([talks('doha-talks', 'Doha'), talks('istanbul-talks', 'Istanbul')]);

  it('take the one entry the article names, before or after them', () => {
    expect(read('Talks in Doha began.', 'The talks lasted a day.')).toEqual([
      ['Talks in Doha', 'doha-talks'],
      ['The talks', 'doha-talks'],
    ]);
    expect(read('The talks went on.', 'Talks in Istanbul began on Saturday.')[0]).toEqual([
      'The talks',
      'istanbul-talks',
    ]);
  });

  it('stay unmarked where the article names none, or several, or words after them say which', () => {
    expect(read('The talks lasted a day.')).toEqual([['The talks', null]]);
    expect(read('Talks in Doha and Talks in Istanbul.', 'The talks lasted a day.')[2]).toEqual([
      'The talks',
      null,
    ]);
    expect(read('Talks in Doha began.', 'The talks in Riyadh lasted a day.')[1]).toEqual(['The talks', null]);
  });

  it('take the entry the article names more than twice as often as any other (its subject)', () => {
    const both = ['Talks in Doha began.', 'Unlike Talks in Istanbul, Talks in Doha went on.'];
    expect(read(...both, 'Talks in Doha ended.', 'The talks lasted a day.')[4]).toEqual([
      'The talks',
      'doha-talks',
    ]);
    expect(read(...both, 'The talks lasted a day.')[3]).toEqual(['The talks', null]);
  });
});

describe('a short form safe alone only where the article supports it', () => {
  const read = articleReader([
    person('asim-munir', 'Asim Munir', [{ text: 'Munir', alone: 'the army chief, with army cues' }], {
      ambiguous: ['Munir'],
      cues: { entries: ['ttp'] },
    }),
    testEntry({ id: 'ttp', headword: 'TTP', category: 'group' }),
  ]);

  it('is glossed with a cue in the article, and not without one', () => {
    expect(read('The TTP struck again.', 'Munir warns Kabul over the attacks.')[1]).toEqual([
      'Munir',
      'asim-munir',
    ]);
    expect(read('Munir warns Kabul over the attacks.')).toEqual([['Munir', null]]);
  });

  it('is not glossed in a Title Case line where a capitalised word follows it', () => {
    expect(read('The TTP struck again.', '— Amb Munir Akram, Permanent Representative To The UN')[1]).toEqual(
      ['Munir', null],
    );
  });
});

describe('a description followed by "of"', () => {
  it('is of something else ("the establishment of a commission"), whatever the article supports', () => {
    const read = articleReader([
      testEntry({ id: 'pakistan', headword: 'Pakistan', category: 'place' }),
      testEntry({
        id: 'establishment',
        headword: 'The establishment',
        category: 'concept',
        aliases: ['the establishment'],
        ambiguous: ['the establishment'],
        cues: { entries: ['pakistan'] },
      }),
    ]);
    expect(read('In Pakistan, the establishment decides.')[1]).toEqual([
      'the establishment',
      'establishment',
    ]);
    expect(read('Pakistan welcomed the establishment of a commission.')[1]).toEqual([
      'the establishment',
      null,
    ]);
  });
});

describe('a title one entry holds in certain months (shortForms held)', () => {
  const held = { from: '2024-02', to: '2027-06' };
  const entries = [
    testEntry({
      id: 'maryam',
      headword: 'Maryam Nawaz',
      category: 'person',
      shortForms: [{ text: 'Punjab CM', title: true, held }],
    }),
    testEntry({
      id: 'buzdar',
      headword: 'Usman Buzdar',
      category: 'person',
      shortForms: [{ text: 'Punjab CM', title: true }],
    }),
  ];
  const { matcher, data } = compileTestPack(entries);
  const read = (published: string, ...blocks: string[]) =>
    resolveArticle(matcher, data, blocks, published).map((g) => g.resolution.entryId);

  it('is its holder with no name near it, in an article dated within those months', () => {
    expect(read('2025-05', 'The Punjab CM spoke.')).toEqual(['maryam']);
    expect(resolveArticle(matcher, data, ['The Punjab CM spoke.'], '2025-05')[0]!.resolution.why).toEqual({
      kind: 'incumbent',
      since: '2024-02',
    });
  });

  it('is no one outside those months, undated or after "former"; named before by another holder, his; named by none where one is named after', () => {
    expect(read('2020-05', 'The Punjab CM spoke.')).toEqual([null]);
    expect(read('', 'The Punjab CM spoke.')).toEqual([null]);
    expect(read('2025-05', 'The former Punjab CM spoke.')).toEqual([null]);
    expect(read('2025-05', 'Usman Buzdar left.', 'The Punjab CM spoke.')).toEqual(['buzdar', 'buzdar']);
    expect(read('2025-05', 'The Punjab CM spoke.', 'Usman Buzdar left.')).toEqual([null, 'buzdar']);
  });
});
