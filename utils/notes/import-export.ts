/**
 * Exporting notes (JSON for backup, CSV for spreadsheets), checking an imported notes file, and planning
 * how imported notes merge with the ones already kept. Pure: no browser APIs, nothing is written here.
 */
import { NOTE_MAX_CHARS } from '../constants';
import { csvText } from '../transfer/csv';
import { t } from '../i18n/t';
import { keepNewest, readRecords, readVersionedFile, type RecordKind } from '../transfer/import-file';
import { fail, ok, type Result } from '../result';
import { copyNote, noteProblem, type Note, type NoteProblem } from './note';

export const NOTES_FORMAT = 'newsgloss-notes';
export const NOTES_FORMAT_VERSION = 1;

export interface NotesFile {
  format: typeof NOTES_FORMAT;
  version: number;
  /** When the file was written, as an ISO 8601 time. */
  exportedAt: string;
  notes: Note[];
}

/** Sorted by entryId by code unit, so the same notes always export identically whatever the locale. */
function sortedNotes(notes: readonly Note[]): Note[] {
  return notes.map(copyNote).sort((a, b) => (a.entryId < b.entryId ? -1 : a.entryId > b.entryId ? 1 : 0));
}

/** Pretty JSON of a NotesFile, notes sorted by entryId. */
export function exportNotesJson(notes: readonly Note[], now: Date): string {
  const file: NotesFile = {
    format: NOTES_FORMAT,
    version: NOTES_FORMAT_VERSION,
    exportedAt: now.toISOString(),
    notes: sortedNotes(notes),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

const CSV_HEADER = ['entry_id', 'headword', 'note', 'created', 'updated'];

/**
 * CSV for spreadsheets: header `entry_id,headword,note,created,updated` (ISO times), RFC 4180 quoting,
 * CRLF line ends, notes sorted by entryId. An entry whose headword is unknown gets an empty headword.
 */
export function exportNotesCsv(
  notes: readonly Note[],
  headwordOf: (entryId: string) => string | undefined,
): string {
  const rows = [CSV_HEADER];
  for (const note of sortedNotes(notes)) {
    rows.push([
      note.entryId,
      headwordOf(note.entryId) ?? '',
      note.text,
      new Date(note.createdAt).toISOString(),
      new Date(note.updatedAt).toISOString(),
    ]);
  }
  return csvText(rows);
}

/** What the import says of a bad note, named as `record`. */
const NOTE_PROBLEMS: Record<NoteProblem, (record: string) => string> = {
  object: (record) => t('err_importNotObject', { record }),
  entryId: (record) => t('err_importNoteNoEntryId', { record }),
  text: (record) => t('err_importNoteNoText', { record }),
  length: (record) => t('err_importNoteTooLong', { record, max: NOTE_MAX_CHARS }),
  createdAt: (record) => t('err_importNoCreatedAt', { record }),
  updatedAt: (record) => t('err_importNoUpdatedAt', { record }),
  order: (record) => t('err_importUpdatedFirst', { record }),
};

/** A note in an imported list: 'Note 2 (entry "ttp")' in errors. */
export const NOTE_RECORD: RecordKind<Note> = {
  describe: (position, entry) =>
    entry === null ? t('err_importNote', { position }) : t('err_importNoteNamed', { position, entry }),
  nameField: 'entryId',
  problem: (value) => {
    const problem = noteProblem(value);
    return problem === null ? null : NOTE_PROBLEMS[problem];
  },
  copy: copyNote,
};

/**
 * Checks a notes file. sizeBytes is the file's size; a file over IMPORT_MAX_BYTES is refused without
 * parsing. All or nothing: one invalid note refuses the whole file. Duplicate entries keep the newer note.
 */
export function parseNotesImport(text: string, sizeBytes: number): Result<Note[]> {
  const read = readVersionedFile(text, sizeBytes, {
    format: NOTES_FORMAT,
    version: NOTES_FORMAT_VERSION,
    messages: {
      notJson: t('err_notesNotJson'),
      notThisFormat: t('err_notesNotNotes'),
      noVersion: t('err_notesNoVersion'),
      newer: (version) => t('err_notesNewer', { version }),
    },
  });
  if (!read.ok) return read;
  const file = read.value;
  if (!Array.isArray(file.notes)) return fail(t('err_notesNoList'));
  const notes = readRecords(file.notes as unknown[], NOTE_RECORD);
  if (!notes.ok) return notes;
  return ok(keepNewest(notes.value, (n) => n.entryId));
}

export interface MergePlan {
  /** Notes to write (new ones and ones where the imported note is newer and differs). */
  toWrite: Note[];
  counts: { new: number; updated: number; unchanged: number; conflicts: number };
}

/**
 * Plans a merge that keeps the newer version of each note and never deletes one. Per imported note:
 * new = no existing note (written); unchanged = same text (not written); updated = imported is newer and
 * its text differs (written); conflicts = existing is newer, or as new with different text (existing kept).
 * Notes that exist only locally are left alone. Computed before anything is written, so the reader can see
 * the counts first.
 */
export function planNotesMerge(existing: ReadonlyMap<string, Note>, incoming: readonly Note[]): MergePlan {
  const toWrite: Note[] = [];
  const counts = { new: 0, updated: 0, unchanged: 0, conflicts: 0 };
  for (const note of keepNewest(incoming, (n) => n.entryId)) {
    const current = existing.get(note.entryId);
    if (current === undefined) {
      counts.new++;
      toWrite.push(copyNote(note));
    } else if (current.text === note.text) {
      counts.unchanged++;
    } else if (note.updatedAt > current.updatedAt) {
      counts.updated++;
      toWrite.push(copyNote(note));
    } else {
      counts.conflicts++;
    }
  }
  return { toWrite, counts };
}
