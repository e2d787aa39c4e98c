import { describe, expect, it } from 'vitest';
import { resolveArticle } from '@/utils/resolver/read-block';
import { articleReader, compileTestPack, testEntry } from '../../support/test-entries';
import { person, TITLED_PEOPLE as ENTRIES } from '../../support/titled-people';

const read = articleReader(ENTRIES);

describe('titles held by a person named in the article', () => {
  it('are held by a bare full mention of a name without short forms, but not by a former holder', () => {
    // "SBP Governor Jameel Ahmad … the governor said": an entry needs no short forms to hold its titles.
    expect(read('Shehbaz Sharif met the envoy. The Prime Minister said so.')).toEqual([
      ['Shehbaz Sharif', 'shehbaz-sharif'],
      ['Prime Minister', 'shehbaz-sharif'],
    ]);
    expect(read('Former Prime Minister Imran Khan spoke. The prime minister did not.')).toEqual([
      ['Prime Minister', 'imran-khan'],
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
      ['Defence Minister', 'mullah-yaqoob'],
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
      ['Prime Minister', 'shehbaz-sharif'],
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
      ['former Prime Minister', 'imran-khan'],
      ['Imran Khan', 'imran-khan'],
      ['former premier', 'imran-khan'],
      ['Prime Minister', null],
    ]);
    // Its case is that of the words after "former": set off by a comma, it waits for the name.
    expect(articleReader(entries)('Its founder and former Prime Minister, Imran Khan, denied it.')).toEqual([
      ['former Prime Minister', 'imran-khan'],
      ['Imran Khan', 'imran-khan'],
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
      ['SBP Governor', 'jameel-ahmad'],
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
      ['Deputy Prime Minister', 'ishaq-dar'],
      ['Ishaq Dar', 'ishaq-dar'],
      ['Prime Minister', null],
      ['deputy prime minister', 'ishaq-dar'],
    ]);
  });

  it('of one word: "President" as written, "PM" never as "pm"', () => {
    expect(read('President Asif Ali Zardari spoke. The President left at 5 pm.')).toEqual([
      ['President', 'asif-ali-zardari'],
      ['Asif Ali Zardari', 'asif-ali-zardari'],
      ['President', 'asif-ali-zardari'],
    ]);
  });
});

describe('a title right before the full name of one of ours who holds it', () => {
  const munir = person('asim-munir', 'Asim Munir', [
    { text: 'Chief of Army Staff', title: true },
    { text: 'COAS', title: true },
    { text: 'army chief', title: true },
    { text: 'Field Marshal', title: true },
  ]);
  const office = testEntry({
    id: 'coas',
    headword: 'Chief of Army Staff',
    category: 'institution',
    aliases: ['COAS'],
  });
  const reader = articleReader([munir, office, ...ENTRIES]);

  it('is that person, across honorifics and with its abbreviation in brackets', () => {
    expect(reader('Chief of Army Staff Field Marshal Syed Asim Munir spoke.')).toEqual([
      ['Chief of Army Staff', 'asim-munir'],
      ['Field Marshal', 'asim-munir'],
      ['Asim Munir', 'asim-munir'],
    ]);
    expect(reader('Chief of Army Staff (COAS) Gen Asim Munir spoke.')).toEqual([
      ['Chief of Army Staff', 'asim-munir'],
      ['COAS', 'asim-munir'],
      ['Asim Munir', 'asim-munir'],
    ]);
  });

  it('is that person across another of his titles ("Field Marshal"), which is his too', () => {
    const own = [munir, office, testEntry({ id: 'fm', headword: 'Field Marshal', category: 'concept' })];
    expect(articleReader(own)('COAS Field Marshal Asim Munir spoke.')).toEqual([
      ['COAS', 'asim-munir'],
      ['Field Marshal', 'asim-munir'],
      ['Asim Munir', 'asim-munir'],
    ]);
  });

  it('names him in a headline before it too: his other present titles wait for him', () => {
    expect(reader('Army chief warns Kabul', 'Chief of Army Staff Asim Munir said on Monday.')).toEqual([
      ['Army chief', 'asim-munir'],
      ['Chief of Army Staff', 'asim-munir'],
      ['Asim Munir', 'asim-munir'],
    ]);
  });

  it('says it was read from the name after it', () => {
    const { matcher, data } = compileTestPack([munir, office]);
    const [coas] = resolveArticle(matcher, data, ['COAS Asim Munir spoke.']);
    expect(coas!.resolution).toEqual({
      entryId: 'asim-munir',
      why: { kind: 'later', as: 'Asim Munir' },
      others: ['coas'],
    });
  });

  it('stays the office with no name after it, and unmarked before a name that is not ours', () => {
    expect(reader('The Chief of Army Staff spoke.')).toEqual([['Chief of Army Staff', 'coas']]);
    expect(reader('Prime Minister Narendra Modi spoke.')).toEqual([['Prime Minister', null]]);
  });

  it('stays unmarked before one of ours who does not hold it', () => {
    expect(reader('President Shehbaz Sharif spoke.')).toEqual([
      ['President', null],
      ['Shehbaz Sharif', 'shehbaz-sharif'],
    ]);
  });

  it('that begins with a body of its own leaves the body and the name glossed apart ("PTI Chairman X")', () => {
    const entries = [
      testEntry({ id: 'pti', headword: 'PTI', category: 'party' }),
      person('gohar', 'Gohar Ali Khan', [{ text: 'PTI Chairman', title: true }]),
    ];
    expect(articleReader(entries)('PTI Chairman Gohar Ali Khan spoke.')).toEqual([
      ['PTI', 'pti'],
      ['Gohar Ali Khan', 'gohar'],
    ]);
  });

  it('that is also a name of the person ("PTI founder") leaves the body glossed before the full name', () => {
    const entries = [
      testEntry({ id: 'pti', headword: 'PTI', category: 'party' }),
      testEntry({ id: 'imran', headword: 'Imran Khan', category: 'person', aliases: ['PTI founder'] }),
    ];
    expect(articleReader(entries)('Jailed PTI founder Imran Khan spoke.')).toEqual([
      ['PTI', 'pti'],
      ['Imran Khan', 'imran'],
    ]);
  });
});
