import { ownTerm } from '../../support/own-term';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { planBackupMerge } from '@/utils/backup/backup-file';
import { applyBackupPlan } from '@/utils/backup/store';
import { saveNoteIfUnchanged, saveNoteText, writeNotes } from '@/utils/notes/store';
import { saveOwnTerm } from '@/utils/own-terms/store';
import { DEFAULT_SETTINGS, updateSettings } from '@/utils/settings/store';
import { isQuotaError, storageFullMessage, StorageFullError } from '@/utils/storage/write-errors';

const term = ownTerm('Bannu jirga', { summary: 'A tribal council held in Bannu.' });
const note = (entryId: string, text: string) => ({ entryId, text, createdAt: 5, updatedAt: 9 });

/** Storage as bytes: a failed write must leave exactly this. */
const bytes = async () => JSON.stringify(await fakeBrowser.storage.local.get(null));

/** From now on every write fails as Chromium's does when storage.local is full. */
function fillStorage() {
  const quota = new Error('QUOTA_BYTES quota exceeded');
  vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(quota);
}

describe('a full storage', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await saveNoteText('ttp', 'kept', 1);
    await saveOwnTerm(term, 1);
    await updateSettings({ markStyle: 'tint' }, 1);
  });

  it('recognises the quota errors of Chromium and Firefox', () => {
    expect(isQuotaError(new Error('QUOTA_BYTES quota exceeded'))).toBe(true);
    expect(
      isQuotaError(Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' })),
    ).toBe(true);
    expect(isQuotaError(new Error('Something else'))).toBe(false);
    expect(isQuotaError('quota?')).toBe(false);
  });

  it.each([
    ['a note edit', () => saveNoteText('ttp', 'changed', 2)],
    ['a note edit from an editor', () => saveNoteIfUnchanged('ttp', 'changed', 1, 2)],
    ['a new note', () => saveNoteText('bla', 'new', 2)],
    ['an own term', () => saveOwnTerm({ ...term, id: 'own-zhob-raid', headword: 'Zhob raid' }, 2)],
    ['a setting', () => updateSettings({ enabled: false }, 2)],
    ['a notes import', () => writeNotes([note('bla', 'a'), note('fata', 'b')], 2)],
  ])('refuses %s with a plain message and changes nothing', async (_, write) => {
    const before = await bytes();
    fillStorage();
    const failure = write();
    await expect(failure).rejects.toBeInstanceOf(StorageFullError);
    await expect(failure.catch((e: Error) => e.message)).resolves.toBe(storageFullMessage());
    expect(storageFullMessage()).toMatch(/^Could not save: browser storage is full/);
    vi.restoreAllMocks();
    expect(await bytes()).toBe(before);
  });

  it('writes nothing of a backup import that fails: terms, notes and settings go in one write', async () => {
    const plan = planBackupMerge(
      { notes: new Map(), ownTerms: [term] },
      {
        settings: { ...DEFAULT_SETTINGS, enabled: false },
        ownTerms: [{ ...term, id: 'own-zhob-raid', headword: 'Zhob raid' }],
        notes: [note('bla', 'imported'), note('fata', 'imported')],
      },
    );
    const before = await bytes();
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    set.mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    await expect(applyBackupPlan(plan, 2)).rejects.toThrow(storageFullMessage());
    expect(set).toHaveBeenCalledTimes(1);
    vi.restoreAllMocks();
    expect(await bytes()).toBe(before);
  });

  it('passes other write errors on as they are', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('disk on fire'));
    await expect(saveNoteText('ttp', 'x', 2)).rejects.toThrow('disk on fire');
  });
});
