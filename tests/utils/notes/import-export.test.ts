import { HOUR, note, T0 } from '../../support/note';
import { describe, expect, it, vi } from 'vitest';
import { IMPORT_MAX_BYTES, NOTE_MAX_CHARS } from '@/utils/constants';
import {
  exportNotesCsv,
  exportNotesJson,
  NOTES_FORMAT,
  NOTES_FORMAT_VERSION,
  parseNotesImport,
  planNotesMerge,
} from '@/utils/notes/import-export';
import type { Note } from '@/utils/notes/note';
import type { Result } from '@/utils/result';

function file(notes: unknown, overrides: Record<string, unknown> = {}): string {
  return JSON.stringify({
    format: NOTES_FORMAT,
    version: 1,
    exportedAt: '2026-11-26T10:00:00.000Z',
    notes,
    ...overrides,
  });
}

const parse = (text: string, sizeBytes = text.length): Result<Note[]> => parseNotesImport(text, sizeBytes);

function errorOf(result: Result<Note[]>): string {
  if (result.ok) throw new Error('expected the import to be refused');
  return result.error;
}

function notesOf(result: Result<Note[]>): Note[] {
  if (!result.ok) throw new Error(`expected the import to succeed: ${result.error}`);
  return result.value;
}

describe('exportNotesJson', () => {
  it('writes a pretty NotesFile with the notes sorted by entryId', () => {
    const json = exportNotesJson(
      [note({ entryId: 'tnsm' }), note({ entryId: 'bla' }), note({ entryId: 'ttp' })],
      new Date(T0 + HOUR),
    );
    const data = JSON.parse(json) as Record<string, unknown>;
    expect(data).toMatchObject({
      format: 'newsgloss-notes',
      version: NOTES_FORMAT_VERSION,
      exportedAt: '2026-11-26T10:30:00.000Z',
    });
    expect((data.notes as Note[]).map((n) => n.entryId)).toEqual(['bla', 'tnsm', 'ttp']);
    expect(json).toContain('\n  "format": "newsgloss-notes"');
  });

  it('round-trips: parsing an export gives the same notes', () => {
    const notes = [
      note({ entryId: 'tnsm', text: 'Line one\nline "two", with a comma', updatedAt: T0 + HOUR }),
      note({ entryId: 'ttp', text: '' }),
      note({ entryId: 'bla', text: 'Ünïcödé — 🇵🇰 <b>not html</b>' }),
    ];
    const json = exportNotesJson(notes, new Date(T0));
    const parsed = notesOf(parse(json));
    expect(parsed).toHaveLength(3);
    expect(new Map(parsed.map((n) => [n.entryId, n]))).toEqual(new Map(notes.map((n) => [n.entryId, n])));
  });

  it('exports only the note fields, not stray properties', () => {
    const extra = { ...note(), secret: 'x' } as Note;
    expect(exportNotesJson([extra], new Date(T0))).not.toContain('secret');
  });
});

describe('exportNotesCsv', () => {
  const headwords: Record<string, string> = {
    ttp: 'Tehrik-i-Taliban Pakistan',
    bla: 'Balochistan, Liberation Army',
  };
  const headwordOf = (id: string) => headwords[id];
  const lines = (csv: string) => csv.split('\r\n');

  it('writes the header, ISO times and CRLF line ends', () => {
    const csv = exportNotesCsv([note({ updatedAt: T0 + HOUR })], headwordOf);
    expect(lines(csv)).toEqual([
      'entry_id,headword,note,created,updated',
      'ttp,Tehrik-i-Taliban Pakistan,Check the 2007 founding date.,2026-11-26T09:30:00.000Z,2026-11-26T10:30:00.000Z',
      '',
    ]);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('writes a header alone when there are no notes', () => {
    expect(exportNotesCsv([], headwordOf)).toBe('entry_id,headword,note,created,updated\r\n');
  });

  it.each([
    ['a comma', 'one, two', '"one, two"'],
    ['quotes', 'the "Pakistani" Taliban', '"the ""Pakistani"" Taliban"'],
    ['a newline', 'first\nsecond', '"first\nsecond"'],
    ['a CRLF', 'first\r\nsecond', '"first\r\nsecond"'],
    [
      'a formula',
      '=HYPERLINK("https://evil.example/","click")',
      `"'=HYPERLINK(""https://evil.example/"",""click"")"`,
    ],
    ['a leading plus', '+1 on this', "'+1 on this"],
    ['a leading minus', '-2+3', "'-2+3"],
    ['a leading at', '@SUM(A1)', "'@SUM(A1)"],
    ['a leading tab', '\t=1+1', "'\t=1+1"],
    ['a leading CR', '\r=1+1', `"'\r=1+1"`],
    ['an equals sign later on', 'a = b', 'a = b'],
    ['an empty note', '', ''],
  ])('quotes and neutralises a note with %s', (_, text, field) => {
    const csv = exportNotesCsv([note({ text })], headwordOf);
    expect(csv).toBe(
      `entry_id,headword,note,created,updated\r\nttp,Tehrik-i-Taliban Pakistan,${field},2026-11-26T09:30:00.000Z,2026-11-26T09:30:00.000Z\r\n`,
    );
  });

  it('leaves the headword empty when it is unknown, quotes one with a comma, sorts by entryId', () => {
    const csv = exportNotesCsv(
      [note({ entryId: 'ttp' }), note({ entryId: 'gone', text: 'x' }), note({ entryId: 'bla', text: 'y' })],
      headwordOf,
    );
    const rows = lines(csv).map((line) => line.split(',').slice(0, 2).join(','));
    expect(rows).toEqual([
      'entry_id,headword',
      'bla,"Balochistan',
      'gone,',
      'ttp,Tehrik-i-Taliban Pakistan',
      '',
    ]);
    expect(csv).toContain('bla,"Balochistan, Liberation Army",y,');
  });

  it('neutralises a formula-like headword too', () => {
    const csv = exportNotesCsv([note()], () => '=cmd|"/c calc"!A1');
    expect(lines(csv)[1]).toContain(`,"'=cmd|""/c calc""!A1",`);
  });
});

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

describe('planNotesMerge', () => {
  const existingOf = (...notes: Note[]) => new Map(notes.map((n) => [n.entryId, n]));

  it('counts each kind and writes only new and newer notes, never deleting', () => {
    const existing = existingOf(
      note({ entryId: 'same', text: 'same text', updatedAt: T0 }),
      note({ entryId: 'older', text: 'old text', updatedAt: T0 }),
      note({ entryId: 'newer', text: 'local edit', updatedAt: T0 + 2 * HOUR }),
      note({ entryId: 'tie', text: 'local text', updatedAt: T0 + HOUR }),
      note({ entryId: 'local-only', text: 'mine alone' }),
    );
    const incoming = [
      note({ entryId: 'fresh', text: 'brand new' }),
      note({ entryId: 'same', text: 'same text', updatedAt: T0 + 5 * HOUR }),
      note({ entryId: 'older', text: 'imported edit', updatedAt: T0 + HOUR }),
      note({ entryId: 'newer', text: 'stale import', updatedAt: T0 + HOUR }),
      note({ entryId: 'tie', text: 'imported text', updatedAt: T0 + HOUR }),
    ];
    const before = structuredClone([...existing]);
    const plan = planNotesMerge(existing, incoming);

    expect(plan.counts).toEqual({ new: 1, updated: 1, unchanged: 1, conflicts: 2 });
    expect(plan.toWrite).toEqual([
      note({ entryId: 'fresh', text: 'brand new' }),
      note({ entryId: 'older', text: 'imported edit', updatedAt: T0 + HOUR }),
    ]);
    expect(plan.toWrite.map((n) => n.entryId)).not.toContain('local-only');
    expect([...existing]).toEqual(before);
  });

  it('counts a same-text note as unchanged even when the imported one is older', () => {
    const plan = planNotesMerge(existingOf(note({ updatedAt: T0 + HOUR })), [note()]);
    expect(plan).toEqual({ toWrite: [], counts: { new: 0, updated: 0, unchanged: 1, conflicts: 0 } });
  });

  it('never deletes: an imported empty note over an older one is an update, not a removal', () => {
    const plan = planNotesMerge(existingOf(note()), [note({ text: '', updatedAt: T0 + HOUR })]);
    expect(plan.counts.updated).toBe(1);
    expect(plan.toWrite).toEqual([note({ text: '', updatedAt: T0 + HOUR })]);
  });

  it('plans nothing for an empty import and writes everything into an empty store', () => {
    expect(planNotesMerge(existingOf(note()), [])).toEqual({
      toWrite: [],
      counts: { new: 0, updated: 0, unchanged: 0, conflicts: 0 },
    });
    const incoming = [note({ entryId: 'bla' }), note({ entryId: 'ttp' })];
    expect(planNotesMerge(new Map(), incoming)).toEqual({
      toWrite: incoming,
      counts: { new: 2, updated: 0, unchanged: 0, conflicts: 0 },
    });
  });

  it('counts duplicate incoming notes once, by the newer', () => {
    const plan = planNotesMerge(new Map(), [note({ text: 'a' }), note({ text: 'b', updatedAt: T0 + HOUR })]);
    expect(plan).toEqual({
      toWrite: [note({ text: 'b', updatedAt: T0 + HOUR })],
      counts: { new: 1, updated: 0, unchanged: 0, conflicts: 0 },
    });
  });

  it('returns copies, so writing them cannot alter the imported notes', () => {
    const incoming = [note()];
    const plan = planNotesMerge(new Map(), incoming);
    expect(plan.toWrite[0]).not.toBe(incoming[0]);
  });
});
