import type { Entry } from '@/utils/glossary/types';
import { uiLanguage } from '@/utils/i18n/t';
import type { Note } from '@/utils/notes/note';

/** Made on first use, not at module load, so it is surely in the browser's interface language. */
let date: Intl.DateTimeFormat | undefined;
const formatDate = (time: number) =>
  (date ??= new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium', timeStyle: 'short' })).format(time);

export function NoteRow({ note, entry }: { note: Note; entry: Entry | undefined }) {
  const firstLine = note.text.split('\n').find((line) => line.trim()) ?? '';
  return (
    <div class="row">
      <div class="row__title">
        <span class="row__headword">{entry?.headword ?? note.entryId}</span>
        <time class="row__date" dateTime={new Date(note.updatedAt).toISOString()}>
          {formatDate(note.updatedAt)}
        </time>
      </div>
      <p class="row__summary" dir="auto">
        {firstLine}
      </p>
    </div>
  );
}
