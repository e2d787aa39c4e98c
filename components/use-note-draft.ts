import { useCallback, useEffect, useMemo, useReducer } from 'preact/hooks';
import type { Note } from '@/utils/notes/note';
import { NoteDraft } from '@/utils/notes/note-draft';
import type { NoteStoreApi } from '@/utils/notes/note-store-api';
import { useStoredSubscription } from './use-stored-value';

/**
 * The draft of the note on one entry (utils/notes/note-draft), wired to Preact: one draft per entry and
 * store, told the stored note as it is read and each time it changes, left (a pending edit saved) on
 * unmount or when the entry changes. The component renders again on every change of the draft's state.
 */
export function useNoteDraft(entryId: string, store: NoteStoreApi): NoteDraft {
  const draft = useMemo(() => new NoteDraft(entryId, store), [entryId, store]);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    const stop = draft.subscribe(() => rerender(undefined));
    return () => {
      stop();
      void draft.leave();
    };
  }, [draft]);

  const load = useCallback(() => store.get(entryId), [entryId, store]);
  const watch = useCallback(
    (onChange: (note: Note | null) => void) => store.watch(entryId, onChange),
    [entryId, store],
  );
  // Told at once, not through a render: typing that starts meanwhile must build on the newest note.
  const onStored = useCallback((note: Note | null) => draft.stored(note), [draft]);
  useStoredSubscription(load, watch, onStored);
  return draft;
}
