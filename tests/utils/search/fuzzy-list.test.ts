import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { FUZZY_THRESHOLD, FuzzyList } from '@/utils/search/fuzzy-list';

const words = [
  'taliban',
  'talib',
  'tehreek',
  'chaman',
  'chairman',
  'pakistan',
  'ceasefire',
  'durand',
  'line',
];

describe('FuzzyList', () => {
  const list = new FuzzyList(words);

  it.each(['talibn', 'chamen', 'tehrik', 'ceasfire', 'lin', 'a'])(
    'finds for "%s" what fuse finds over the whole list, with the same scores',
    (pattern) => {
      const fuse = new Fuse(words, {
        includeScore: true,
        ignoreLocation: true,
        threshold: FUZZY_THRESHOLD,
        isCaseSensitive: true,
      });
      const expected = fuse.search(pattern).map((r): [string, number] => [words[r.refIndex]!, r.score!]);
      const found = list.search(pattern).map((hit): [string, number] => [words[hit.index]!, hit.score]);
      expect(new Map(found)).toEqual(new Map(expected));
    },
  );

  it('gives the matched characters of each word when asked to', () => {
    expect(list.search('cease').every((h) => h.indices.length === 0)).toBe(true);
    const hit = new FuzzyList(words, true).search('cease').find((h) => words[h.index] === 'ceasefire')!;
    expect(hit.indices).toEqual([[0, 4]]);
  });

  it('answers a repeated pattern from its cache', () => {
    expect(list.search('durand')).toBe(list.search('durand'));
  });

  it('works the answer out again after its cache is cleared, and gets the same one', () => {
    const first = list.search('durand');
    list.clearCache();
    const again = list.search('durand');
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });
});
