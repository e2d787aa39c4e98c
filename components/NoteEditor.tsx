import { useEffect, useRef, useState } from 'preact/hooks';
import { NOTE_MAX_CHARS } from '@/utils/constants';
import type { DraftStatus } from '@/utils/notes/note-draft';
import type { NoteStoreApi } from '@/utils/notes/note-store-api';
import { useNoteDraft } from './use-note-draft';

const STATUS_TEXT: Record<DraftStatus, string> = {
  idle: '',
  editing: 'Editing…',
  saved: 'Saved',
  error: 'Not saved',
  conflict: 'Not saved',
};

export interface NoteEditorProps {
  entryId: string;
  store: NoteStoreApi;
  /**
   * Without a note, only an "Add a note" button that opens the editor in place (the page popover, where
   * the first screen is kept for the entry and the reader's note; the popup shows the editor at once).
   */
  collapsed?: boolean;
}

/**
 * The reader's note on an entry, with a visible counter and save state. Saving, changes made elsewhere
 * and conflicts are the draft's (utils/notes/note-draft): this only shows it and passes the reader's
 * actions on.
 */
export function NoteEditor({ entryId, store, collapsed = false }: NoteEditorProps) {
  const draft = useNoteDraft(entryId, store);
  const { text, note, status, error, conflict } = draft.state;
  const [opened, setOpened] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);
  // Opened by the reader: the caret goes where they will type.
  useEffect(() => {
    if (opened) field.current?.focus();
  }, [opened]);

  const fieldId = `note-${entryId}`;
  if (collapsed && !opened && !note && !text && status === 'idle') {
    return (
      <section class="note-editor note-editor--closed" aria-label="Your note">
        <button type="button" class="note-editor__add primary-button" onClick={() => setOpened(true)}>
          Add a note
        </button>
        <span class="note-editor__hint">Only you see it.</span>
      </section>
    );
  }
  return (
    <section class="note-editor" aria-label="Your note">
      <label for={fieldId} class="note-editor__label">
        Your note
      </label>
      <textarea
        ref={field}
        id={fieldId}
        class="note-editor__field"
        value={text}
        maxLength={NOTE_MAX_CHARS}
        rows={3}
        dir="auto"
        placeholder="Add a note on this term (only you see it)"
        onInput={(e) => draft.input(e.currentTarget.value)}
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
          <button type="button" class="note-editor__delete" onClick={() => void draft.remove()}>
            Delete note
          </button>
        )}
      </div>
      {conflict && (
        <div class="note-editor__conflict" role="alert">
          <p>This note was changed in another window while you were typing; your text is not saved yet.</p>
          <button type="button" onClick={() => void draft.keepMine()}>
            Keep mine
          </button>
          <button type="button" onClick={() => draft.takeTheirs()}>
            Use the other
          </button>
        </div>
      )}
    </section>
  );
}
