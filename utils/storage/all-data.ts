import { storage } from '#imports';
import type { BackupData, BackupPlan } from '../data/backup';
import { listNotes, writeNotes } from './notes';
import { getOwnTerms, writeOwnTerms } from './own-terms';
import { getSettings, settingsItem } from './settings';

/** Everything the reader has: settings, own terms and notes (for "export everything"). */
export async function readAllData(): Promise<BackupData> {
  const [settings, ownTerms, notes] = await Promise.all([getSettings(), getOwnTerms(), listNotes()]);
  return { settings, ownTerms, notes };
}

/** Applies an import plan: own terms merged by id, notes written one key each, settings replaced. */
export async function applyBackupPlan(plan: BackupPlan): Promise<void> {
  const current = await getOwnTerms();
  const merged = new Map(current.map((t) => [t.id, t]));
  for (const term of plan.ownTerms.toWrite) merged.set(term.id, term);
  await writeOwnTerms([...merged.values()]);
  await writeNotes(plan.notes.toWrite);
  await settingsItem.setValue(plan.settings);
}

/** Deletes every note, own term and setting: the extension is as freshly installed. */
export async function clearAllData(): Promise<void> {
  await storage.clear('local');
}
