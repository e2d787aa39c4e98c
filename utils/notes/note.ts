import { NOTE_MAX_CHARS } from '../constants';

/** A reader's note on one glossary entry. Plain text; times in milliseconds since the epoch. */
export interface Note {
  entryId: string;
  text: string;
  createdAt: number;
  updatedAt: number;
}

/** Why a value is not a note, or null when it is one. */
export function noteProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return 'is not an object';
  const n = value as Record<string, unknown>;
  if (typeof n.entryId !== 'string' || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(n.entryId))
    return 'has no valid entryId';
  if (typeof n.text !== 'string') return 'has no text';
  if (n.text.length > NOTE_MAX_CHARS) return `is longer than ${NOTE_MAX_CHARS} characters`;
  if (!isTime(n.createdAt)) return 'has no valid createdAt time';
  if (!isTime(n.updatedAt)) return 'has no valid updatedAt time';
  if (n.updatedAt < n.createdAt) return 'was updated before it was created';
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
