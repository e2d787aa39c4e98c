import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { BackupData, BackupPlan } from './backup-file';
import { listNotes, noteWriteEntries } from '../notes/store';
import { getOwnTerms, ownTermsWriteEntries, OWN_TERMS_KEY } from '../own-terms/store';
import { getSettings, settingsWriteEntries, SETTINGS_KEY } from '../settings/store';
import { withKeyLock } from '../storage/key-lock';
import { explainWriteFailure } from '../storage/write-errors';
import { setAsideKeys } from './set-aside';

/** Everything the reader has: settings, own terms and notes (for "export everything"). */
export async function readAllData(): Promise<BackupData> {
  const [settings, ownTerms, notes] = await Promise.all([getSettings(), getOwnTerms(), listNotes()]);
  return { settings, ownTerms, notes };
}

/**
 * Applies an import plan: own terms merged by id, notes one key each, settings replaced. Everything goes
 * in one storage.local.set, which the browser applies whole or not at all (Chromium checks the quota
 * before writing; Firefox writes in one transaction), so a failed import leaves storage as it was.
 */
export async function applyBackupPlan(plan: BackupPlan, now = Date.now()): Promise<void> {
  await withKeyLock(SETTINGS_KEY, () =>
    withKeyLock(OWN_TERMS_KEY, async () => {
      const current = await getOwnTerms();
      const merged = new Map(current.map((t) => [t.id, t]));
      for (const term of plan.ownTerms.toWrite) merged.set(term.id, term);
      const entries = {
        ...(await ownTermsWriteEntries([...merged.values()], now)),
        ...(await noteWriteEntries(plan.notes.toWrite, now)),
        ...(await settingsWriteEntries(plan.settings, now)),
      };
      await explainWriteFailure(() => browser.storage.local.set(entries));
    }),
  );
}

/** Deletes every note, own term and setting (and quarantined copies): the extension is as freshly installed. */
export async function clearAllData(): Promise<void> {
  await storage.clear('local');
}

/** The keys of stored records that could not be read and were set aside (see setAsideKeys). */
export async function findSetAside(): Promise<string[]> {
  return setAsideKeys(await browser.storage.local.get(null));
}

/** Calls onChange with the set-aside keys now and after every change to local storage; returns the stop. */
export function watchSetAside(onChange: (keys: string[]) => void): () => void {
  let active = true;
  const check = () =>
    void findSetAside().then((keys) => {
      if (active) onChange(keys);
    });
  const onChanged = (_changes: unknown, area: string) => {
    if (area === 'local') check();
  };
  check();
  browser.storage.onChanged.addListener(onChanged);
  return () => {
    active = false;
    browser.storage.onChanged.removeListener(onChanged);
  };
}
