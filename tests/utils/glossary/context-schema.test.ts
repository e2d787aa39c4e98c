import { describe, expect, it } from 'vitest';
import { loadBundledPacks } from '@/utils/glossary/bundled';
import { checkPack, type SchemaProblem } from '@/utils/glossary/schema';
import { TERM_MAX_CHARS } from '@/utils/constants';
import { TEST_PACK_META as meta } from '../../support/test-entries';

/** A valid entry with the required fields, and whatever the test adds or changes. */
function entry(overrides: Record<string, unknown> = {}) {
  return {
    id: 'shehbaz-sharif',
    headword: 'Shehbaz Sharif',
    category: 'person',
    abbreviations: [],
    aliases: ['Shahbaz Sharif'],
    summary: 'Prime Minister of Pakistan.',
    context: 'A short paragraph.',
    related: [],
    sources: [
      { title: 'Wikipedia', url: 'https://en.wikipedia.org/wiki/Shehbaz_Sharif', accessed: '2026-11-26' },
    ],
    reviewed: '2026-01-01',
    ...overrides,
  };
}

const nawaz = (overrides: Record<string, unknown> = {}) =>
  entry({
    id: 'nawaz-sharif',
    headword: 'Nawaz Sharif',
    aliases: [],
    sources: [
      { title: 'Wikipedia', url: 'https://en.wikipedia.org/wiki/Nawaz_Sharif', accessed: '2026-11-26' },
    ],
    ...overrides,
  });

/** The two PTIs: one abbreviation, declared shared on both. */
const party = (overrides: Record<string, unknown> = {}) =>
  entry({
    id: 'pti',
    headword: 'Pakistan Tehreek-e-Insaf',
    category: 'movement',
    abbreviations: ['PTI'],
    aliases: [],
    ambiguous: ['PTI'],
    ...overrides,
  });
const agency = (overrides: Record<string, unknown> = {}) =>
  entry({
    id: 'press-trust-of-india',
    headword: 'Press Trust of India',
    category: 'institution',
    abbreviations: ['PTI'],
    aliases: [],
    ambiguous: ['PTI'],
    ...overrides,
  });

const problemsOf = (...entries: unknown[]): SchemaProblem[] => checkPack(meta, entries).problems;
const fields = (...entries: unknown[]) => problemsOf(...entries).map((p) => `${p.where} ${p.field}`);

describe('checkPack: contextual fields of one entry', () => {
  it('accepts an entry using every contextual field, and keeps them', () => {
    const shortForms = [
      { text: 'Sharif' },
      { text: 'Shehbaz', alone: 'Only he is called Shehbaz in this news.' },
    ];
    const valid = [
      entry({
        shortForms,
        cues: { entries: ['pti'], words: ['cabinet'], near: ['prime minister'], shapes: ['dateline'] },
        surnames: ['Shehbaz Sharif'],
        spacedOnly: ['Shahbaz Sharif'],
      }),
      party({ defaultFor: ['PTI'], cues: { words: ['party'] } }),
      agency({ cues: { shapes: ['dateline', 'byline'], near: ['told'] } }),
    ];
    const { pack, problems } = checkPack(meta, valid);
    expect(problems).toEqual([]);
    expect(pack.entries.map((e) => e.id)).toEqual(['shehbaz-sharif', 'pti', 'press-trust-of-india']);
    expect(pack.entries[0]!.shortForms).toEqual(shortForms);
    expect(pack.entries[1]!.defaultFor).toEqual(['PTI']);
  });

  it.each([
    ['short forms that are not a list', { shortForms: 'Sharif' }, 'shortForms'],
    ['a short form that is a bare string', { shortForms: ['Sharif'] }, 'shortForms[0].text'],
    ['a short form without text', { shortForms: [{ text: ' ' }] }, 'shortForms[0].text'],
    [
      'a short form too long',
      { shortForms: [{ text: `S${'x'.repeat(TERM_MAX_CHARS)}` }] },
      'shortForms[0].text',
    ],
    ['a short form with no capital letter', { shortForms: [{ text: 'sharif' }] }, 'shortForms[0].text'],
    [
      'an "alone" that is not a reason',
      { shortForms: [{ text: 'Sharif', alone: true }] },
      'shortForms[0].alone',
    ],
    [
      'an empty "alone"',
      { shortForms: [{ text: 'Sharif' }, { text: 'Shehbaz', alone: '' }] },
      'shortForms[1].alone',
    ],
    ['cues that are not an object', { cues: ['told'] }, 'cues'],
    ['cue entries that are not text', { cues: { entries: [1] } }, 'cues.entries'],
    ['cue words that are not a list', { cues: { words: 'party' } }, 'cues.words'],
    ['near words with an empty one', { cues: { near: ['told', ''] } }, 'cues.near'],
    ['an unknown shape', { cues: { shapes: ['headline'] } }, 'cues.shapes'],
    ['shapes that are not a list', { cues: { shapes: 'dateline' } }, 'cues.shapes'],
    ['defaults that are not a list', { defaultFor: 'PTI' }, 'defaultFor'],
    [
      'dated forms with a month out of range',
      { ambiguous: ['PM'], cues: { published: { from: '2024-13', to: '2025-01', forms: ['PM'] } } },
      'cues.published',
    ],
    [
      'dated forms whose months run backwards',
      { ambiguous: ['PM'], cues: { published: { from: '2025-02', to: '2025-01', forms: ['PM'] } } },
      'cues.published',
    ],
    [
      'dated forms that are not ambiguous spellings',
      { cues: { published: { from: '2025-01', to: '2025-02', forms: ['the premier'] } } },
      'cues.published.forms',
    ],
    [
      'a held title whose months run backwards',
      { shortForms: [{ text: 'PM', title: true, held: { from: '2025-02', to: '2025-01' } }] },
      'shortForms[0].held',
    ],
    [
      'a held form that is not a title',
      { shortForms: [{ text: 'Sharif', held: { from: '2024-03', to: '2027-06' } }] },
      'shortForms[0].held',
    ],
    [
      'descriptions taken once named that are not ambiguous spellings',
      { cues: { onceNamed: ['the premier'] } },
      'cues.onceNamed',
    ],
  ] as [string, Record<string, unknown>, string][])(
    'rejects %s, naming the entry and field',
    (_, overrides, field) => {
      const problems = problemsOf(entry(overrides));
      expect(problems.map((p) => `${p.where} ${p.field}`)).toEqual([`entry "shehbaz-sharif" ${field}`]);
      expect(problems[0]!.message).not.toBe('');
    },
  );

  it('leaves an entry with a broken contextual field out of the pack', () => {
    const { pack } = checkPack(meta, [entry({ shortForms: [{ text: 'sharif' }] }), nawaz()]);
    expect(pack.entries.map((e) => e.id)).toEqual(['nawaz-sharif']);
  });
});

describe('checkPack: contextual rules across entries', () => {
  it('rejects a cue entry that is not in the pack', () => {
    const problems = problemsOf(entry({ cues: { entries: ['nawaz-sharif', 'no-such-entry'] } }), nawaz());
    expect(problems).toEqual([
      { where: 'entry "shehbaz-sharif"', field: 'cues.entries', message: '"no-such-entry" is not an entry' },
    ]);
  });

  it('rejects a short form that is already a full name of the entry, whatever its case', () => {
    expect(fields(entry({ shortForms: [{ text: 'Shahbaz SHARIF' }] }))).toEqual([
      'entry "shehbaz-sharif" shortForms',
    ]);
    expect(problemsOf(entry({ shortForms: [{ text: 'Shehbaz Sharif' }] }))[0]!.message).toContain(
      '"Shehbaz Sharif" is already a full name',
    );
  });

  it('rejects a shared short form that is safe alone for an entry without cues', () => {
    const problems = problemsOf(
      entry({ shortForms: [{ text: 'Sharif', alone: 'Everyone means him.' }] }),
      nawaz({ shortForms: [{ text: 'Sharif' }] }),
    );
    expect(problems.map((p) => `${p.where} ${p.field}`)).toEqual(['entry "shehbaz-sharif" shortForms']);
    expect(problems[0]!.message).toContain('"nawaz-sharif"');
    // Shared without "alone", or with cues to tell them apart: fine.
    expect(
      problemsOf(entry({ shortForms: [{ text: 'Sharif' }] }), nawaz({ shortForms: [{ text: 'Sharif' }] })),
    ).toEqual([]);
    expect(
      problemsOf(
        entry({
          shortForms: [{ text: 'Sharif', alone: 'Usually him.' }],
          cues: { near: ['prime minister'] },
        }),
        nawaz({ shortForms: [{ text: 'Sharif' }] }),
      ),
    ).toEqual([]);
  });

  it('does not count an entry listing a form in two cases as sharing it', () => {
    const osama = entry({
      id: 'osama-bin-laden',
      headword: 'Osama bin Laden',
      aliases: [],
      shortForms: [
        { text: 'Bin Laden', alone: 'No one else is called so in this news.' },
        { text: 'bin Laden' },
      ],
    });
    expect(problemsOf(osama)).toEqual([]);
  });

  it('rejects a default for a spelling the entry does not share', () => {
    expect(fields(party({ defaultFor: ['PTI'], ambiguous: undefined }))).toEqual(['entry "pti" defaultFor']);
    expect(fields(party({ defaultFor: ['Insaf'] }), agency())).toEqual(['entry "pti" defaultFor']);
    // A spelling of the other entry only is not shared either.
    expect(fields(party({ defaultFor: ['Press Trust of India'] }), agency())).toEqual([
      'entry "pti" defaultFor',
    ]);
  });

  it('rejects a second default for one spelling, naming the first', () => {
    const problems = problemsOf(party({ defaultFor: ['PTI'] }), agency({ defaultFor: ['pti'] }));
    expect(problems).toEqual([
      {
        where: 'entry "press-trust-of-india"',
        field: 'defaultFor',
        message: '"pti" is already the default of "pti"',
      },
    ]);
  });

  it('rejects a title held by two entries in the same months, not one held in turn', () => {
    const pm = (from: string, to: string) => ({
      shortForms: [{ text: 'PM', title: true, held: { from, to } }],
    });
    expect(fields(entry(pm('2024-03', '2027-06')), nawaz(pm('2027-01', '2028-01')))).toEqual([
      'entry "nawaz-sharif" shortForms',
    ]);
    expect(fields(entry(pm('2024-03', '2027-06')), nawaz(pm('2013-06', '2017-07')))).toEqual([]);
  });

  it.each([['surnames'], ['spacedOnly']])('rejects %s that are not spellings of the entry', (field) => {
    const problems = problemsOf(entry({ [field]: ['Shahbaz Sharif', 'Nawaz Sharif'] }), nawaz());
    expect(problems).toEqual([
      { where: 'entry "shehbaz-sharif"', field, message: '"Nawaz Sharif" is not a spelling of the entry' },
    ]);
  });
});

describe('the bundled packs', () => {
  it('have no problems with their contextual fields', () => {
    const { packs, problems } = loadBundledPacks();
    expect(problems).toEqual([]);
    const entries = packs.flatMap((p) => p.entries);
    // The fields are in use, so the rules above were applied to something.
    expect(entries.filter((e) => e.shortForms?.length).length).toBeGreaterThan(10);
    expect(entries.some((e) => e.defaultFor?.length)).toBe(true);
    expect(entries.some((e) => e.cues?.shapes?.length)).toBe(true);
  });
});
