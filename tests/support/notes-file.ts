import { NOTES_FORMAT, parseNotesImport } from '@/utils/notes/import-export';
import type { Note } from '@/utils/notes/note';
import type { Result } from '@/utils/result';

/** A notes file as NewsGloss writes it, with `notes` and any field overridden. */
export function notesFile(notes: unknown, overrides: Record<string, unknown> = {}): string {
  return JSON.stringify({
    format: NOTES_FORMAT,
    version: 1,
    exportedAt: '2026-11-26T10:00:00.000Z',
    notes,
    ...overrides,
  });
}

/** Parses as the import does, the size given or the text's length. */
export const parseNotes = (text: string, sizeBytes = text.length): Result<Note[]> =>
  parseNotesImport(text, sizeBytes);

export function errorOf(result: Result<Note[]>): string {
  if (result.ok) throw new Error('expected the import to be refused');
  return result.error;
}

export function notesOf(result: Result<Note[]>): Note[] {
  if (!result.ok) throw new Error(`expected the import to succeed: ${result.error}`);
  return result.value;
}
