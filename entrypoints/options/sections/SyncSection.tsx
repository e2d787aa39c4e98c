import { itemAccess, useStoredValue } from '@/components/use-stored-value';
import { SYNC_QUOTA_BYTES } from '@/utils/constants';
import { t, tn, uiLanguage } from '@/utils/i18n/t';
import { syncOnItem, syncStatusItem, type SyncStatus } from '@/utils/sync/store';
import { SyncConflict, useSyncConflicts } from '@/components/SyncConflict';

const SYNC_ON = itemAccess(syncOnItem);
const STATUS = itemAccess(syncStatusItem);

/** Opt-in sync through the browser's own sync storage: the switch, what it holds, and notes to settle. */
export function SyncSection({ headword }: { headword(entryId: string): string }) {
  const [on] = useStoredValue<boolean>(...SYNC_ON, false);
  const [status] = useStoredValue<SyncStatus | null>(...STATUS, null);
  const conflicts = useSyncConflicts();
  return (
    <section class="card" aria-labelledby="sync-heading">
      <h2 id="sync-heading">{t('sync_heading')}</h2>
      <label class="row">
        <input
          type="checkbox"
          checked={on}
          onChange={(e) => void syncOnItem.setValue(e.currentTarget.checked)}
        />
        {t('sync_switch')}
      </label>
      <p class="muted">{t('sync_explain')}</p>
      {on && status && <SyncStatusLine status={status} headword={headword} />}
      {Object.entries(conflicts).map(([entryId, theirs]) => (
        <SyncConflict key={entryId} entryId={entryId} theirs={theirs} headword={headword(entryId)} />
      ))}
    </section>
  );
}

function SyncStatusLine({ status, headword }: { status: SyncStatus; headword(entryId: string): string }) {
  const when = new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium', timeStyle: 'short' }).format(
    status.at,
  );
  const kb = (bytes: number) => Math.ceil(bytes / 1024);
  return (
    <div role="status" class="sync__status">
      <p>{t('sync_usage', { when, used: kb(status.bytes), quota: kb(SYNC_QUOTA_BYTES) })}</p>
      {status.nearFull && <p class="error">{t('sync_nearFull')}</p>}
      {status.localOnlyNotes.length > 0 && (
        <p class="error">
          {tn('sync_localOnly', status.localOnlyNotes.length, {
            notes: status.localOnlyNotes.map(headword).join(', '),
          })}
        </p>
      )}
      {status.error && <p class="error">{status.error}</p>}
    </div>
  );
}
