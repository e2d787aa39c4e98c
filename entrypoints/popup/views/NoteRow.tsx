import type { Entry } from '@/utils/glossary/types';
import type { Note } from '@/utils/notes/note';

const DATE = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

export function NoteRow({ note, entry }: { note: Note; entry: Entry | undefined }) {
  const firstLine = note.text.split('\n').find((line) => line.trim()) ?? '';
  return (
    <div class="row">
      <div class="row__title">
        <span class="row__headword">{entry?.headword ?? note.entryId}</span>
        <time class="row__date" dateTime={new Date(note.updatedAt).toISOString()}>
          {DATE.format(note.updatedAt)}
        </time>
      </div>
      <p class="row__summary" dir="auto">
        {firstLine}
      </p>
    </div>
  );
}
