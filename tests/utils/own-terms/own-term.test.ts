import { ownTerm } from '../../support/own-term';
import { describe, expect, it } from 'vitest';
import { SUMMARY_MAX_WORDS, TERM_MAX_CHARS } from '@/utils/constants';
import { loadBundledPacks } from '@/utils/glossary/bundled';
import {
  isOwnTerm,
  isOwnTermId,
  OWN_PACK_ID,
  OWN_TERM_ID_PREFIX,
  ownPack,
  ownTermId,
  ownTermToEntry,
  validateOwnTerm,
  type OwnTerm,
} from '@/utils/own-terms/own-term';
import { checkPackMeta } from '@/utils/glossary/schema';
import { buildTermIndex } from '@/utils/glossary/term-index';
import type { Category } from '@/utils/glossary/types';
import { createTermMatcher } from '@/utils/matcher/find-terms';

const T0 = Date.UTC(2026, 10, 26, 9, 30); // 2026-11-26

function term(overrides: Partial<OwnTerm> = {}): OwnTerm {
  return ownTerm('Zhob sit-in', {
    aliases: ['Zhob dharna'],
    summary: 'A months-long protest at the Zhob bypass against new passport rules.',
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  });
}

const bundled = loadBundledPacks().packs.flatMap((p) => p.entries);
const validate = (t: OwnTerm, others: OwnTerm[] = []) => validateOwnTerm(t, bundled, others);

describe('ownTermId', () => {
  it('slugs the headword after "own-"', () => {
    expect(ownTermId('Zhob sit-in', new Set())).toBe('own-zhob-sit-in');
    expect(ownTermId('  Türkiye’s “Zero Problems” policy! ', new Set())).toBe(
      'own-turkiye-s-zero-problems-policy',
    );
    expect(ownTermId('BLA', new Set())).toBe('own-bla');
  });

  it('adds -2, -3 … when the id is taken', () => {
    expect(ownTermId('Zhob sit-in', new Set(['own-zhob-sit-in']))).toBe('own-zhob-sit-in-2');
    expect(ownTermId('Zhob sit-in', new Set(['own-zhob-sit-in', 'own-zhob-sit-in-2']))).toBe(
      'own-zhob-sit-in-3',
    );
  });

  it('falls back to "own-term" for a headword with no Latin letters or digits', () => {
    expect(ownTermId('چمن', new Set())).toBe('own-term');
    expect(ownTermId('چمن', new Set(['own-term']))).toBe('own-term-2');
  });
});

describe('isOwnTermId', () => {
  it('accepts the ids ownTermId makes', () => {
    expect(OWN_TERM_ID_PREFIX).toBe('own-');
    for (const headword of ['Zhob sit-in', 'BLA', 'چمن']) {
      expect(isOwnTermId(ownTermId(headword, new Set()))).toBe(true);
    }
    expect(isOwnTermId('own-zhob-sit-in-2')).toBe(true);
  });

  it.each(['ttp', 'own-', 'own', 'own-Zhob', 'own--x', 'own-x-', 'own-x y', 'xown-x'])('refuses %j', (id) => {
    expect(isOwnTermId(id)).toBe(false);
  });
});

describe('validateOwnTerm', () => {
  it('accepts a term without context or sources', () => {
    expect(validate(term())).toEqual([]);
    expect(validate(term({ abbreviation: true, headword: 'PTM-X', aliases: ['PTMX'] }))).toEqual([]);
  });

  it('refuses a spelling that is already a name of a bundled entry, naming its headword', () => {
    expect(validate(term({ headword: 'TTP', aliases: [] }))).toEqual([
      '“TTP” is already a name of Tehrik-i-Taliban Pakistan.',
    ]);
    // Normalised as the matcher sees it: case, hyphens and diacritics do not make a new name.
    expect(validate(term({ aliases: ['tehrik e taliban pakistan'] }))).toEqual([
      '“tehrik e taliban pakistan” is already a name of Tehrik-i-Taliban Pakistan.',
    ]);
  });

  it('refuses a spelling that is already a name of another own term, but not of the term itself', () => {
    const other = term({ id: 'own-zhob-protest', headword: 'Zhob protest', aliases: ['Zhob Dharna'] });
    expect(validate(term(), [other])).toEqual(['“Zhob dharna” is already a name of your term Zhob protest.']);
    expect(validate(term(), [term({ summary: 'An older version of this same term.' })])).toEqual([]);
  });

  it('refuses a summary that is too long or more than one sentence', () => {
    const long = `${'word '.repeat(SUMMARY_MAX_WORDS + 5).trim()}.`;
    expect(validate(term({ summary: long }))).toEqual([
      `The summary has ${SUMMARY_MAX_WORDS + 5} words, at most ${SUMMARY_MAX_WORDS}.`,
    ]);
    expect(validate(term({ summary: 'A protest at Zhob. It lasted months.' }))).toEqual([
      'The summary must be one sentence.',
    ]);
    expect(validate(term({ summary: '  ' }))).toEqual(['The summary is required.']);
  });

  it('refuses an abbreviation spelling without a capital letter', () => {
    expect(validate(term({ headword: 'PTMX', aliases: ['ptmx'], abbreviation: true }))).toEqual([
      '“ptmx” has no capital letter; an abbreviation is matched only with its capitals, so write it as the news does (like “BLA”).',
    ]);
  });

  it('refuses an unknown category, an empty headword and a foreign id', () => {
    const problems = validate(term({ category: 'villain' as Category, headword: ' ', id: 'chaman' }));
    expect(problems).toContain('The id must start with “own-”.');
    expect(problems).toContain('The term is required.');
    expect(problems.find((p) => p.startsWith('The category must be one of group, person,'))).toBeDefined();
  });

  it('refuses a term or a spelling longer than the limit, and a malformed id', () => {
    const long = `Zhob ${'x'.repeat(TERM_MAX_CHARS)}`;
    expect(validate(term({ headword: long, aliases: [] }))).toEqual([
      `The term is longer than ${TERM_MAX_CHARS} characters.`,
    ]);
    expect(validate(term({ aliases: [long] }))).toEqual([
      `A spelling is longer than ${TERM_MAX_CHARS} characters.`,
    ]);
    expect(validate(term({ id: 'own-Zhob' }))).toEqual([
      'The id must be lower-case words joined by hyphens, like “gul-bahadur-group”.',
    ]);
  });

  it('refuses an empty other spelling and an over-long abbreviation', () => {
    expect(validate(term({ aliases: [''] }))).toEqual(['Every spelling needs some text.']);
    expect(validate(term({ headword: 'ABCDEFGHIJKLMNOPQRS', aliases: [], abbreviation: true }))).toEqual([
      '“ABCDEFGHIJKLMNOPQRS” is too long for an abbreviation.',
    ]);
  });
});

describe('ownTermToEntry and ownPack', () => {
  it('makes aliases of the spellings of a full name', () => {
    expect(ownTermToEntry(term())).toEqual({
      id: 'own-zhob-sit-in',
      headword: 'Zhob sit-in',
      category: 'event',
      abbreviations: [],
      aliases: ['Zhob dharna'],
      summary: term().summary,
      context: '',
      related: [],
      sources: [],
      reviewed: '2026-11-26',
    });
  });

  it('makes abbreviations of every spelling of an abbreviation', () => {
    const entry = ownTermToEntry(term({ headword: 'PTMX', aliases: ['P.T.M.X'], abbreviation: true }));
    expect(entry.abbreviations).toEqual(['PTMX', 'P.T.M.X']);
    expect(entry.aliases).toEqual([]);
  });

  it('finds an abbreviation with its capitals and not in another mixed case', () => {
    const pack = ownPack([
      term({ id: 'own-ptmx', headword: 'PTMX', aliases: ['PTM-X'], abbreviation: true }),
    ]);
    const matcher = createTermMatcher(buildTermIndex([pack]).patterns);
    const text = 'The PTMX rally; Ptm-x is not it, PTM-X is.';
    expect(matcher.findTerms(text).map((m) => text.slice(m.start, m.end))).toEqual(['PTMX', 'PTM-X']);
  });

  it('wraps the terms in a valid pack of their own', () => {
    const pack = ownPack([term()]);
    expect(pack).toMatchObject({ id: OWN_PACK_ID, name: 'My terms', version: '1.0.0', licence: 'Yours' });
    expect(checkPackMeta(pack)).toEqual([]);
    expect(pack.entries.map((e) => e.id)).toEqual(['own-zhob-sit-in']);
  });

  it('is found by the matcher, in any case for a full name', () => {
    const matcher = createTermMatcher(buildTermIndex([ownPack([term()])]).patterns);
    const text = 'Talks ended the ZHOB SIT-IN; the zhob dharna had lasted months.';
    expect(matcher.findTerms(text).map((m) => text.slice(m.start, m.end))).toEqual([
      'ZHOB SIT-IN',
      'zhob dharna',
    ]);
  });

  it('is found by the matcher only with its capitals for an abbreviation', () => {
    const pack = ownPack([
      term({ id: 'own-ptmx', headword: 'PTMX', aliases: ['PTM-X'], abbreviation: true }),
    ]);
    const matcher = createTermMatcher(buildTermIndex([pack]).patterns);
    const text = 'The PTMX rally; ptmx and Ptm-x are not it, PTM-X is.';
    expect(matcher.findTerms(text).map((m) => text.slice(m.start, m.end))).toEqual(['PTMX', 'PTM-X']);
  });
});

describe('isOwnTerm', () => {
  it('checks the shape of a stored record', () => {
    expect(isOwnTerm(term())).toBe(true);
    expect(isOwnTerm(null)).toBe(false);
    expect(isOwnTerm('own-x')).toBe(false);
    expect(isOwnTerm({ ...term(), aliases: 'x' })).toBe(false);
    expect(isOwnTerm({ ...term(), abbreviation: 'yes' })).toBe(false);
    expect(isOwnTerm({ ...term(), category: 'villain' })).toBe(false);
    expect(isOwnTerm({ ...term(), updatedAt: Number.NaN })).toBe(false);
    const noSummary: Record<string, unknown> = { ...term() };
    delete noSummary.summary;
    expect(isOwnTerm(noSummary)).toBe(false);
  });
});
