import { parseBackup, planBackupMerge, type BackupPlan } from './backup-file';
import { readImportText, type ImportFileSource } from '../transfer/import-file';
import { readAllData } from './store';
import { ok, type Result } from '../result';

/**
 * Reads, checks and plans a full backup against what is stored. Writes nothing: a refused file leaves
 * storage exactly as it was; a good one is written only when the reader confirms (applyBackupPlan, one
 * storage write).
 */
export async function prepareBackupImport(file: ImportFileSource): Promise<Result<BackupPlan>> {
  const read = await readImportText(file);
  if (!read.ok) return read;
  const parsed = parseBackup(read.value.text, read.value.size);
  if (!parsed.ok) return parsed;
  const current = await readAllData();
  return ok(
    planBackupMerge(
      { notes: new Map(current.notes.map((n) => [n.entryId, n])), ownTerms: current.ownTerms },
      parsed.value,
    ),
  );
}
