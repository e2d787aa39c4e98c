import { parseBackup, planBackupMerge, type BackupPlan } from './backup-file';
import { readImportText, type ImportFileSource } from '../transfer/import-file';
import { readAllData } from './store';

export type PreparedBackupImport = { ok: true; plan: BackupPlan } | { ok: false; error: string };

/**
 * Reads, checks and plans a full backup against what is stored. Writes nothing: a refused file leaves
 * storage exactly as it was; a good one is written only when the reader confirms (applyBackupPlan, one
 * storage write).
 */
export async function prepareBackupImport(file: ImportFileSource): Promise<PreparedBackupImport> {
  const read = await readImportText(file);
  if (!read.ok) return read;
  const parsed = parseBackup(read.text, read.size);
  if (!parsed.ok) return parsed;
  const current = await readAllData();
  return {
    ok: true,
    plan: planBackupMerge(
      { notes: new Map(current.notes.map((n) => [n.entryId, n])), ownTerms: current.ownTerms },
      parsed.data,
    ),
  };
}
