import { describe, expect, it } from 'vitest';
import { IMPORT_MAX_BYTES } from '@/utils/constants';
import { keepNewest, readVersionedFile, type ImportFileKind } from '@/utils/transfer/import-file';

const NOT_THIS = 'This is not a NewsGloss test file';
/** A kind of file of our own; the notes and backup imports give theirs from the messages catalog. */
const KIND: ImportFileKind = {
  format: 'newsgloss-test',
  version: 2,
  messages: {
    notJson: `${NOT_THIS} (it is not valid JSON).`,
    notThisFormat: `${NOT_THIS} (it is JSON, but not a test export).`,
    noVersion: 'This test file has no valid format version, so NewsGloss cannot read it.',
    newer: (version) =>
      `This file is from a newer NewsGloss (test format version ${version}); update NewsGloss to import it.`,
  },
};
const read = (text: string, size = text.length, kind: ImportFileKind = KIND) =>
  readVersionedFile(text, size, kind);
const json = (file: Record<string, unknown>) => JSON.stringify({ format: 'newsgloss-test', ...file });

describe('readVersionedFile', () => {
  it('returns the parsed object', () => {
    expect(read(json({ version: 1, list: [1] }))).toEqual({
      ok: true,
      value: { format: 'newsgloss-test', version: 1, list: [1] },
    });
  });

  it('refuses text that is not JSON, naming what it is not', () => {
    expect(read('{nope')).toEqual({ ok: false, error: `${NOT_THIS} (it is not valid JSON).` });
  });

  it.each(['[]', 'null', '42', '"text"', '{"format":"other","version":1}', '{"version":1}'])(
    'refuses JSON that is not an object of the format: %s',
    (text) => {
      expect(read(text)).toEqual({ ok: false, error: `${NOT_THIS} (it is JSON, but not a test export).` });
    },
  );

  it('refuses another known format with its own message', () => {
    const kind = { ...KIND, otherFormat: { format: 'newsgloss-other', error: 'Import it elsewhere.' } };
    const other = JSON.stringify({ format: 'newsgloss-other', version: 1 });
    expect(read(other, other.length, kind)).toEqual({ ok: false, error: 'Import it elsewhere.' });
    expect(read('[]', 2, kind)).toEqual({
      ok: false,
      error: `${NOT_THIS} (it is JSON, but not a test export).`,
    });
  });

  it.each([undefined, '1', 0, -1, 1.5, null])('refuses a format version that is %j', (version) => {
    expect(read(json({ version }))).toEqual({
      ok: false,
      error: 'This test file has no valid format version, so NewsGloss cannot read it.',
    });
  });

  it('accepts every version up to its own and refuses a newer one', () => {
    expect(read(json({ version: 2 })).ok).toBe(true);
    expect(read(json({ version: 3 }))).toEqual({
      ok: false,
      error: 'This file is from a newer NewsGloss (test format version 3); update NewsGloss to import it.',
    });
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
    expect(read(json({ version: 1 }), IMPORT_MAX_BYTES).ok).toBe(true);
  });

  it('falls back to the text length when the size is missing or wrong', () => {
    const big = `"${'x'.repeat(IMPORT_MAX_BYTES)}"`;
    for (const size of [Number.NaN, 0, -1]) {
      expect(read(big, size)).toMatchObject({ ok: false, error: expect.stringContaining('up to 5 MB') });
    }
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
