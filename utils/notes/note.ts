import { NOTE_MAX_CHARS } from '../constants';

/** A reader's note on one glossary entry. Plain text; times in milliseconds since the epoch. */
export interface Note {
  entryId: string;
  text: string;
  createdAt: number;
  updatedAt: number;
}

/**
 * The first thing wrong with a value that should be a note ('object': it is no object at all; 'length':
 * its text is over NOTE_MAX_CHARS; 'order': updated before it was created), or null. The notes import
 * names the problem to the reader (utils/notes/import-export.ts).
 */
export type NoteProblem = 'object' | 'entryId' | 'text' | 'length' | 'createdAt' | 'updatedAt' | 'order';

export function noteProblem(value: unknown): NoteProblem | null {
  if (typeof value !== 'object' || value === null) return 'object';
  const n = value as Record<string, unknown>;
  if (typeof n.entryId !== 'string' || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(n.entryId)) return 'entryId';
  if (typeof n.text !== 'string') return 'text';
  if (n.text.length > NOTE_MAX_CHARS) return 'length';
  if (!isTime(n.createdAt)) return 'createdAt';
  if (!isTime(n.updatedAt)) return 'updatedAt';
  if (n.updatedAt < n.createdAt) return 'order';
  return null;
}

function isTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

export function isNote(value: unknown): value is Note {
  return noteProblem(value) === null;
}

/** A copy holding only the note's own fields, so stray properties never travel in or out. */
export function copyNote(note: Note): Note {
  return { entryId: note.entryId, text: note.text, createdAt: note.createdAt, updatedAt: note.updatedAt };
}
