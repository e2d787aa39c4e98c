import { HOUR, note, T0 } from '../../support/note';
import { errorOf, notesFile as file, notesOf, parseNotes as parse } from '../../support/notes-file';
import { describe, expect, it, vi } from 'vitest';
import { IMPORT_MAX_BYTES, NOTE_MAX_CHARS } from '@/utils/constants';
import { parseNotesImport } from '@/utils/notes/import-export';

describe('parseNotesImport', () => {
  it('refuses an oversized file without parsing it', () => {
    const spy = vi.spyOn(JSON, 'parse');
    try {
      const size = Math.round(6.2 * 1024 * 1024);
      expect(errorOf(parseNotesImport(file([note()]), size))).toBe(
        'This file is 6.2 MB; NewsGloss imports files up to 5 MB.',
      );
      expect(spy).not.toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
  });

  it('never says a file just over the limit is "5 MB"', () => {
    expect(errorOf(parseNotesImport('{}', IMPORT_MAX_BYTES + 1))).toBe(
      'This file is 5.1 MB; NewsGloss imports files up to 5 MB.',
    );
  });

  it('accepts a file of exactly the limit', () => {
    expect(notesOf(parseNotesImport(file([]), IMPORT_MAX_BYTES))).toEqual([]);
  });

  it('measures the text too when the given size is wrong', () => {
    const big = file([note({ text: 'x' })]).padEnd(IMPORT_MAX_BYTES + 10, ' ');
    expect(errorOf(parseNotesImport(big, 100))).toMatch(/^This file is 5\.1 MB;/);
    expect(errorOf(parseNotesImport(big, Number.NaN))).toMatch(/^This file is 5\.1 MB;/);
  });

  it.each([
    ['an empty file', ''],
    ['plain text', 'my notes'],
    ['truncated JSON', file([note()]).slice(0, -5)],
    ['a CSV export', 'entry_id,headword,note,created,updated\r\n'],
  ])('refuses %s as not JSON', (_, text) => {
    expect(errorOf(parse(text))).toBe('This is not a NewsGloss notes file (it is not valid JSON).');
  });

  it.each([
    ['a wrong format', file([], { format: 'other-notes' })],
    ['no format', JSON.stringify({ version: 1, notes: [] })],
    ['a glossary pack', JSON.stringify({ id: 'af-pak', entries: [] })],
    ['a bare array of notes', JSON.stringify([note()])],
    ['null', 'null'],
    ['a number', '42'],
    ['a string', '"newsgloss-notes"'],
  ])('refuses JSON with %s as not a notes file', (_, text) => {
    expect(errorOf(parse(text))).toBe(
      'This is not a NewsGloss notes file (it is JSON, but not a notes export).',
    );
  });

  it.each([
    ['missing', undefined],
    ['a string', '1'],
    ['zero', 0],
    ['negative', -1],
    ['fractional', 1.5],
    ['null', null],
  ])('refuses a version that is %s', (_, version) => {
    expect(errorOf(parse(file([], { version })))).toBe(
      'This notes file has no valid format version, so NewsGloss cannot read it.',
    );
  });

  it.each([2, 3])('refuses a future version (%i), asking the reader to update', (version) => {
    expect(errorOf(parse(file([note()], { version })))).toBe(
      `This file is from a newer NewsGloss (notes format version ${version}); update NewsGloss to import it.`,
    );
  });

  it.each([
    ['missing', undefined],
    ['an object', { ttp: note() }],
    ['a string', 'notes'],
    ['null', null],
  ])('refuses notes that are %s', (_, notes) => {
    expect(errorOf(parse(file(notes)))).toBe('This notes file is damaged: it has no list of notes.');
  });

  it('accepts an empty notes array', () => {
    expect(parse(file([]))).toEqual({ ok: true, value: [] });
  });

  it('refuses the whole file when one note is invalid, naming which note and why', () => {
    const notes = [
      note({ entryId: 'bla' }),
      note({ entryId: 'tnsm' }),
      note({ entryId: 'isi' }),
      { ...note(), text: 7 },
    ];
    expect(parse(file(notes))).toEqual({
      ok: false,
      error: 'Note 4 (entry "ttp") is not valid: it has no text.',
    });
  });

  it.each([
    ['not an object', 'ttp', 'Note 2 is not valid: it is not an object.'],
    [
      'without an entryId',
      { ...note(), entryId: undefined },
      'Note 2 is not valid: it has no valid entryId.',
    ],
    [
      'with a bad entryId',
      note({ entryId: 'Bad Id' }),
      'Note 2 (entry "Bad Id") is not valid: it has no valid entryId.',
    ],
    [
      'with a very long entryId',
      note({ entryId: 'X'.repeat(100) }),
      `Note 2 (entry "${'X'.repeat(40)}…") is not valid: it has no valid entryId.`,
    ],
    [
      'that is too long',
      note({ text: 'x'.repeat(NOTE_MAX_CHARS + 1) }),
      // NOTE_MAX_CHARS, written the reader's way (en-US in the tests).
      'Note 2 (entry "ttp") is not valid: it is longer than 10,000 characters.',
    ],
    [
      'with a string time',
      { ...note(), createdAt: '2026-11-26' },
      'Note 2 (entry "ttp") is not valid: it has no valid createdAt time.',
    ],
    [
      'updated before it was created',
      note({ updatedAt: T0 - 1 }),
      'Note 2 (entry "ttp") is not valid: it was updated before it was created.',
    ],
  ])('names a note %s', (_, bad, error) => {
    expect(errorOf(parse(file([note({ entryId: 'bla' }), bad])))).toBe(error);
  });

  it('accepts markup in a note as plain text, unchanged', () => {
    const text = '<img src=x onerror=alert(1)>';
    expect(notesOf(parse(file([note({ text })])))).toEqual([note({ text })]);
  });

  it('drops stray properties from imported notes', () => {
    const raw = file([{ ...note(), html: '<b>x</b>' }]).replace(
      '"html"',
      '"__proto__":{"polluted":true},"html"',
    );
    const [imported] = notesOf(parse(raw));
    expect(Object.keys(imported!).sort()).toEqual(['createdAt', 'entryId', 'text', 'updatedAt']);
    expect(Object.getPrototypeOf(imported)).toBe(Object.prototype);
    expect(raw).toContain('"__proto__"');
  });

  it('ignores unknown top-level fields and accepts a missing exportedAt', () => {
    expect(notesOf(parse(file([note()], { exportedAt: undefined, app: 'NewsGloss 0.2' })))).toEqual([note()]);
  });

  it('keeps the newer of duplicate notes for one entry, the later one on a tie', () => {
    const notes = notesOf(
      parse(
        file([
          note({ text: 'newest', updatedAt: T0 + 2 * HOUR }),
          note({ entryId: 'bla', text: 'first' }),
          note({ text: 'older', updatedAt: T0 + HOUR }),
          note({ entryId: 'bla', text: 'second' }),
        ]),
      ),
    );
    expect(notes).toEqual([
      note({ text: 'newest', updatedAt: T0 + 2 * HOUR }),
      note({ entryId: 'bla', text: 'second' }),
    ]);
  });
});
