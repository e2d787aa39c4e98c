import { describe, expect, it } from 'vitest';
import { copyNote, type Note } from '@/utils/notes/note';

describe('copyNote', () => {
  it('keeps only the note fields', () => {
    const note = { entryId: 'ttp', text: 'hi', createdAt: 1, updatedAt: 2, stray: true } as Note;
    const copy = copyNote(note);
    expect(copy).toEqual({ entryId: 'ttp', text: 'hi', createdAt: 1, updatedAt: 2 });
    expect(copy).not.toBe(note);
  });
});
