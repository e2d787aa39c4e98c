/**
 * "Export everything" and its import: settings, own terms and notes in one file, so a reader can move to
 * another browser or recover after a reinstall. Pure: no browser APIs, nothing is written here. Same rules
 * and wording as the notes file (utils/notes/import-export.ts): all or nothing, newer wins, never delete.
 */
import { t } from '../i18n/t';
import {
  isOwnTermId,
  OWN_TERM_ID_PREFIX,
  ownTermShapeProblem,
  type OwnTerm,
  type OwnTermShapeProblem,
} from '../own-terms/own-term';
import { NOTE_RECORD, NOTES_FORMAT, planNotesMerge, type MergePlan } from '../notes/import-export';
import { copyNote, type Note } from '../notes/note';
import { normaliseSettings, type Settings } from '../settings/settings';
import { keepNewest, readRecords, readVersionedFile, type RecordKind } from '../transfer/import-file';
import { fail, ok, type Result } from '../result';

export const BACKUP_FORMAT = 'newsgloss-backup';
export const BACKUP_VERSION = 1;

export interface BackupData {
  settings: Settings;
  ownTerms: OwnTerm[];
  notes: Note[];
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A copy holding only the term's own fields, so stray properties never travel in or out. */
function copyTerm(term: OwnTerm): OwnTerm {
  return {
    id: term.id,
    headword: term.headword,
    aliases: [...term.aliases],
    abbreviation: term.abbreviation,
    category: term.category,
    summary: term.summary,
    ...(term.context !== undefined ? { context: term.context } : {}),
    ...(term.source !== undefined ? { source: { ...term.source } } : {}),
    createdAt: term.createdAt,
    updatedAt: term.updatedAt,
  };
}

/** Pretty JSON of everything; notes by entryId and terms by id, so the same data always exports alike. */
export function exportBackupJson(data: BackupData, now: Date): string {
  const file = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    settings: normaliseSettings(data.settings),
    ownTerms: data.ownTerms.map(copyTerm).sort((a, b) => byCodeUnit(a.id, b.id)),
    notes: data.notes.map(copyNote).sort((a, b) => byCodeUnit(a.entryId, b.entryId)),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** What is wrong with an imported own term: its shape, an id not of ownTermId's form, or its times' order. */
type OwnTermProblem = OwnTermShapeProblem | 'idForm' | 'order';

/** What the import says of a bad own term, named as `record`. */
const OWN_TERM_PROBLEMS: Record<OwnTermProblem, (record: string) => string> = {
  object: (record) => t('err_importNotObject', { record }),
  id: (record) => t('err_importTermNoId', { record }),
  idForm: (record) => t('err_importTermBadId', { record, prefix: OWN_TERM_ID_PREFIX }),
  headword: (record) => t('err_importTermNoHeadword', { record }),
  aliases: (record) => t('err_importTermNoSpellings', { record }),
  abbreviation: (record) => t('err_importTermNoAbbreviation', { record }),
  category: (record) => t('err_importTermNoCategory', { record }),
  summary: (record) => t('err_importTermNoSummary', { record }),
  context: (record) => t('err_importTermBadContext', { record }),
  source: (record) => t('err_importTermBadSource', { record }),
  createdAt: (record) => t('err_importNoCreatedAt', { record }),
  updatedAt: (record) => t('err_importNoUpdatedAt', { record }),
  order: (record) => t('err_importUpdatedFirst', { record }),
};

function ownTermProblem(value: unknown): OwnTermProblem | null {
  const problem = ownTermShapeProblem(value);
  if (problem !== null) return problem;
  const term = value as OwnTerm;
  if (!isOwnTermId(term.id)) return 'idForm';
  if (term.updatedAt < term.createdAt) return 'order';
  return null;
}

/** An own term in an imported list: 'Term 1 ("Chaman sit-in")' in errors. */
const OWN_TERM_RECORD: RecordKind<OwnTerm> = {
  describe: (position, headword) =>
    headword === null ? t('err_importTerm', { position }) : t('err_importTermNamed', { position, headword }),
  nameField: 'headword',
  problem: (value) => {
    const problem = ownTermProblem(value);
    return problem === null ? null : OWN_TERM_PROBLEMS[problem];
  },
  copy: copyTerm,
};

/**
 * Checks a backup file. sizeBytes is the file's size; a file over IMPORT_MAX_BYTES is refused without
 * parsing. All or nothing: one invalid term or note refuses the whole file. Settings are repaired field
 * by field (normaliseSettings), since an odd setting is better reset than the whole backup lost.
 */
export function parseBackup(text: string, sizeBytes: number): Result<BackupData> {
  const read = readVersionedFile(text, sizeBytes, {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    messages: {
      notJson: t('err_backupNotJson'),
      notThisFormat: t('err_backupNotBackup'),
      noVersion: t('err_backupNoVersion'),
      newer: (version) => t('err_backupNewer', { version }),
    },
    otherFormat: { format: NOTES_FORMAT, error: t('err_backupIsNotes') },
  });
  if (!read.ok) return read;
  const file = read.value;

  const settings = file.settings;
  if (typeof settings !== 'object' || settings === null || Array.isArray(settings)) {
    return fail(t('err_backupNoSettings'));
  }
  if (!Array.isArray(file.ownTerms)) return fail(t('err_backupNoTerms'));
  if (!Array.isArray(file.notes)) return fail(t('err_backupNoNotes'));

  const ownTerms = readRecords(file.ownTerms as unknown[], OWN_TERM_RECORD);
  if (!ownTerms.ok) return ownTerms;
  const notes = readRecords(file.notes as unknown[], NOTE_RECORD);
  if (!notes.ok) return notes;

  return ok({
    settings: normaliseSettings(settings),
    ownTerms: keepNewest(ownTerms.value, (t) => t.id),
    notes: keepNewest(notes.value, (n) => n.entryId),
  });
}

export interface BackupPlan {
  notes: MergePlan;
  ownTerms: {
    /**
     * The whole list after the merge, for writeOwnTerms: every current term (replaced where the imported
     * one wins) and the new ones. Unlike notes, own terms share one storage key, so all are written.
     */
    toWrite: OwnTerm[];
    counts: { new: number; updated: number; unchanged: number; conflicts: number };
  };
  /** The imported settings replace the current ones. */
  settings: Settings;
}

/** Whether two terms say the same thing, whatever their times. */
function sameContent(a: OwnTerm, b: OwnTerm): boolean {
  return (
    a.headword === b.headword &&
    a.abbreviation === b.abbreviation &&
    a.category === b.category &&
    a.summary === b.summary &&
    a.aliases.length === b.aliases.length &&
    a.aliases.every((alias, i) => alias === b.aliases[i])
  );
}

/**
 * Plans a merge before anything is written, so the reader can see the counts first. Notes as for a notes
 * import. Own terms by id, the same rule: new (written); unchanged (same content); updated (imported is
 * newer and differs: it replaces the current one); conflicts (current is newer or as new: it is kept).
 * Nothing is deleted.
 */
export function planBackupMerge(
  current: { notes: ReadonlyMap<string, Note>; ownTerms: readonly OwnTerm[] },
  incoming: BackupData,
): BackupPlan {
  const merged = new Map<string, OwnTerm>(current.ownTerms.map((t) => [t.id, copyTerm(t)]));
  const counts = { new: 0, updated: 0, unchanged: 0, conflicts: 0 };
  for (const term of keepNewest(incoming.ownTerms, (t) => t.id)) {
    const existing = merged.get(term.id);
    if (existing === undefined) {
      counts.new++;
      merged.set(term.id, copyTerm(term));
    } else if (sameContent(existing, term)) {
      counts.unchanged++;
    } else if (term.updatedAt > existing.updatedAt) {
      counts.updated++;
      merged.set(term.id, copyTerm(term));
    } else {
      counts.conflicts++;
    }
  }
  return {
    notes: planNotesMerge(current.notes, incoming.notes),
    ownTerms: { toWrite: [...merged.values()], counts },
    settings: normaliseSettings(incoming.settings),
  };
}
