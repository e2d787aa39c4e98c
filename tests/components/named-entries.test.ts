import { describe, expect, it } from 'vitest';
import { namedEntries } from '@/components/named-entries';

describe('namedEntries', () => {
  it('keeps the ids whose headword is known, in order, and leaves out the rest', () => {
    const headwords = new Map([
      ['ttp', 'Tehreek-e-Taliban Pakistan'],
      ['bla', 'Balochistan Liberation Army'],
    ]);
    expect(namedEntries(['bla', 'unknown', 'ttp'], (id) => headwords.get(id))).toEqual([
      { id: 'bla', headword: 'Balochistan Liberation Army' },
      { id: 'ttp', headword: 'Tehreek-e-Taliban Pakistan' },
    ]);
    expect(namedEntries([], (id) => headwords.get(id))).toEqual([]);
  });
});
