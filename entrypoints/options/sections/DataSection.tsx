import { downloadText, todayStamp } from '@/components/download';
import { useState } from 'preact/hooks';
import { useFileImport } from '@/components/use-file-import';
import { SetAsideNotice } from '@/components/SetAsideNotice';
import { exportBackupJson, type BackupPlan } from '@/utils/backup/backup-file';
import { applyBackupPlan, clearAllData, readAllData } from '@/utils/backup/store';
import { prepareBackupImport } from '@/utils/backup/prepare-import';
import { t, tn } from '@/utils/i18n/t';
import { TransferNotice } from './TransferNotice';

/** "2 notes" and "1 own term", for the sentences that name what is stored. */
const countedData = (counts: { notes: number; ownTerms: number }) => ({
  notes: tn('options_noteCount', counts.notes),
  ownTerms: tn('options_ownTermCount', counts.ownTerms),
});

export function DataSection({ counts }: { counts: { notes: number; ownTerms: number } }) {
  const [confirmClear, setConfirmClear] = useState(false);
  const { plan, message, setMessage, chooseFile, apply, cancel } = useFileImport(
    prepareBackupImport,
    async (chosen: BackupPlan) => {
      await applyBackupPlan(chosen);
      return t('options_imported');
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
    setMessage({ kind: 'info', text: t('options_dataDeleted') });
  };

  return (
    <section class="card" aria-labelledby="data-heading">
      <h2 id="data-heading">{t('options_dataHeading')}</h2>
      <p class="muted">{t('options_dataSummary', countedData(counts))}</p>
      <SetAsideNotice className="error" />
      <div class="row">
        <button type="button" onClick={() => void exportAll()}>
          {t('options_exportAll')}
        </button>
        <label class="file-button">
          {t('options_importFile')}
          <input
            type="file"
            accept=".json,application/json"
            onChange={(e) => void chooseFile(e.currentTarget)}
          />
        </label>
        <button type="button" class="danger" onClick={() => setConfirmClear(true)}>
          {t('options_clearAll')}
        </button>
      </div>
      {plan && <BackupPlanSummary plan={plan} onImport={() => void apply()} onCancel={cancel} />}
      {confirmClear && (
        <div class="plan" role="alertdialog" aria-labelledby="clear-question">
          <p id="clear-question">{t('options_clearQuestion', countedData(counts))}</p>
          <button type="button" class="danger" onClick={() => void clear()}>
            {t('options_deleteEverything')}
          </button>
          <button type="button" onClick={() => setConfirmClear(false)}>
            {t('options_cancel')}
          </button>
        </div>
      )}
      <TransferNotice message={message} />
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
        {t('options_planNotes', plan.notes.counts)}
        <br />
        {t('options_planOwnTerms', plan.ownTerms.counts)}
        <br />
        {t('options_planSettings')}
      </p>
      <button type="button" onClick={onImport}>
        {t('options_import')}
      </button>
      <button type="button" onClick={onCancel}>
        {t('options_cancel')}
      </button>
    </div>
  );
}
