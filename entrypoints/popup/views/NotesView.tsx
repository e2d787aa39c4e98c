import { OptionList } from '@/components/OptionList';
import type { Entry } from '@/utils/glossary/types';
import { t } from '@/utils/i18n/t';
import type { Note } from '@/utils/notes/note';
import type { ListProps } from '../use-list-navigation';
import { NoteRow } from './NoteRow';
import { NotesTransfer } from './NotesTransfer';

/** "My notes": every note newest first, or those matching the query; then export and import. */
export function NotesView({
  notes,
  shown,
  query,
  entries,
  list,
  onOpen,
}: {
  notes: readonly Note[];
  shown: readonly Note[];
  query: string;
  entries: ReadonlyMap<string, Entry>;
  list: ListProps;
  onOpen(entryId: string): void;
}) {
  return (
    <>
      {shown.length ? (
        <OptionList
          {...list}
          label={t(query.trim() ? 'popup_notesMatching' : 'popup_notesNewestFirst')}
          items={shown}
          keyOf={(n) => n.entryId}
          render={(n) => <NoteRow note={n} entry={entries.get(n.entryId)} />}
          onChoose={(n) => onOpen(n.entryId)}
        />
      ) : (
        <p class="popup__empty">{notes.length ? t('popup_noNoteMatches', { query }) : t('popup_noNotes')}</p>
      )}
      <NotesTransfer notes={notes} entries={entries} />
    </>
  );
}
