import type { NoteStoreApi } from './note-store-api';
import { getNote, saveNoteIfUnchanged, watchNote } from './store';

/** The browser-storage implementation of the note editor's store. */
export const browserNoteStore: NoteStoreApi = {
  get: getNote,
  save: (entryId, text, baseUpdatedAt) => saveNoteIfUnchanged(entryId, text, baseUpdatedAt),
  watch: watchNote,
};
