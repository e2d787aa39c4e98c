import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { CandidateFilter } from '@/utils/search/candidate-filter';
import { FUZZY_THRESHOLD, maxErrors } from '@/utils/search/fuzzy-list';

const OPTIONS = {
  ignoreLocation: true,
  threshold: FUZZY_THRESHOLD,
  isCaseSensitive: true,
  includeMatches: true,
};

// Shortest first, as FuzzyList hands them over.
const texts = [
  'ttp',
  'kurram',
  'chaman',
  'taliban',
  'pakistan',
  'tehreek e taliban pakistan',
  'operation zarb e azb',
  'durand line',
  'durand treaty',
  'khawaja asif',
  'balochistan',
  'chaman spin boldak',
  'fitna al khawarij',
  'ceasefire',
].sort((a, b) => a.length - b.length);

const patterns = [
  't',
  'ta',
  'tal',
  'talibn',
  'tehrik talibn',
  'chamen',
  'zarb e azb',
  'durand',
  'balochstan',
  'xyz',
];

describe('CandidateFilter', () => {
  const filter = new CandidateFilter(texts);

  it.each(patterns)('lets through every string fuse matches for "%s"', (pattern) => {
    const chosen = new Set(filter.candidates(pattern, maxErrors(pattern.length), texts.length));
    const matched = texts.filter((text) => Fuse.match(pattern, text, OPTIONS).isMatch);
    for (const text of matched) expect(chosen, text).toContain(texts.indexOf(text));
  });

  it('drops strings that cannot match', () => {
    const chosen = filter.candidates('balochstan', maxErrors(10), texts.length).map((id) => texts[id]);
    expect(chosen).toContain('balochistan');
    expect(chosen).not.toContain('ttp');
    expect(chosen).not.toContain('kurram');
    expect(filter.candidates('xyz', maxErrors(3), texts.length)).toEqual([]);
  });

  it('keeps at most the cap, the likeliest first', () => {
    const chosen = filter.candidates('durand', maxErrors(6), 1).map((id) => texts[id]);
    // Both names contain "durand" whole; the shorter comes first.
    expect(chosen).toEqual(['durand line']);
    const single = filter.candidates('t', 0, 3).map((id) => texts[id]);
    expect(single).toEqual(['ttp', 'taliban', 'pakistan']);
  });
});

describe('maxErrors', () => {
  it('is the most errors fuse accepts for a pattern that long', () => {
    expect([1, 2, 3, 4, 6, 9, 13, 20].map(maxErrors)).toEqual([0, 0, 1, 1, 2, 3, 4, 7]);
  });
});
