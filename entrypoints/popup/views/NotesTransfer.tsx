import { downloadText, todayStamp } from '@/components/download';
import { useFileImport } from '@/components/use-file-import';
import type { Entry } from '@/utils/glossary/types';
import { t, tn } from '@/utils/i18n/t';
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
      return t('popup_imported', { new: chosen.counts.new, updated: chosen.counts.updated });
    },
  );

  return (
    <section class="transfer" aria-label={t('popup_transferLabel')}>
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
          {t('popup_exportJson')}
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
          {t('popup_exportCsv')}
        </button>
        <label class="transfer__import">
          {t('popup_importJson')}
          <input
            type="file"
            accept=".json,application/json"
            onChange={(e) => void chooseFile(e.currentTarget)}
          />
        </label>
      </div>
      {plan && <ImportPlan plan={plan} onApply={() => void apply()} onCancel={cancel} />}
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

/** What an import would change, before anything is written: apply it or cancel. */
function ImportPlan({ plan, onApply, onCancel }: { plan: MergePlan; onApply(): void; onCancel(): void }) {
  const { counts } = plan;
  return (
    <div class="transfer__plan" role="status">
      <p>
        {t('popup_importPlan', {
          new: counts.new,
          updated: counts.updated,
          unchanged: counts.unchanged,
          conflicts: counts.conflicts,
        })}
      </p>
      <button type="button" onClick={onApply} disabled={plan.toWrite.length === 0}>
        {tn('popup_importNotes', plan.toWrite.length)}
      </button>
      <button type="button" onClick={onCancel}>
        {t('popup_cancel')}
      </button>
    </div>
  );
}
