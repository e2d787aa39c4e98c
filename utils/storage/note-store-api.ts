import type { NoteStoreApi } from '@/components/NoteEditor';
import { getNote, saveNoteText, watchNote } from './notes';

/** The browser-storage implementation of the note editor's store. */
export const browserNoteStore: NoteStoreApi = {
  get: getNote,
  save: (entryId, text) => saveNoteText(entryId, text),
  watch: watchNote,
};
