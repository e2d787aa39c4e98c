import { describe, expect, it } from 'vitest';
import { checkPack, formatProblem, type SchemaProblem } from '@/utils/glossary/schema';
import { TEST_PACK_META as meta } from '../../support/test-entries';

function entry(overrides: Record<string, unknown> = {}) {
  return {
    id: 'ttp',
    headword: 'Tehrik-i-Taliban Pakistan',
    category: 'group',
    abbreviations: ['TTP'],
    aliases: ['Pakistani Taliban'],
    summary: 'An armed alliance formed in 2007.',
    context: 'A short paragraph.',
    related: [],
    sources: [
      {
        title: 'Wikipedia',
        url: 'https://en.wikipedia.org/wiki/Tehrik-i-Taliban_Pakistan',
        accessed: '2026-11-26',
      },
    ],
    reviewed: '2026-11-26',
    ...overrides,
  };
}

const problemsOf = (...entries: unknown[]): SchemaProblem[] => checkPack(meta, entries).problems;
const fields = (...entries: unknown[]) => problemsOf(...entries).map((p) => `${p.where} ${p.field}`);

describe('checkPack', () => {
  it('accepts a valid entry and fills optional lists', () => {
    const { pack, problems } = checkPack(meta, [entry({ aliases: undefined })]);
    expect(problems).toEqual([]);
    expect(pack.entries[0]).toMatchObject({ id: 'ttp', aliases: [], related: [] });
  });

  it.each([
    ['a missing headword', { headword: '' }, 'headword'],
    ['an unknown category', { category: 'villain' }, 'category'],
    ['a bad id', { id: 'Bad Id' }, 'id'],
    ['a summary over 40 words', { summary: `${'word '.repeat(41)}end.` }, 'summary'],
    ['a summary of two sentences', { summary: 'One sentence. Another sentence.' }, 'summary'],
    ['a context over 120 words', { context: 'word '.repeat(121) }, 'context'],
    ['no sources', { sources: [] }, 'sources'],
    ['an http source', { sources: [{ title: 'x', url: 'http://example.org/' }] }, 'sources[0].url'],
    ['a javascript: source', { sources: [{ title: 'x', url: 'javascript:alert(1)' }] }, 'sources[0].url'],
    ['a source without a title', { sources: [{ url: 'https://example.org/' }] }, 'sources[0].title'],
    ['an impossible review date', { reviewed: '2026-02-30' }, 'reviewed'],
    ['an undated source', { sources: [{ title: 'x', url: 'https://example.org/' }] }, 'sources[0].published'],
    [
      'an impossible publication date',
      { sources: [{ title: 'x', url: 'https://example.org/', published: '2025-13' }] },
      'sources[0].published',
    ],
    [
      'a partial access date',
      { sources: [{ title: 'x', url: 'https://example.org/', accessed: '2025-12' }] },
      'sources[0].accessed',
    ],
    ['a lower-case abbreviation', { abbreviations: ['bla'] }, 'abbreviations'],
    ['aliases that are not strings', { aliases: [42] }, 'aliases'],
  ] as [string, Record<string, unknown>, string][])(
    'rejects %s, naming the entry and field',
    (_, overrides, field) => {
      expect(fields(entry(overrides))).toContain(`entry "${String(overrides.id ?? 'ttp')}" ${field}`);
    },
  );

  it('accepts a publication date as a year, a month or a day', () => {
    for (const published of ['2025', '2025-12', '2025-12-04']) {
      expect(
        problemsOf(entry({ sources: [{ title: 'x', url: 'https://example.org/', published }] })),
      ).toEqual([]);
    }
  });

  it('lets an entry relate to an entry of another pack and refuses a spelling that pack already has', () => {
    const other = checkPack(meta, [entry()]).pack.entries;
    const here = entry({ id: 'jui-f', headword: 'JUI-F', abbreviations: [], aliases: [], related: ['ttp'] });
    expect(checkPack(meta, [here], { ids: new Set(['ttp']), entries: other }).problems).toEqual([]);
    const taken = entry({ id: 'tehrik', abbreviations: [], aliases: [] });
    expect(
      checkPack(meta, [taken], { ids: new Set(['ttp']), entries: other }).problems.map((p) => p.field),
    ).toEqual(['aliases']);
  });

  it('keeps the valid entries when one is broken', () => {
    const { pack, problems } = checkPack(meta, [
      entry(),
      entry({ id: 'bla', headword: 'BLA group', abbreviations: [], aliases: [], summary: '' }),
    ]);
    expect(pack.entries.map((e) => e.id)).toEqual(['ttp']);
    expect(problems).toHaveLength(1);
  });

  it('rejects duplicate ids and related ids that do not exist', () => {
    expect(fields(entry(), entry({ aliases: [], abbreviations: [], headword: 'Other' }))).toContain(
      'entry "ttp" id',
    );
    expect(fields(entry({ related: ['nowhere'] }))).toContain('entry "ttp" related');
    expect(fields(entry({ related: ['ttp'] }))).toContain('entry "ttp" related');
  });

  it('rejects an alias shared by two entries unless both declare it ambiguous', () => {
    const other = entry({ id: 'tnsm', headword: 'TNSM', abbreviations: [], aliases: ['Pakistani  taliban'] });
    expect(fields(entry(), other)).toContain('entry "tnsm" aliases');
    const declared = problemsOf(entry({ ambiguous: ['Pakistani Taliban'] }), {
      ...other,
      ambiguous: ['Pakistani Taliban'],
    });
    expect(declared).toEqual([]);
  });

  it('reports a malformed pack header and non-object entries', () => {
    const { problems } = checkPack({ id: 'x', version: 'one' }, [null, 'text']);
    const messages = problems.map((p) => formatProblem('x', p));
    expect(messages).toContain('x: pack, field "version": must be like 1.2.3');
    expect(messages).toContain('x: entry "#1", field "(entry)": is not an object');
    expect(messages).toContain('x: entry "#2", field "(entry)": is not an object');
  });
});
