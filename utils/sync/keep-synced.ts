import { SYNC_DEBOUNCE_MS, SYNC_MIN_INTERVAL_MS } from '../constants';
import { listNotes, watchAllNotes, writeNotes, deleteNote } from '../notes/store';
import { getOwnTerms, watchOwnTerms, writeOwnTerms } from '../own-terms/store';
import { getSettings, updateSettings, watchSettings } from '../settings/store';
import { isQuotaError } from '../storage/write-errors';
import { t } from '../i18n/t';
import { localChanges, localRecords, NOTE_SYNC, readerSettles, sameContent } from './local-records';
import {
  browserSyncArea,
  syncConflictsItem,
  syncOnItem,
  syncStateItem,
  syncStatusItem,
  watchSyncArea,
} from './store';
import { syncOnce, type SyncArea } from './sync-once';

/**
 * One sync of this browser with storage.sync, applied: another device's changes are stored here, this
 * browser's are sent, conflicts on notes are kept for the reader, and the status says what fit. Nothing
 * here is deleted except what another device deleted and this one had not changed since.
 */
export async function syncNow(area: SyncArea = browserSyncArea(), now = Date.now()): Promise<void> {
  const data = { notes: await listNotes(), ownTerms: await getOwnTerms(), settings: await getSettings() };
  const { records, state } = localRecords(data, await syncStateItem.getValue(), now);
  try {
    const outcome = await syncOnce(area, records, state.base, sameContent, readerSettles);
    const changes = localChanges(outcome, data);
    if (changes.writeNotes.length) await writeNotes(changes.writeNotes, now);
    for (const entryId of changes.deleteNotes) await deleteNote(entryId, now);
    if (changes.ownTerms) await writeOwnTerms(changes.ownTerms, now);
    if (changes.settings) await updateSettings(changes.settings, now);
    if (Object.keys(changes.conflicts).length)
      await syncConflictsItem.setValue({ ...(await syncConflictsItem.getValue()), ...changes.conflicts });
    await syncStateItem.setValue({ ...state, base: outcome.base });
    const localOnlyNotes = outcome.left
      .filter((k) => k.startsWith(NOTE_SYNC))
      .map((k) => k.slice(NOTE_SYNC.length));
    await syncStatusItem.setValue({
      at: now,
      bytes: outcome.bytes,
      nearFull: outcome.nearFull,
      localOnlyNotes,
      error: '',
    });
  } catch (error) {
    const reason = isQuotaError(error)
      ? t('sync_quotaError')
      : error instanceof Error
        ? error.message
        : String(error);
    const previous = await syncStatusItem.getValue();
    await syncStatusItem.setValue({
      ...(previous ?? { bytes: 0, nearFull: false, localOnlyNotes: [] }),
      at: now,
      error: reason,
    });
  }
}

/** The background's part of sync. */
export interface SyncKeeper {
  /** Syncs once if the switch is on: run when the browser starts or the extension is installed or updated. */
  syncIfOn(): void;
  stop(): void;
}

/**
 * While the switch is on: syncs after each change here (notes, own terms, settings) and each change
 * from another device, SYNC_DEBOUNCE_MS after the last of a burst, at once when switched on, one sync
 * at a time and SYNC_MIN_INTERVAL_MS apart at least (storage.sync's write limits). A wake of the background only registers
 * the watchers: it syncs nothing by itself. Switching off stops it; this browser keeps its full copy.
 */
export function keepSynced(area: SyncArea = browserSyncArea()): SyncKeeper {
  let stops: (() => void)[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let queue = Promise.resolve();
  let lastSync = Number.NEGATIVE_INFINITY;
  const run = () => {
    lastSync = Date.now();
    queue = queue.then(() => syncNow(area)).catch(console.error);
  };
  /** After `quietMs` without another change, and never sooner than SYNC_MIN_INTERVAL_MS after the last sync began. */
  const after = (quietMs: number) => {
    clearTimeout(timer);
    timer = setTimeout(run, Math.max(quietMs, lastSync + SYNC_MIN_INTERVAL_MS - Date.now()));
  };
  const schedule = () => after(SYNC_DEBOUNCE_MS);
  const sync = () => after(0);
  const watch = () => {
    if (stops.length) return;
    stops = [
      watchAllNotes(schedule),
      watchOwnTerms(schedule),
      watchSettings(schedule),
      watchSyncArea(schedule),
    ];
  };
  const stop = () => {
    clearTimeout(timer);
    stops.forEach((s) => s());
    stops = [];
  };
  void syncOnItem.getValue().then((on) => on && watch());
  const unwatch = syncOnItem.watch((on) => {
    if (!on) return stop();
    watch();
    sync();
  });
  return {
    syncIfOn: () => void syncOnItem.getValue().then((on) => on && (watch(), sync())),
    stop: () => {
      unwatch();
      stop();
    },
  };
}
