import { downloadText, todayStamp } from '@/components/download';
import { plural } from '@/components/plural';
import { useState } from 'preact/hooks';
import { useFileImport } from '@/components/use-file-import';
import { SetAsideNotice } from '@/components/SetAsideNotice';
import { exportBackupJson, type BackupPlan } from '@/utils/backup/backup-file';
import { applyBackupPlan, clearAllData, readAllData } from '@/utils/backup/store';
import { prepareBackupImport } from '@/utils/backup/prepare-import';

export function DataSection({ counts }: { counts: { notes: number; ownTerms: number } }) {
  const [confirmClear, setConfirmClear] = useState(false);
  const { plan, message, setMessage, chooseFile, apply, cancel } = useFileImport(
    prepareBackupImport,
    async (chosen: BackupPlan) => {
      await applyBackupPlan(chosen);
      return 'Imported. Open pages use the imported settings and terms now.';
    },
  );

  const exportAll = async () => {
    const data = await readAllData();
    downloadText(
      `newsgloss-backup-${todayStamp()}.json`,
      'application/json',
      exportBackupJson(data, new Date()),
    );
  };
  const clear = async () => {
    await clearAllData();
    setConfirmClear(false);
    setMessage({ kind: 'info', text: 'All NewsGloss data was deleted.' });
  };

  return (
    <section class="card" aria-labelledby="data-heading">
      <h2 id="data-heading">Your data</h2>
      <p class="muted">
        Everything stays in this browser: {plural(counts.notes, 'note')},{' '}
        {plural(counts.ownTerms, 'own term')}.
      </p>
      <SetAsideNotice className="error" />
      <div class="row">
        <button type="button" onClick={() => void exportAll()}>
          Export everything
        </button>
        <label class="file-button">
          Import…
          <input
            type="file"
            accept=".json,application/json"
            onChange={(e) => void chooseFile(e.currentTarget)}
          />
        </label>
        <button type="button" class="danger" onClick={() => setConfirmClear(true)}>
          Clear all data…
        </button>
      </div>
      {plan && <BackupPlanSummary plan={plan} onImport={() => void apply()} onCancel={cancel} />}
      {confirmClear && (
        <div class="plan" role="alertdialog" aria-labelledby="clear-question">
          <p id="clear-question">
            Delete {plural(counts.notes, 'note')}, {plural(counts.ownTerms, 'own term')} and your settings?
            This cannot be undone; export first if you may want them back.
          </p>
          <button type="button" class="danger" onClick={() => void clear()}>
            Delete everything
          </button>
          <button type="button" onClick={() => setConfirmClear(false)}>
            Cancel
          </button>
        </div>
      )}
      {message && (
        <p
          class={message.kind === 'error' ? 'error' : 'muted'}
          role={message.kind === 'error' ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      )}
    </section>
  );
}

/** What importing the chosen backup would change, before anything is written. */
function BackupPlanSummary({
  plan,
  onImport,
  onCancel,
}: {
  plan: BackupPlan;
  onImport(): void;
  onCancel(): void;
}) {
  return (
    <div class="plan" role="status">
      <p>
        Notes: {plan.notes.counts.new} new, {plan.notes.counts.updated} updated, {plan.notes.counts.unchanged}{' '}
        unchanged, {plan.notes.counts.conflicts} in conflict (yours are newer and are kept).
        <br />
        My terms: {plan.ownTerms.counts.new} new, {plan.ownTerms.counts.updated} updated,{' '}
        {plan.ownTerms.counts.unchanged} unchanged, {plan.ownTerms.counts.conflicts} in conflict.
        <br />
        Settings: replaced by the file's. Nothing is deleted.
      </p>
      <button type="button" onClick={onImport}>
        Import
      </button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
