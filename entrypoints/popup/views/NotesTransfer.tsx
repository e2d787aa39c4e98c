import { downloadText, todayStamp } from '@/components/download';
import { useState } from 'preact/hooks';
import type { Entry } from '@/utils/glossary/types';
import { exportNotesCsv, exportNotesJson, type MergePlan } from '@/utils/notes/import-export';
import type { Note } from '@/utils/notes/note';
import { writeNotes } from '@/utils/storage/notes';
import { prepareNotesImport } from '@/utils/storage/notes-import';

/** Export all notes (JSON, CSV) and import a JSON file, showing what would change before writing. */
export function NotesTransfer({
  notes,
  entries,
}: {
  notes: readonly Note[];
  entries: ReadonlyMap<string, Entry>;
}) {
  const [plan, setPlan] = useState<MergePlan | null>(null);
  const [message, setMessage] = useState<{ kind: 'error' | 'info'; text: string } | null>(null);

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    setPlan(null);
    if (!file) return;
    const prepared = await prepareNotesImport(file);
    if (!prepared.ok) {
      setMessage({ kind: 'error', text: `Nothing was imported. ${prepared.error}` });
      return;
    }
    setPlan(prepared.plan);
    setMessage(null);
  };

  const apply = async () => {
    if (!plan) return;
    try {
      await writeNotes(plan.toWrite);
      setMessage({ kind: 'info', text: `Imported: ${plan.counts.new} new, ${plan.counts.updated} updated.` });
    } catch (e) {
      setMessage({
        kind: 'error',
        text: `Nothing was imported: ${e instanceof Error ? e.message : String(e)}`,
      });
    }
    setPlan(null);
  };

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
          <input type="file" accept=".json,application/json" onChange={(e) => void onFile(e.currentTarget)} />
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
          <button type="button" onClick={() => setPlan(null)}>
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
