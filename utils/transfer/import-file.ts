/**
 * What the notes import (utils/notes/import-export.ts) and the backup import (utils/backup/backup-file.ts)
 * share: the size limit (readImportText refuses a file by its size before reading it), reading the file as a
 * JSON object of a known format and version (readVersionedFile, with the messages both imports give),
 * and keeping the newest record per key (keepNewest). Pure: no browser APIs.
 */
import { IMPORT_MAX_BYTES } from '../constants';
import { t } from '../i18n/t';
import { fail, ok, type Result } from '../result';

/** Megabytes (MiB) to one decimal for the reader (t writes a whole number without one). */
function megabytes(bytes: number, round: (x: number) => number = Math.round): number {
  return round((bytes / (1024 * 1024)) * 10) / 10;
}

/** The size message for a file over IMPORT_MAX_BYTES, or null when it is within the limit. */
function oversizeError(size: number): string | null {
  if (size <= IMPORT_MAX_BYTES) return null;
  const limit = megabytes(IMPORT_MAX_BYTES);
  // Rounded up when plain rounding would show the limit itself ("5 MB; … up to 5 MB").
  const shown = megabytes(size) === limit ? megabytes(size, Math.ceil) : megabytes(size);
  return t('err_fileTooBig', { size: shown, limit });
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

/** What an imported file must be, and the messages that refuse another, each naming what it expected. */
export interface ImportFileKind {
  /** The file's `format` field, e.g. 'newsgloss-notes'. */
  format: string;
  /** The newest format version this NewsGloss reads; a file's version is a whole number from 1 up to it. */
  version: number;
  messages: {
    /** "This is not a NewsGloss notes file (it is not valid JSON)." */
    notJson: string;
    /** JSON of another shape or format: "… (it is JSON, but not a notes export)." */
    notThisFormat: string;
    noVersion: string;
    /** A file from a newer NewsGloss, naming its format version. */
    newer(version: string): string;
  };
  /** Another NewsGloss format, the wrong file here, and the message that says where it goes instead. */
  otherFormat?: { format: string; error: string };
}

/**
 * Reads an imported file as a JSON object of kind's format, in a version this NewsGloss can read. Checked
 * in order: the size (sizeBytes is the file's size; a file over IMPORT_MAX_BYTES is refused without
 * parsing), JSON, an object, the format, the version. The file's contents are the caller's to check.
 */
export function readVersionedFile(
  text: string,
  sizeBytes: number,
  kind: ImportFileKind,
): Result<Record<string, unknown>> {
  // text.length never exceeds the UTF-8 size, so it guards against a wrong or missing sizeBytes.
  const size = Math.max(Number.isFinite(sizeBytes) ? sizeBytes : 0, text.length);
  const tooBig = oversizeError(size);
  if (tooBig !== null) return fail(tooBig);

  const { messages } = kind;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail(messages.notJson);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return fail(messages.notThisFormat);
  const file = data as Record<string, unknown>;
  if (kind.otherFormat !== undefined && file.format === kind.otherFormat.format) {
    return fail(kind.otherFormat.error);
  }
  if (file.format !== kind.format) return fail(messages.notThisFormat);

  const version = file.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail(messages.noVersion);
  }
  // Written as the file has it: a format version is a name, not an amount.
  if (version > kind.version) return fail(messages.newer(String(version)));
  return ok(file);
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

/** How a record of an imported list names itself in an error, and what is wrong with it. */
export interface RecordKind<T> {
  /** The record by its place in the file (from 1) and its name, if it has one: 'Note 2 (entry "ttp")'. */
  describe(position: number, name: string | null): string;
  /** The field holding the record's name. */
  nameField: string;
  /**
   * Why a value is not such a record, as the sentence that says so of `record` (describe's words:
   * 'Note 2 (entry "ttp") is not valid: it has no text.'), or null when it is one.
   */
  problem(value: unknown): ((record: string) => string) | null;
  /** A copy holding only the record's own fields, so stray properties never travel in. */
  copy(record: T): T;
}

/** A bad record named by its place in the file (from 1) and, when it has one, its name (cut to 40). */
function describeRecord(kind: RecordKind<unknown>, index: number, value: unknown): string {
  const name =
    typeof value === 'object' && value !== null
      ? (value as Record<string, unknown>)[kind.nameField]
      : undefined;
  if (typeof name !== 'string' || name.trim() === '') return kind.describe(index + 1, null);
  return kind.describe(index + 1, name.length > 40 ? `${name.slice(0, 40)}…` : name);
}

/** Every record of an imported list, copied; all or nothing: the first bad one refuses the whole list. */
export function readRecords<T>(values: readonly unknown[], kind: RecordKind<T>): Result<T[]> {
  const records: T[] = [];
  for (const [index, value] of values.entries()) {
    const sentence = kind.problem(value);
    if (sentence !== null) return fail(sentence(describeRecord(kind as RecordKind<unknown>, index, value)));
    records.push(kind.copy(value as T));
  }
  return ok(records);
}
