import { describe, expect, it } from 'vitest';
import { loadBundledPacks } from '@/utils/glossary/bundled';
import { buildTermIndex } from '@/utils/glossary/term-index';
import type { Entry } from '@/utils/glossary/types';
import type { Note } from '@/utils/notes/note';
import { createSearchIndex } from '@/utils/search/search-index';

const entries = buildTermIndex(loadBundledPacks().packs).entries;

function note(entryId: string, text: string): Note {
  return { entryId, text, createdAt: 1, updatedAt: 1 };
}

/** The top few ids, so a failing ranking says what came first instead. */
function topIds(results: { entry: Entry }[], count = 5): string[] {
  return results.slice(0, count).map((r) => r.entry.id);
}

describe('search over the bundled glossary', () => {
  const index = createSearchIndex(entries.values());

  /** [query the reader types, entry that must come first] */
  const rankings: [string, string][] = [
    ['tehrik talibn', 'ttp'],
    ['chamen', 'chaman'],
    ['zarb e azb', 'zarb-e-azb'],
    ['TTP', 'ttp'],
    ['Khawaja Asif', 'khawaja-asif'],
    ['turkiye', 'turkiye'],
    ['Türkiye', 'turkiye'],
    ['durand', 'durand-line'],
    ['fitna al khawarij', 'fitna-al-khawarij'],
  ];

  it.each(rankings)('"%s" finds %s first', (query, id) => {
    const results = index.search(query);
    expect(topIds(results)[0], `top results: ${topIds(results).join(', ')}`).toBe(id);
  });

  it('returns nothing for an empty or blank query', () => {
    expect(index.search('')).toEqual([]);
    expect(index.search('   ')).toEqual([]);
    expect(index.search(' - ')).toEqual([]);
  });

  it('respects the limit, with 20 by default', () => {
    expect(index.search('a', 3)).toHaveLength(3);
    expect(index.search('pakistan').length).toBeLessThanOrEqual(20);
    expect(index.search('pakistan').length).toBeGreaterThan(3);
    expect(index.search('pakistan', 0)).toEqual([]);
  });

  it('gives scores between 0 and 1, best first', () => {
    const scores = index.search('taliban').map((r) => r.score);
    expect(scores.length).toBeGreaterThan(1);
    for (const score of scores) expect(score).toBeGreaterThanOrEqual(0);
    for (const score of scores) expect(score).toBeLessThanOrEqual(1);
    expect([...scores].sort((a, b) => a - b)).toEqual(scores);
  });

  it('points summaryMatches at the summary text that matched', () => {
    // "ceasefire" appears literally in the summaries of the ceasefire entries.
    const results = index.search('ceasefire');
    const withRanges = results.filter((r) => r.summaryMatches.length > 0);
    expect(withRanges.length).toBeGreaterThan(0);
    for (const { entry, summaryMatches } of results) {
      for (const [start, end] of summaryMatches) {
        expect(start).toBeGreaterThanOrEqual(0);
        expect(end).toBeGreaterThan(start);
        expect(end).toBeLessThanOrEqual(entry.summary.length);
      }
    }
    // Where the summary says the word, one range covers it exactly.
    const literal = withRanges.find((r) => /ceasefire/i.test(r.entry.summary))!;
    expect(literal, `top results: ${topIds(results).join(', ')}`).toBeDefined();
    const covered = literal.summaryMatches.map(([s, e]) => literal.entry.summary.slice(s, e).toLowerCase());
    expect(covered).toContain('ceasefire');
  });

  it('marks results that did not come from a note', () => {
    expect(index.search('durand')[0]!.inNote).toBe(false);
  });
});

describe('search over the reader’s notes', () => {
  it('finds an entry by a word only its note has, until the note goes', () => {
    const index = createSearchIndex(entries.values(), [note('kurram', 'Remember the zorblax interview')]);
    const results = index.search('zorblax');
    expect(topIds(results)[0], `top results: ${topIds(results).join(', ')}`).toBe('kurram');
    expect(results[0]!.inNote).toBe(true);

    index.setNotes([]);
    expect(topIds(index.search('zorblax'))).not.toContain('kurram');
  });

  it('picks up notes given later through setNotes', () => {
    const index = createSearchIndex(entries.values());
    expect(topIds(index.search('zorblax'))).not.toContain('kurram');
    index.setNotes([note('kurram', 'Remember the zorblax interview')]);
    expect(topIds(index.search('zorblax'))[0]).toBe('kurram');
  });

  it('ignores notes on entries it does not have', () => {
    const index = createSearchIndex(entries.values(), [note('no-such-entry', 'zorblax')]);
    expect(index.search('zorblax')).toEqual([]);
  });
});

describe('search over a few hand-made entries', () => {
  const base: Omit<Entry, 'id' | 'headword' | 'summary'> = {
    category: 'place',
    abbreviations: [],
    aliases: [],
    context: '',
    related: [],
    sources: [],
    reviewed: '2025-01-01',
  };
  const index = createSearchIndex([
    { ...base, id: 'alpha', headword: 'Alpha-Beta', summary: 'A place.' },
    { ...base, id: 'gamma', headword: 'Gamma', summary: 'Near Alpha-Beta.' },
  ]);

  it('treats hyphens and spaces alike and ranks the name over a mention', () => {
    expect(topIds(index.search('alpha beta'))).toEqual(['alpha', 'gamma']);
    expect(topIds(index.search('Alpha–Beta'))[0]).toBe('alpha');
  });

  it('leaves summaryMatches empty when only the name matched', () => {
    const [first] = index.search('alpha beta');
    expect(first!.summaryMatches).toEqual([]);
  });
});

describe('search over words of the texts', () => {
  const base: Omit<Entry, 'id' | 'headword' | 'summary'> = {
    category: 'event',
    abbreviations: [],
    aliases: [],
    context: '',
    related: [],
    sources: [],
    reviewed: '2025-01-01',
  };
  const index = createSearchIndex(
    [
      { ...base, id: 'op', headword: 'Operation', summary: 'Began as Zarb-e-Azb in Türkiye’s  spring.' },
      { ...base, id: 'other', headword: 'Other', summary: 'Nothing to see.' },
    ],
    [note('other', 'Remember the zorblax interview')],
  );

  it('maps summary ranges back through hyphens, diacritics and collapsed spaces', () => {
    const [first] = index.search('zarb e azb türkiyes spring');
    expect(first!.entry.id).toBe('op');
    const covered = first!.summaryMatches.map(([s, e]) => first!.entry.summary.slice(s, e));
    expect(covered).toEqual(expect.arrayContaining(['Zarb', 'Azb', 'Türkiye', 'spring']));
  });

  it('finds a note by a misspelt word of it', () => {
    const [first] = index.search('zorblx');
    expect(first!.entry.id).toBe('other');
    expect(first!.inNote).toBe(true);
  });

  it('needs every word of the query in one text', () => {
    expect(index.search('zarb nothing').map((r) => r.entry.id)).toEqual([]);
  });

  it('matches a single letter against names only', () => {
    expect(index.search('b').map((r) => r.entry.id)).toEqual([]);
    expect(index.search('o').map((r) => r.entry.id)).toEqual(['other', 'op']);
  });

  it('keeps the entries’ index when notes change', () => {
    index.setNotes([note('op', 'see the quixotic report')]);
    expect(index.search('quixotic')[0]!.entry.id).toBe('op');
    expect(index.search('zorblax')).toEqual([]);
    expect(index.search('spring')[0]!.entry.id).toBe('op');
  });
});
