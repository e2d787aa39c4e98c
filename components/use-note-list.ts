import type { Note } from '@/utils/notes/note';
import { listNotes, watchAllNotes } from '@/utils/notes/store';
import { useStoredValue, type Watch } from './use-stored-value';

/** A change to any note says only that something changed, so the whole list is read again. */
const watchNoteList: Watch<Note[]> = (onChange) => watchAllNotes(() => void listNotes().then(onChange));

/** Every readable note, newest first, kept current as notes change anywhere in the extension. */
export function useNoteList(): Note[] {
  return useStoredValue(listNotes, watchNoteList, [])[0];
}
