import { ownTerm } from '../../support/own-term';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getNote, listNotes, NOTES_SCHEMA_VERSION, saveNoteText } from '@/utils/notes/store';
import { getOwnTerms, OWN_TERMS_SCHEMA_VERSION, saveOwnTerm } from '@/utils/own-terms/store';
import { DEFAULT_SETTINGS, SETTINGS_SCHEMA_VERSION } from '@/utils/settings/store';
import { findSetAside } from '@/utils/backup/store';

/**
 * Every schema version that ever existed, upgraded to the current one. Notes and own terms have only
 * ever had version 1 (WXT stores no meta for it); settings had v1 ({ enabled, density }) and v2.
 */
const note = { entryId: 'ttp', text: 'Pakistani Taliban.', createdAt: 10, updatedAt: 20 };
const term = ownTerm('Bannu jirga', { summary: 'A tribal council held in Bannu.' });

/** Stores values, then loads the settings module afresh, as at extension start (WXT migrates then). */
async function loadSettingsFresh(stored: Record<string, unknown>) {
  vi.resetModules();
  const { fakeBrowser: browser } = await import('wxt/testing/fake-browser');
  browser.reset();
  await browser.storage.local.set(stored);
  const settings = await import('@/utils/settings/store');
  const setAside = await import('@/utils/backup/store');
  return { browser, settings, setAside };
}

describe('schema versions that exist', () => {
  it('are v1 for notes and own terms and v2 for settings', () => {
    expect(NOTES_SCHEMA_VERSION).toBe(1);
    expect(OWN_TERMS_SCHEMA_VERSION).toBe(1);
    expect(SETTINGS_SCHEMA_VERSION).toBe(2);
  });
});

describe('notes and own terms from v1', () => {
  beforeEach(() => fakeBrowser.reset());

  it.each([
    ['without meta (as WXT writes v1)', {}],
    ['with an explicit v1 meta', { 'note:ttp$': { v: 1 }, ownTerms$: { v: 1 } }],
  ])('load %s', async (_, meta) => {
    await fakeBrowser.storage.local.set({ 'note:ttp': note, ownTerms: [term], ...meta });
    expect(await getNote('ttp')).toEqual(note);
    expect(await listNotes()).toEqual([note]);
    expect(await getOwnTerms()).toEqual([term]);
    expect(await findSetAside()).toEqual([]);
  });
});

describe('notes and own terms from a newer version', () => {
  beforeEach(() => fakeBrowser.reset());
  const future = { 'note:ttp': note, 'note:ttp$': { v: 2 }, ownTerms: [term], ownTerms$: { v: 2 } };

  it('are refused: not read, reported, and left as they are', async () => {
    await fakeBrowser.storage.local.set(future);
    expect(await getNote('ttp')).toBeNull();
    expect(await listNotes()).toEqual([]);
    expect(await getOwnTerms()).toEqual([]);
    expect((await findSetAside()).sort()).toEqual(['note:ttp', 'ownTerms']);
    expect(await fakeBrowser.storage.local.get(null)).toEqual(future);
  });

  it('are copied, with their version, to quarantine before anything is saved over them', async () => {
    await fakeBrowser.storage.local.set(future);
    await saveNoteText('ttp', 'Mine now.', 3000);
    await saveOwnTerm({ ...term, id: 'own-zhob-raid', headword: 'Zhob raid' }, 3000);
    const all = await fakeBrowser.storage.local.get(null);
    expect(all).toMatchObject({
      'quarantine:note:ttp:3000': note,
      'quarantine:note:ttp$:3000': { v: 2 },
      'quarantine:ownTerms:3000': [term],
      'quarantine:ownTerms$:3000': { v: 2 },
      'note:ttp$': { v: 1 },
      ownTerms$: { v: 1 },
    });
    expect((await getNote('ttp'))?.text).toBe('Mine now.');
    expect((await getOwnTerms()).map((t) => t.id)).toEqual(['own-zhob-raid']);
  });
});

describe('settings from every earlier version', () => {
  it('v1 → v2 keeps enabled and density and adds the new defaults', async () => {
    const { browser, settings } = await loadSettingsFresh({ settings: { enabled: false, density: 'all' } });
    expect(await settings.getSettings()).toEqual({ ...DEFAULT_SETTINGS, enabled: false, density: 'all' });
    expect((await browser.storage.local.get('settings$'))['settings$']).toEqual({ v: 2 });
  });

  it('v1 → v2 keeps a quarantine copy of a damaged v1 value that the migration rewrites', async () => {
    const v1 = { enabled: 'yes', density: 'all', extra: [1] };
    const { browser, settings, setAside } = await loadSettingsFresh({ settings: v1, settings$: { v: 1 } });
    expect(await settings.getSettings()).toEqual({ ...DEFAULT_SETTINGS, density: 'all' });
    const all = await browser.storage.local.get(null);
    const copies = Object.entries(all).filter(([k]) => k.startsWith('quarantine:settings:'));
    expect(copies.map(([, v]) => v)).toEqual([v1]);
    expect(await setAside.findSetAside()).toEqual([copies[0]![0]]);
  });

  it('v2 loads as it is', async () => {
    const v2 = { ...DEFAULT_SETTINGS, trigger: 'click', sites: ['dawn.com'] };
    const { browser, settings } = await loadSettingsFresh({ settings: v2, settings$: { v: 2 } });
    expect(await settings.getSettings()).toEqual(v2);
    expect(await browser.storage.local.get(null)).toEqual({ settings: v2, settings$: { v: 2 } });
  });

  it('a newer version is read field by field, reported and kept until a change, then quarantined', async () => {
    const v3 = { ...DEFAULT_SETTINGS, markStyle: 'tint', glow: 'blue' };
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { browser, settings, setAside } = await loadSettingsFresh({ settings: v3, settings$: { v: 3 } });
    expect(await settings.getSettings()).toEqual({ ...DEFAULT_SETTINGS, markStyle: 'tint' });
    expect(await setAside.findSetAside()).toEqual(['settings']);
    expect(await browser.storage.local.get(null)).toEqual({ settings: v3, settings$: { v: 3 } });
    expect(errors).toHaveBeenCalled(); // WXT's "Version downgrade detected", logged, not thrown

    await settings.updateSettings({ enabled: false }, 50);
    expect(await browser.storage.local.get(null)).toEqual({
      settings: { ...DEFAULT_SETTINGS, markStyle: 'tint', enabled: false },
      settings$: { v: 2 },
      'quarantine:settings:50': v3,
      'quarantine:settings$:50': { v: 3 },
    });
  });
});
