import { useEffect, useRef, useState } from 'preact/hooks';
import { NOTE_MAX_CHARS, NOTE_SAVE_DEBOUNCE_MS } from '@/utils/constants';
import type { Note } from '@/utils/notes/note';

export interface NoteStoreApi {
  get(entryId: string): Promise<Note | null>;
  save(entryId: string, text: string): Promise<Note | null>;
  watch(entryId: string, onChange: (note: Note | null) => void): () => void;
}

type Status = 'idle' | 'editing' | 'saved' | 'error';

const STATUS_TEXT: Record<Status, string> = {
  idle: '',
  editing: 'Editing…',
  saved: 'Saved',
  error: 'Not saved',
};

/**
 * The reader's note on an entry: plain text, saved automatically NOTE_SAVE_DEBOUNCE_MS after the last
 * keystroke, with a visible counter and save state. A change made elsewhere (popup, another tab)
 * shows up at once unless the reader is typing here.
 */
export function NoteEditor({ entryId, store }: { entryId: string; store: NoteStoreApi }) {
  const [text, setText] = useState('');
  const [note, setNote] = useState<Note | null>(null);
  const [status, setStatus] = useState<Status>('idle');
  const [error, setError] = useState('');
  const dirtyRef = useRef(false);
  const timerRef = useRef<ReturnType<typeof setTimeout>>();
  /** The text as last typed, for saving a pending edit when the entry changes. */
  const typedRef = useRef('');

  useEffect(() => {
    let active = true;
    dirtyRef.current = false;
    setStatus('idle');
    setError('');
    void store.get(entryId).then((n) => {
      if (!active) return;
      setNote(n);
      setText(n?.text ?? '');
    });
    const unwatch = store.watch(entryId, (n) => {
      setNote(n);
      if (!dirtyRef.current) setText(n?.text ?? '');
    });
    return () => {
      active = false;
      unwatch();
      // Leaving the entry with a pending edit: save it now rather than lose it.
      if (timerRef.current !== undefined && dirtyRef.current) {
        clearTimeout(timerRef.current);
        void store.save(entryId, typedRef.current);
      }
      timerRef.current = undefined;
    };
  }, [entryId, store]);

  const save = async (value: string) => {
    timerRef.current = undefined;
    try {
      const saved = await store.save(entryId, value);
      dirtyRef.current = false;
      setNote(saved);
      setStatus('saved');
      setError('');
    } catch (e) {
      setStatus('error');
      setError(e instanceof Error ? e.message : String(e));
    }
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
    </section>
  );
}
