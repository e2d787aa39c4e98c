import { describe, expect, it } from 'vitest';
import { readingText } from '@/entrypoints/popover/reading-text';

const headword = (id: string) => (id === 'ttp' ? 'Tehrik-e-Taliban Pakistan' : id);

describe('readingText', () => {
  it('says how a short form was read, from before or from just after it', () => {
    expect(readingText({ kind: 'earlier', as: 'Shehbaz Sharif' }, headword)).toBe(
      'Named earlier in this article as Shehbaz Sharif.',
    );
    expect(readingText({ kind: 'later', as: 'Sirajuddin Haqqani' }, headword)).toBe(
      'Named just after this in the article as Sirajuddin Haqqani.',
    );
    expect(readingText({ kind: 'titled', title: 'finance minister' }, headword)).toBe(
      'Read from the title before it (finance minister).',
    );
    expect(readingText({ kind: 'incumbent', since: '2024-02' }, headword)).toBe(
      "Read from the article's date: the holder of this title since February 2024.",
    );
  });

  it('names the entry that served as a cue, and says nothing for a full name', () => {
    expect(readingText({ kind: 'entry', entryId: 'ttp' }, headword)).toBe(
      "Read from this article's mention of Tehrik-e-Taliban Pakistan.",
    );
    expect(readingText({ kind: 'named' }, headword)).toBeNull();
    expect(readingText(undefined, headword)).toBeNull();
  });
});
