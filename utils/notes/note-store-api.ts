import type { Note } from './note';

/** What a compare-and-set save did: wrote (the note as now stored) or refused (the note someone else stored). */
export type SaveResult = { saved: true; note: Note | null } | { saved: false; current: Note | null };

/** Where the note editor reads, saves and watches notes: the browser's storage, or a fake in tests. */
export interface NoteStoreApi {
  get(entryId: string): Promise<Note | null>;
  /**
   * Saves only if the stored note is still the one last seen here (its updatedAt is baseUpdatedAt; null:
   * there was none); otherwise writes nothing and returns the current note.
   */
  save(entryId: string, text: string, baseUpdatedAt: number | null): Promise<SaveResult>;
  watch(entryId: string, onChange: (note: Note | null) => void): () => void;
}
