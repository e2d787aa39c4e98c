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

/**
 * The reader's note on an entry, with a visible counter and save state. Saving, changes made elsewhere
 * and conflicts are the draft's (utils/notes/note-draft): this only shows it and passes the reader's
 * actions on.
 */
export function NoteEditor({ entryId, store }: { entryId: string; store: NoteStoreApi }) {
  const draft = useNoteDraft(entryId, store);
  const { text, note, status, error, conflict } = draft.state;

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
