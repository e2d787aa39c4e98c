import { useEffect, useRef, useState } from 'preact/hooks';
import { NOTE_MAX_CHARS } from '@/utils/constants';
import type { MessageKey } from '@/utils/i18n/en';
import { t } from '@/utils/i18n/t';
import type { DraftStatus } from '@/utils/notes/note-draft';
import type { NoteStoreApi } from '@/utils/notes/note-store-api';
import { useNoteDraft } from './use-note-draft';

const STATUS_MESSAGES = {
  idle: null,
  editing: 'note_editing',
  saved: 'note_saved',
  error: 'note_notSaved',
  conflict: 'note_notSaved',
} as const satisfies Record<DraftStatus, MessageKey | null>;

/** The save state, and why the last save failed while that is known. */
function statusText(status: DraftStatus, error: string): string {
  const key = STATUS_MESSAGES[status];
  const text = key ? t(key) : '';
  return error ? t('note_statusWithReason', { status: text, reason: error }) : text;
}

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
  const counter = { count: text.length, max: NOTE_MAX_CHARS };
  if (collapsed && !opened && !note && !text && status === 'idle') {
    return (
      <section class="note-editor note-editor--closed" aria-label={t('note_yourNote')}>
        <button type="button" class="note-editor__add primary-button" onClick={() => setOpened(true)}>
          {t('note_add')}
        </button>
        <span class="note-editor__hint">{t('note_onlyYou')}</span>
      </section>
    );
  }
  return (
    <section class="note-editor" aria-label={t('note_yourNote')}>
      <label for={fieldId} class="note-editor__label">
        {t('note_yourNote')}
      </label>
      <textarea
        ref={field}
        id={fieldId}
        class="note-editor__field"
        value={text}
        maxLength={NOTE_MAX_CHARS}
        rows={3}
        dir="auto"
        placeholder={t('note_placeholder')}
        onInput={(e) => draft.input(e.currentTarget.value)}
      />
      <div class="note-editor__bar">
        <span class="note-editor__count" aria-label={t('note_countLabel', counter)}>
          {t('note_count', counter)}
        </span>
        <span class="note-editor__status" role="status" aria-live="polite">
          {statusText(status, error)}
        </span>
        {(note || text) && (
          <button type="button" class="note-editor__delete" onClick={() => void draft.remove()}>
            {t('note_delete')}
          </button>
        )}
      </div>
      {conflict && (
        <div class="note-editor__conflict" role="alert">
          <p>{t('note_conflict')}</p>
          <button type="button" onClick={() => void draft.keepMine()}>
            {t('note_keepMine')}
          </button>
          <button type="button" onClick={() => draft.takeTheirs()}>
            {t('note_useOther')}
          </button>
        </div>
      )}
    </section>
  );
}
