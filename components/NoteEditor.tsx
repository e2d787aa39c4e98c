import { useEffect, useRef, useState } from 'preact/hooks';
import { NOTE_MAX_CHARS, NOTE_SAVE_DEBOUNCE_MS } from '@/utils/constants';
import type { Note } from '@/utils/notes/note';
import { mergeNoteTexts } from '@/utils/notes/note-conflict';
import type { NoteStoreApi } from '@/utils/notes/note-store-api';

type Status = 'idle' | 'editing' | 'saved' | 'error' | 'conflict';

const STATUS_TEXT: Record<Status, string> = {
  idle: '',
  editing: 'Editing…',
  saved: 'Saved',
  error: 'Not saved',
  conflict: 'Not saved',
};

/**
 * The reader's note on an entry: plain text, saved automatically NOTE_SAVE_DEBOUNCE_MS after the last
 * keystroke, with a visible counter and save state. A change made elsewhere (popup, another tab)
 * shows up at once unless the reader is typing here. If it arrives while the reader has unsaved typing,
 * nothing is overwritten: the save is refused (compare-and-set on updatedAt) and the reader chooses to
 * keep their text or take the other. Leaving with such an edit keeps both texts (mergeNoteTexts).
 */
export function NoteEditor({ entryId, store }: { entryId: string; store: NoteStoreApi }) {
  const [text, setText] = useState('');
  const [note, setNote] = useState<Note | null>(null);
  const [status, setStatus] = useState<Status>('idle');
  const [error, setError] = useState('');
  const [conflict, setConflict] = useState<{ current: Note | null } | null>(null);
  const dirtyRef = useRef(false);
  /** updatedAt of the stored note the text here builds on (null: none), for compare-and-set. */
  const baseRef = useRef<number | null>(null);
  const timerRef = useRef<ReturnType<typeof setTimeout>>();
  /** The text as last typed, for saving a pending edit when the entry changes. */
  const typedRef = useRef('');

  useEffect(() => {
    let active = true;
    dirtyRef.current = false;
    baseRef.current = null;
    setStatus('idle');
    setError('');
    setConflict(null);
    const adopt = (n: Note | null) => {
      baseRef.current = n?.updatedAt ?? null;
      setText(n?.text ?? '');
    };
    void store.get(entryId).then((n) => {
      if (!active) return;
      setNote(n);
      if (!dirtyRef.current) adopt(n);
    });
    const unwatch = store.watch(entryId, (n) => {
      setNote(n);
      if (!dirtyRef.current) adopt(n);
    });
    return () => {
      active = false;
      unwatch();
      // Leaving the entry with a pending or refused edit: save it now rather than lose it, and if another
      // window changed the note meanwhile, keep both texts.
      if (dirtyRef.current) {
        clearTimeout(timerRef.current);
        const mine = typedRef.current;
        void store.save(entryId, mine, baseRef.current).then((result) => {
          if (result.saved) return;
          const merged = mergeNoteTexts(result.current?.text ?? '', mine);
          return store.save(entryId, merged, result.current?.updatedAt ?? null);
        });
      }
      timerRef.current = undefined;
    };
  }, [entryId, store]);

  const save = async (value: string) => {
    timerRef.current = undefined;
    try {
      const result = await store.save(entryId, value, baseRef.current);
      if (!result.saved) {
        setConflict({ current: result.current });
        setStatus('conflict');
        setError('');
        return;
      }
      baseRef.current = result.note?.updatedAt ?? null;
      // Still dirty if the reader typed on while this was being saved; that text has its own save queued.
      dirtyRef.current = typedRef.current !== value;
      setNote(result.note);
      setConflict(null);
      setStatus('saved');
      setError('');
    } catch (e) {
      setStatus('error');
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  /** After a refused save: write the reader's text over the other window's change. */
  const keepMine = () => {
    baseRef.current = conflict?.current?.updatedAt ?? null;
    void save(typedRef.current);
  };

  /** After a refused save: drop the reader's text and show the other window's. */
  const takeTheirs = () => {
    const current = conflict?.current ?? null;
    dirtyRef.current = false;
    baseRef.current = current?.updatedAt ?? null;
    typedRef.current = current?.text ?? '';
    setText(current?.text ?? '');
    setNote(current);
    setConflict(null);
    setStatus('idle');
  };

  const onInput = (value: string) => {
    const clipped = value.slice(0, NOTE_MAX_CHARS);
    typedRef.current = clipped;
    setText(clipped);
    dirtyRef.current = true;
    setStatus('editing');
    clearTimeout(timerRef.current);
    timerRef.current = setTimeout(() => void save(clipped), NOTE_SAVE_DEBOUNCE_MS);
  };

  const onDelete = () => {
    clearTimeout(timerRef.current);
    typedRef.current = '';
    dirtyRef.current = true;
    setText('');
    void save('');
  };

  const fieldId = `note-${entryId}`;
  return (
    <section class="note-editor" aria-label="Your note">
      <label for={fieldId} class="note-editor__label">
        Your note
      </label>
      <textarea
        id={fieldId}
        class="note-editor__field"
        value={text}
        maxLength={NOTE_MAX_CHARS}
        rows={3}
        dir="auto"
        placeholder="Add a note on this term (only you see it)"
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      <div class="note-editor__bar">
        <span class="note-editor__count" aria-label={`${text.length} of ${NOTE_MAX_CHARS} characters`}>
          {text.length.toLocaleString('en')} / {NOTE_MAX_CHARS.toLocaleString('en')}
        </span>
        <span class="note-editor__status" role="status" aria-live="polite">
          {STATUS_TEXT[status]}
          {error && `: ${error}`}
        </span>
        {(note || text) && (
          <button type="button" class="note-editor__delete" onClick={onDelete}>
            Delete note
          </button>
        )}
      </div>
      {conflict && (
        <div class="note-editor__conflict" role="alert">
          <p>This note was changed in another window while you were typing; your text is not saved yet.</p>
          <button type="button" onClick={keepMine}>
            Keep mine
          </button>
          <button type="button" onClick={takeTheirs}>
            Use the other
          </button>
        </div>
      )}
    </section>
  );
}
