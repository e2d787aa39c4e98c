import { ownTerm } from '../../support/own-term';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { IMPORT_MAX_BYTES } from '@/utils/constants';
import { applyBackupPlan } from '@/utils/backup/store';
import { prepareBackupImport } from '@/utils/backup/prepare-import';
import { saveNoteText, writeNotes } from '@/utils/notes/store';
import { prepareNotesImport } from '@/utils/notes/prepare-import';
import { saveOwnTerm } from '@/utils/own-terms/store';
import { updateSettings } from '@/utils/settings/store';

const term = ownTerm('Bannu jirga', { summary: 'A tribal council held in Bannu.' });
const note = { entryId: 'bla', text: 'Imported.', createdAt: 5, updatedAt: 9 };

/** A chosen file as the import sees it; text() counts its calls. */
function file(text: string, size = new TextEncoder().encode(text).length) {
  return { size, text: vi.fn(async () => text) };
}

const bytes = async () => JSON.stringify(await fakeBrowser.storage.local.get(null));

const notesFile = (extra: object) =>
  JSON.stringify({ format: 'newsgloss-notes', version: 1, notes: [], ...extra });
const backupFile = (extra: object) =>
  JSON.stringify({ format: 'newsgloss-backup', version: 1, settings: {}, ownTerms: [], notes: [], ...extra });

/** Files every import must refuse, with what the message must say. */
const COMMON_BAD: [string, string, RegExp][] = [
  ['malformed JSON', '{"format": "newsgloss-notes", "notes": [', /not valid JSON/],
  ['an empty file', '', /not valid JSON/],
  ['CSV', 'entry_id,headword,note,created,updated\r\nttp,TTP,x,2024-01-01,2024-01-01\r\n', /not valid JSON/],
  ['a JSON list', '[1, 2]', /it is JSON, but not/],
  ['JSON null', 'null', /it is JSON, but not/],
  ['another JSON object', '{"hello": "world"}', /it is JSON, but not/],
];

const NOTES_BAD: [string, string, RegExp][] = [
  ...COMMON_BAD,
  ['a full backup', backupFile({}), /not a NewsGloss notes file/],
  ['a newer notes format', notesFile({ version: 2 }), /newer NewsGloss \(notes format version 2\)/],
  ['no version', notesFile({ version: 'one' }), /no valid format version/],
  ['no list of notes', notesFile({ notes: {} }), /no list of notes/],
  ['one damaged note', notesFile({ notes: [note, { entryId: 'x', text: 1 }] }), /Note 2 .*is not valid/],
];

const BACKUP_BAD: [string, string, RegExp][] = [
  ...COMMON_BAD,
  ['a notes file', notesFile({}), /notes file, not a full backup/],
  ['a newer backup format', backupFile({ version: 3 }), /newer NewsGloss \(backup format version 3\)/],
  ['no settings', backupFile({ settings: 'x' }), /no settings/],
  ['a damaged term', backupFile({ ownTerms: [{ ...term, category: 'weather' }] }), /Term 1 .*is not valid/],
  ['a damaged note', backupFile({ notes: [{ ...note, updatedAt: -1 }] }), /Note 1 .*is not valid/],
];

describe('imports that fail change nothing', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await saveNoteText('ttp', 'Mine.', 1);
    await saveOwnTerm(term, 1);
    await updateSettings({ markStyle: 'solid' }, 1);
    // A damaged record too: a refused import must not touch it either.
    await fakeBrowser.storage.local.set({ 'note:broken': '{"entryId":"bro' });
  });

  it.each(NOTES_BAD)('notes import of %s: refused with a message', async (_, text, message) => {
    const before = await bytes();
    const result = await prepareNotesImport(file(text));
    expect(result).toEqual({ ok: false, error: expect.stringMatching(message) });
    expect(await bytes()).toBe(before);
  });

  it.each(BACKUP_BAD)('backup import of %s: refused with a message', async (_, text, message) => {
    const before = await bytes();
    const result = await prepareBackupImport(file(text));
    expect(result).toEqual({ ok: false, error: expect.stringMatching(message) });
    expect(await bytes()).toBe(before);
  });

  it.each([
    ['notes', prepareNotesImport],
    ['backup', prepareBackupImport],
  ])('%s import of a file over 5 MB: refused by its size, before it is even read', async (_, prepare) => {
    const before = await bytes();
    const big = file(notesFile({}), IMPORT_MAX_BYTES + 1);
    const result = await prepare(big);
    expect(result).toEqual({ ok: false, error: 'This file is 5.1 MB; NewsGloss imports files up to 5 MB.' });
    expect(big.text).not.toHaveBeenCalled();
    expect(await bytes()).toBe(before);
  });

  it('a good notes file is only planned; writing it is one storage write', async () => {
    const before = await bytes();
    const result = await prepareNotesImport(file(notesFile({ notes: [note] })));
    expect(result.ok && result.value.counts).toEqual({ new: 1, updated: 0, unchanged: 0, conflicts: 0 });
    expect(await bytes()).toBe(before);
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    if (result.ok) await writeNotes(result.value.toWrite);
    expect(set).toHaveBeenCalledTimes(1);
    expect((await fakeBrowser.storage.local.get('note:bla'))['note:bla']).toEqual(note);
  });

  it('a good backup is only planned; applying it is one storage write of terms, notes and settings', async () => {
    const before = await bytes();
    const other = { ...term, id: 'own-zhob-raid', headword: 'Zhob raid' };
    const result = await prepareBackupImport(
      file(backupFile({ settings: { enabled: false }, ownTerms: [other], notes: [note] })),
    );
    expect(await bytes()).toBe(before);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await applyBackupPlan(result.value, 2);
    expect(set).toHaveBeenCalledTimes(1);
    const all = await fakeBrowser.storage.local.get(null);
    expect(all.ownTerms).toEqual([term, other]);
    expect(all['note:bla']).toEqual(note);
    expect(all['note:ttp']).toMatchObject({ text: 'Mine.' });
    expect(all.settings).toMatchObject({ enabled: false, markStyle: 'dotted' });
    expect(all['note:broken']).toBe('{"entryId":"bro');
  });
});
