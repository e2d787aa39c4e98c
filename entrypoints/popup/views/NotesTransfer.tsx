import { downloadText, todayStamp } from '@/components/download';
import { useFileImport } from '@/components/use-file-import';
import type { Entry } from '@/utils/glossary/types';
import { exportNotesCsv, exportNotesJson, type MergePlan } from '@/utils/notes/import-export';
import type { Note } from '@/utils/notes/note';
import { writeNotes } from '@/utils/notes/store';
import { prepareNotesImport } from '@/utils/notes/prepare-import';

/** Export all notes (JSON, CSV) and import a JSON file, showing what would change before writing. */
export function NotesTransfer({
  notes,
  entries,
}: {
  notes: readonly Note[];
  entries: ReadonlyMap<string, Entry>;
}) {
  const { plan, message, chooseFile, apply, cancel } = useFileImport(
    prepareNotesImport,
    async (chosen: MergePlan) => {
      await writeNotes(chosen.toWrite);
      return `Imported: ${chosen.counts.new} new, ${chosen.counts.updated} updated.`;
    },
  );

  return (
    <section class="transfer" aria-label="Export and import notes">
      <div class="transfer__buttons">
        <button
          type="button"
          disabled={notes.length === 0}
          onClick={() =>
            downloadText(
              `newsgloss-notes-${todayStamp()}.json`,
              'application/json',
              exportNotesJson(notes, new Date()),
            )
          }
        >
          Export JSON
        </button>
        <button
          type="button"
          disabled={notes.length === 0}
          onClick={() =>
            downloadText(
              `newsgloss-notes-${todayStamp()}.csv`,
              'text/csv',
              exportNotesCsv(notes, (id) => entries.get(id)?.headword),
            )
          }
        >
          Export CSV
        </button>
        <label class="transfer__import">
          Import JSON…
          <input
            type="file"
            accept=".json,application/json"
            onChange={(e) => void chooseFile(e.currentTarget)}
          />
        </label>
      </div>
      {plan && (
        <div class="transfer__plan" role="status">
          <p>
            {plan.counts.new} new, {plan.counts.updated} updated, {plan.counts.unchanged} unchanged,{' '}
            {plan.counts.conflicts} in conflict (yours are newer and are kept). Nothing is deleted.
          </p>
          <button type="button" onClick={() => void apply()} disabled={plan.toWrite.length === 0}>
            Import {plan.toWrite.length} {plan.toWrite.length === 1 ? 'note' : 'notes'}
          </button>
          <button type="button" onClick={cancel}>
            Cancel
          </button>
        </div>
      )}
      {message && (
        <p
          class={`transfer__message transfer__message--${message.kind}`}
          role={message.kind === 'error' ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      )}
    </section>
  );
}
