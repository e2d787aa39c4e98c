import { readImportText, type ImportFileSource } from '../transfer/import-file';
import { parseNotesImport, planNotesMerge, type MergePlan } from './import-export';
import { listNotes } from './store';
import { ok, type Result } from '../result';

/**
 * Reads, checks and plans a notes file against the stored notes. Writes nothing: a refused file (too big,
 * not JSON, another format, a newer version, one bad note) leaves storage exactly as it was; a good one
 * is written only when the reader confirms (writeNotes, one storage write).
 */
export async function prepareNotesImport(file: ImportFileSource): Promise<Result<MergePlan>> {
  const read = await readImportText(file);
  if (!read.ok) return read;
  const parsed = parseNotesImport(read.value.text, read.value.size);
  if (!parsed.ok) return parsed;
  const existing = new Map((await listNotes()).map((n) => [n.entryId, n]));
  return ok(planNotesMerge(existing, parsed.value));
}
