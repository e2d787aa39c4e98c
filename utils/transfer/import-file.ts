/**
 * What the notes import (utils/notes/import-export.ts) and the backup import (utils/backup/backup-file.ts) share:
 * the size limit, reading the file as a JSON object, copying a note and keeping the newest record per key.
 * Pure: no browser APIs.
 */
import { IMPORT_MAX_BYTES } from '../constants';
import type { Note } from '../notes/note';
import { fail, ok, type Result } from '../result';

/** Megabytes (MiB) to one decimal for the reader; whole numbers without one. */
function megabytes(bytes: number, round: (x: number) => number = Math.round): string {
  const mb = round((bytes / (1024 * 1024)) * 10) / 10;
  return Number.isInteger(mb) ? String(mb) : mb.toFixed(1);
}

/** The size message for a file over IMPORT_MAX_BYTES, or null when it is within the limit. */
function oversizeError(size: number): string | null {
  if (size <= IMPORT_MAX_BYTES) return null;
  const limit = megabytes(IMPORT_MAX_BYTES);
  // Rounded up when plain rounding would show the limit itself ("5 MB; … up to 5 MB").
  const shown = megabytes(size) === limit ? megabytes(size, Math.ceil) : megabytes(size);
  return `This file is ${shown} MB; NewsGloss imports files up to ${limit} MB.`;
}

/** What an import needs of a chosen File. */
export interface ImportFileSource {
  size: number;
  text(): Promise<string>;
}

/**
 * The text of a chosen file; a file over IMPORT_MAX_BYTES is refused by its size alone, before it is
 * read into memory (let alone parsed).
 */
export async function readImportText(
  file: ImportFileSource,
): Promise<Result<{ text: string; size: number }>> {
  const tooBig = oversizeError(file.size);
  if (tooBig !== null) return fail(tooBig);
  return ok({ text: await file.text(), size: file.size });
}

/**
 * Reads an imported file as a JSON object. sizeBytes is the file's size; a file over IMPORT_MAX_BYTES is
 * refused without parsing. notWhat opens the error for text that is not JSON or not an object (e.g. 'This
 * is not a NewsGloss notes file'); whatItIsNot ends the latter (e.g. 'a notes export'). The file's format
 * and contents are the caller's to check.
 */
export function readImportFile(
  text: string,
  sizeBytes: number,
  notWhat: string,
  whatItIsNot: string,
): Result<Record<string, unknown>> {
  // text.length never exceeds the UTF-8 size, so it guards against a wrong or missing sizeBytes.
  const size = Math.max(Number.isFinite(sizeBytes) ? sizeBytes : 0, text.length);
  const tooBig = oversizeError(size);
  if (tooBig !== null) return fail(tooBig);

  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail(`${notWhat} (it is not valid JSON).`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return fail(`${notWhat} (it is JSON, but not ${whatItIsNot}).`);
  }
  return ok(data as Record<string, unknown>);
}

/** A copy holding only the note's own fields, so stray properties never travel in or out. */
export function copyNote(note: Note): Note {
  return { entryId: note.entryId, text: note.text, createdAt: note.createdAt, updatedAt: note.updatedAt };
}

/** Of several records with one key, the newer by updatedAt (the later on a tie), in first-seen order. */
export function keepNewest<T extends { updatedAt: number }>(
  records: readonly T[],
  key: (record: T) => string,
): T[] {
  const byKey = new Map<string, T>();
  for (const record of records) {
    const kept = byKey.get(key(record));
    if (kept === undefined || record.updatedAt >= kept.updatedAt) byKey.set(key(record), record);
  }
  return [...byKey.values()];
}
