import { describe, expect, it } from 'vitest';
import { wordsOf } from '@/utils/search/words';

describe('wordsOf', () => {
  it('splits folded text into words with their offsets', () => {
    expect(wordsOf('zarb e azb, (2014).')).toEqual([
      { text: 'zarb', start: 0 },
      { text: 'e', start: 5 },
      { text: 'azb', start: 7 },
      { text: '2014', start: 13 },
    ]);
  });

  it('keeps inner apostrophes and drops outer ones', () => {
    expect(wordsOf("pakistan's 'quoted'").map((w) => w.text)).toEqual(["pakistan's", 'quoted']);
  });

  it('takes letters of any script', () => {
    expect(wordsOf('طالبان and ok').map((w) => w.text)).toEqual(['طالبان', 'and', 'ok']);
  });

  it('returns nothing for text without words', () => {
    expect(wordsOf(' - , ')).toEqual([]);
  });
});
