import { describe, expect, it } from 'vitest';
import { IMPORT_MAX_BYTES } from '@/utils/constants';
import { copyNote, keepNewest, readImportFile } from '@/utils/transfer/import-file';
import type { Note } from '@/utils/notes/note';

const NOT_THIS = 'This is not a test file';
const read = (text: string, size = text.length) => readImportFile(text, size, NOT_THIS, 'a test export');

describe('readImportFile', () => {
  it('returns the parsed object', () => {
    expect(read('{"format":"x","list":[1]}')).toEqual({ ok: true, value: { format: 'x', list: [1] } });
  });

  it('refuses text that is not JSON, naming what it is not', () => {
    expect(read('{nope')).toEqual({ ok: false, error: `${NOT_THIS} (it is not valid JSON).` });
  });

  it.each(['[]', 'null', '42', '"text"'])('refuses JSON that is not an object: %s', (text) => {
    expect(read(text)).toEqual({ ok: false, error: `${NOT_THIS} (it is JSON, but not a test export).` });
  });

  it('refuses a file over the limit without parsing it', () => {
    expect(read('{nope', 7.3 * 1024 * 1024)).toEqual({
      ok: false,
      error: 'This file is 7.3 MB; NewsGloss imports files up to 5 MB.',
    });
  });

  it('rounds up a size just over the limit rather than showing the limit itself', () => {
    expect(read('{}', IMPORT_MAX_BYTES + 1)).toEqual({
      ok: false,
      error: 'This file is 5.1 MB; NewsGloss imports files up to 5 MB.',
    });
  });

  it('accepts a file exactly at the limit', () => {
    expect(read('{}', IMPORT_MAX_BYTES)).toEqual({ ok: true, value: {} });
  });

  it('falls back to the text length when the size is missing or wrong', () => {
    const big = `"${'x'.repeat(IMPORT_MAX_BYTES)}"`;
    for (const size of [Number.NaN, 0, -1]) {
      expect(read(big, size)).toMatchObject({ ok: false, error: expect.stringContaining('up to 5 MB') });
    }
  });
});

describe('copyNote', () => {
  it('keeps only the note fields', () => {
    const note = { entryId: 'ttp', text: 'hi', createdAt: 1, updatedAt: 2, stray: true } as Note;
    const copy = copyNote(note);
    expect(copy).toEqual({ entryId: 'ttp', text: 'hi', createdAt: 1, updatedAt: 2 });
    expect(copy).not.toBe(note);
  });
});

describe('keepNewest', () => {
  const r = (id: string, updatedAt: number, tag = '') => ({ id, updatedAt, tag });

  it('keeps the newest record per key, in first-seen order', () => {
    const records = [r('b', 1), r('a', 5), r('b', 3), r('a', 2)];
    expect(keepNewest(records, (x) => x.id)).toEqual([r('b', 3), r('a', 5)]);
  });

  it('keeps the later record on a tie', () => {
    expect(keepNewest([r('a', 4, 'first'), r('a', 4, 'second')], (x) => x.id)).toEqual([r('a', 4, 'second')]);
  });

  it('returns an empty list for no records', () => {
    expect(keepNewest([], (x: { id: string; updatedAt: number }) => x.id)).toEqual([]);
  });
});
