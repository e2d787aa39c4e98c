import { describe, expect, it } from 'vitest';
import { checkPack } from '@/utils/glossary/schema';
import { resolveArticle } from '@/utils/resolver/read-block';
import { articleReader, compileTestPack, TEST_PACK_META, testEntry } from '../../support/test-entries';
import { person, TITLED_PEOPLE as ENTRIES } from '../../support/titled-people';

const read = articleReader(ENTRIES);

describe('title forms', () => {
  it('are valid in the schema, and a title safe alone is refused', () => {
    expect(checkPack(TEST_PACK_META, ENTRIES).problems).toEqual([]);
    const alone = person('x', 'X Y', [{ text: 'Prime Minister', title: true, alone: 'never' }]);
    expect(checkPack(TEST_PACK_META, [alone]).problems.map((p) => p.field)).toEqual(['shortForms[0].alone']);
  });

  it('are the person they stand right before, and refer to him after that, in any case', () => {
    expect(read('Prime Minister Shehbaz Sharif met the envoy.', 'Later the prime minister said so.')).toEqual(
      [
        ['Prime Minister', 'shehbaz-sharif'],
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
    // Safe alone, it is no title waiting for the name after a comma.
    const headline = resolveArticle(own.matcher, own.data, ['PM Shehbaz, CM Gandapur slam bloodshed']);
    expect(headline[0]!.resolution.entryId).toBe('shehbaz-sharif');
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

  it('whose body has several senses is glossed as the sense the article supports, else not at all', () => {
    const taliban = (id: string, entries: string[]) =>
      testEntry({
        id,
        headword: `${id} Taliban`,
        category: 'group',
        aliases: ['Taliban'],
        cues: { entries },
      });
    const senses = articleReader([
      taliban('ttp', ['waziristan']),
      taliban('afghan-taliban', ['kabul']),
      testEntry({ id: 'kabul', headword: 'Kabul', category: 'place' }),
      person('hibatullah', 'Hibatullah Akhundzada', [{ text: 'Taliban leader', title: true }]),
    ]);
    expect(senses('In Kabul the Taliban leader spoke.')).toEqual([
      ['Kabul', 'kabul'],
      ['Taliban', 'afghan-taliban'],
    ]);
    expect(senses('The Taliban leader spoke.')).toEqual([['Taliban leader', null]]);
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
