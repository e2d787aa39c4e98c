import { HOUR, note, T0 } from '../../support/note';
import { notesOf, parseNotes as parse } from '../../support/notes-file';
import { describe, expect, it } from 'vitest';
import { exportNotesCsv, exportNotesJson, NOTES_FORMAT_VERSION } from '@/utils/notes/import-export';
import type { Note } from '@/utils/notes/note';

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
