import type { Note } from '@/utils/notes/note';

/** A fixed moment the notes tests count from: 2026-11-26T09:30:00.000Z. */
export const T0 = Date.UTC(2026, 10, 26, 9, 30);
export const HOUR = 60 * 60 * 1000;

/** A valid note on the TTP entry, with the fields given changed. */
export function note(overrides: Partial<Note> = {}): Note {
  return {
    entryId: 'ttp',
    text: 'Check the 2007 founding date.',
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}
