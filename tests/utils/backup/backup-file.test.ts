import { ownTerm } from '../../support/own-term';
import { HOUR, note, T0 } from '../../support/note';
import { describe, expect, it } from 'vitest';
import { IMPORT_MAX_BYTES } from '@/utils/constants';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  exportBackupJson,
  parseBackup,
  planBackupMerge,
  type BackupData,
} from '@/utils/backup/backup-file';
import type { OwnTerm } from '@/utils/own-terms/own-term';
import { exportNotesJson } from '@/utils/notes/import-export';
import type { Note } from '@/utils/notes/note';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings/store';

function term(overrides: Partial<OwnTerm> = {}): OwnTerm {
  return ownTerm('Chaman sit-in', {
    aliases: ['Chaman dharna'],
    summary: 'A months-long protest at the Chaman border crossing.',
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  });
}

const SETTINGS: Settings = {
  ...DEFAULT_SETTINGS,
  enabled: false,
  trigger: 'click',
  density: 'all',
  hiddenCategories: ['person'],
  sites: ['dawn.com'],
};

function data(overrides: Partial<BackupData> = {}): BackupData {
  return {
    settings: SETTINGS,
    ownTerms: [term(), term({ id: 'own-bannu-jirga', headword: 'Bannu jirga', aliases: [] })],
    notes: [note(), note({ entryId: 'bla', text: 'Compare with BLF.' })],
    ...overrides,
  };
}

function file(overrides: Record<string, unknown> = {}): string {
  return JSON.stringify({
    format: BACKUP_FORMAT,
    version: 1,
    exportedAt: '2026-11-26T10:00:00.000Z',
    settings: SETTINGS,
    ownTerms: [term()],
    notes: [note()],
    ...overrides,
  });
}

type Parsed = ReturnType<typeof parseBackup>;
const parse = (text: string, sizeBytes = text.length): Parsed => parseBackup(text, sizeBytes);

function errorOf(result: Parsed): string {
  if (result.ok) throw new Error('expected the backup to be refused');
  return result.error;
}

function dataOf(result: Parsed): BackupData {
  if (!result.ok) throw new Error(`expected the backup to be read: ${result.error}`);
  return result.value;
}

describe('exportBackupJson', () => {
  it('writes pretty JSON of everything, terms by id and notes by entryId, without stray fields', () => {
    const json = exportBackupJson(
      data({ ownTerms: [{ ...term(), extra: 1 } as OwnTerm, term({ id: 'own-bannu-jirga' })] }),
      new Date(T0 + HOUR),
    );
    expect(json.endsWith('}\n')).toBe(true);
    expect(json).toContain('\n  "format": "newsgloss-backup",\n');
    const parsed = JSON.parse(json) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual(['format', 'version', 'exportedAt', 'settings', 'ownTerms', 'notes']);
    expect(parsed).toMatchObject({
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: '2026-11-26T10:30:00.000Z',
      settings: SETTINGS,
    });
    expect((parsed.ownTerms as OwnTerm[]).map((t) => t.id)).toEqual(['own-bannu-jirga', 'own-chaman-sit-in']);
    expect(parsed.ownTerms as OwnTerm[]).not.toContainEqual(expect.objectContaining({ extra: 1 }));
    expect((parsed.notes as Note[]).map((n) => n.entryId)).toEqual(['bla', 'ttp']);
  });
});

describe('parseBackup', () => {
  it('keeps a term’s optional context and source through a backup', () => {
    const sourced = term({
      id: 'own-bannu-jirga',
      context: 'Background.',
      source: { title: 'A report', url: 'https://example.org/r', accessed: '2026-11-29' },
    });
    const read = dataOf(parse(exportBackupJson(data({ ownTerms: [sourced] }), new Date(T0))));
    expect(read.ownTerms).toEqual([sourced]);
  });

  it('reads back what it exported', () => {
    const original = data();
    const read = dataOf(parse(exportBackupJson(original, new Date(T0))));
    expect(read.settings).toEqual(original.settings);
    expect(read.ownTerms).toEqual([...original.ownTerms].sort((a, b) => (a.id < b.id ? -1 : 1)));
    expect(read.notes).toEqual([...original.notes].sort((a, b) => (a.entryId < b.entryId ? -1 : 1)));
  });

  it('reads an empty backup', () => {
    expect(dataOf(parse(exportBackupJson(data({ ownTerms: [], notes: [] }), new Date(T0))))).toEqual({
      settings: SETTINGS,
      ownTerms: [],
      notes: [],
    });
  });

  it('refuses a file over the size limit without parsing it', () => {
    expect(errorOf(parse('{', IMPORT_MAX_BYTES + 1))).toBe(
      'This file is 5.1 MB; NewsGloss imports files up to 5 MB.',
    );
    expect(errorOf(parse('{', 12 * 1024 * 1024))).toBe(
      'This file is 12 MB; NewsGloss imports files up to 5 MB.',
    );
  });

  it('refuses what is not a backup', () => {
    expect(errorOf(parse('not json'))).toBe('This is not a NewsGloss backup file (it is not valid JSON).');
    expect(errorOf(parse('[1, 2]'))).toBe(
      'This is not a NewsGloss backup file (it is JSON, but not a backup).',
    );
    expect(errorOf(parse(file({ format: 'something-else' })))).toBe(
      'This is not a NewsGloss backup file (it is JSON, but not a backup).',
    );
    expect(errorOf(parse(exportNotesJson([note()], new Date(T0))))).toBe(
      'This is a NewsGloss notes file, not a full backup; import it with the notes.',
    );
  });

  it('refuses a missing or newer format version', () => {
    const noVersion = 'This backup file has no valid format version, so NewsGloss cannot read it.';
    expect(errorOf(parse(file({ version: undefined })))).toBe(noVersion);
    expect(errorOf(parse(file({ version: '1' })))).toBe(noVersion);
    expect(errorOf(parse(file({ version: 0 })))).toBe(noVersion);
    expect(errorOf(parse(file({ version: BACKUP_VERSION + 1 })))).toBe(
      `This file is from a newer NewsGloss (backup format version ${BACKUP_VERSION + 1}); update NewsGloss to import it.`,
    );
  });

  it('repairs odd settings field by field but refuses settings that are not an object', () => {
    const read = dataOf(
      parse(
        file({ settings: { enabled: false, hoverDelayMs: 'slow', hiddenCategories: ['person', 'villain'] } }),
      ),
    );
    expect(read.settings).toEqual({ ...DEFAULT_SETTINGS, enabled: false, hiddenCategories: ['person'] });
    const noSettings = 'This backup file is damaged: it has no settings.';
    expect(errorOf(parse(file({ settings: undefined })))).toBe(noSettings);
    expect(errorOf(parse(file({ settings: null })))).toBe(noSettings);
    expect(errorOf(parse(file({ settings: [] })))).toBe(noSettings);
    expect(errorOf(parse(file({ settings: 'on' })))).toBe(noSettings);
  });

  it('refuses missing lists of terms or notes', () => {
    expect(errorOf(parse(file({ ownTerms: undefined })))).toBe(
      'This backup file is damaged: it has no list of your terms.',
    );
    expect(errorOf(parse(file({ notes: {} })))).toBe('This backup file is damaged: it has no list of notes.');
  });

  it('refuses the whole file for one invalid term, naming it', () => {
    expect(
      errorOf(parse(file({ ownTerms: [term(), { ...term(), headword: 'Bannu jirga', summary: 3 }] }))),
    ).toBe('Term 2 ("Bannu jirga") is not valid: it has no summary.');
    expect(errorOf(parse(file({ ownTerms: [null] })))).toBe('Term 1 is not valid: it is not an object.');
    expect(errorOf(parse(file({ ownTerms: [term({ id: 'ttp' })] })))).toBe(
      'Term 1 ("Chaman sit-in") is not valid: it has an id that is not "own-" followed by lower-case words joined by hyphens.',
    );
    expect(errorOf(parse(file({ ownTerms: [term({ updatedAt: T0 - 1 })] })))).toBe(
      'Term 1 ("Chaman sit-in") is not valid: it was updated before it was created.',
    );
  });

  it('refuses the whole file for one invalid note, naming it', () => {
    expect(errorOf(parse(file({ notes: [note(), { ...note({ entryId: 'bla' }), text: 5 }] })))).toBe(
      'Note 2 (entry "bla") is not valid: it has no text.',
    );
  });

  it('keeps the newer of two records with one id', () => {
    const read = dataOf(
      parse(
        file({
          ownTerms: [term({ summary: 'Newer one.', updatedAt: T0 + HOUR }), term()],
          notes: [note(), note({ text: 'Newer.', updatedAt: T0 + HOUR })],
        }),
      ),
    );
    expect(read.ownTerms).toEqual([term({ summary: 'Newer one.', updatedAt: T0 + HOUR })]);
    expect(read.notes).toEqual([note({ text: 'Newer.', updatedAt: T0 + HOUR })]);
  });
});

describe('planBackupMerge', () => {
  it('keeps the newer of each term and note, never deletes, and takes the imported settings', () => {
    const currentTerms = [
      term({ id: 'own-same', headword: 'Same' }),
      term({ id: 'own-older-here', headword: 'Older here', summary: 'Old.' }),
      term({ id: 'own-newer-here', headword: 'Newer here', summary: 'Mine.', updatedAt: T0 + 2 * HOUR }),
      term({ id: 'own-local-only', headword: 'Local only' }),
    ];
    const incoming = data({
      settings: { ...DEFAULT_SETTINGS, markStyle: 'tint' },
      ownTerms: [
        term({ id: 'own-same', headword: 'Same', updatedAt: T0 + HOUR }),
        term({ id: 'own-older-here', headword: 'Older here', summary: 'New.', updatedAt: T0 + HOUR }),
        term({ id: 'own-newer-here', headword: 'Newer here', summary: 'Theirs.', updatedAt: T0 + HOUR }),
        term({ id: 'own-brand-new', headword: 'Brand new' }),
      ],
      notes: [note({ entryId: 'ttp', text: 'Imported.', updatedAt: T0 + HOUR }), note({ entryId: 'fata' })],
    });
    const plan = planBackupMerge(
      { notes: new Map([['ttp', note({ text: 'Local.' })]]), ownTerms: currentTerms },
      incoming,
    );

    expect(plan.ownTerms.counts).toEqual({ new: 1, updated: 1, unchanged: 1, conflicts: 1 });
    const written = new Map(plan.ownTerms.toWrite.map((t) => [t.id, t]));
    expect([...written.keys()].sort()).toEqual([
      'own-brand-new',
      'own-local-only',
      'own-newer-here',
      'own-older-here',
      'own-same',
    ]);
    expect(written.get('own-older-here')?.summary).toBe('New.');
    expect(written.get('own-newer-here')?.summary).toBe('Mine.');
    expect(written.get('own-same')?.updatedAt).toBe(T0);

    expect(plan.notes.counts).toEqual({ new: 1, updated: 1, unchanged: 0, conflicts: 0 });
    expect(plan.notes.toWrite.map((n) => n.entryId).sort()).toEqual(['fata', 'ttp']);
    expect(plan.settings).toEqual({ ...DEFAULT_SETTINGS, markStyle: 'tint' });
  });

  it('changes nothing when the backup holds what is already kept', () => {
    const plan = planBackupMerge(
      { notes: new Map([['ttp', note()]]), ownTerms: [term()] },
      data({ ownTerms: [term()], notes: [note()] }),
    );
    expect(plan.ownTerms.counts).toEqual({ new: 0, updated: 0, unchanged: 1, conflicts: 0 });
    expect(plan.ownTerms.toWrite).toEqual([term()]);
    expect(plan.notes.toWrite).toEqual([]);
  });
});
