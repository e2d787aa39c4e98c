import { ownTerm } from '../../support/own-term';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getNote, listNotes, saveNoteText } from '@/utils/notes/store';
import { getOwnTerms, saveOwnTerm, writeOwnTerms } from '@/utils/own-terms/store';
import { DEFAULT_SETTINGS, getSettings, updateSettings } from '@/utils/settings/store';
import { describeSetAside } from '@/utils/backup/set-aside';
import { findSetAside } from '@/utils/backup/store';

const note = (entryId: string, text = `About ${entryId}.`) => ({ entryId, text, createdAt: 1, updatedAt: 2 });

const term = ownTerm;

/** Every kind of damage a stored record can have. */
const DAMAGED_NOTES: Record<string, unknown> = {
  'note:wrong-types': { entryId: 'wrong-types', text: 42, createdAt: '1', updatedAt: 2 },
  'note:missing-fields': { entryId: 'missing-fields', text: 'no times' },
  'note:truncated': '{"entryId":"truncated","text":"half a no',
  'note:not-object': 42,
  'note:a-list': [note('a-list')],
};

const raw = async () => fakeBrowser.storage.local.get(null);
const quarantined = (all: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(all).filter(([k]) => k.startsWith('quarantine:')));

describe('damaged notes', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps every valid note, sets the rest aside untouched and reports their keys', async () => {
    await fakeBrowser.storage.local.set({
      'note:ttp': note('ttp'),
      'note:bla': note('bla'),
      ...DAMAGED_NOTES,
    });
    expect((await listNotes()).map((n) => n.entryId).sort()).toEqual(['bla', 'ttp']);
    for (const key of Object.keys(DAMAGED_NOTES)) expect(await getNote(key.slice(5))).toBeNull();
    expect((await findSetAside()).sort()).toEqual(Object.keys(DAMAGED_NOTES).sort());
    expect(await raw()).toMatchObject(DAMAGED_NOTES);
  });

  it('a stored null is no note and nothing to report', async () => {
    await fakeBrowser.storage.local.set({ 'note:nothing': null, 'note:ttp': note('ttp') });
    expect((await listNotes()).map((n) => n.entryId)).toEqual(['ttp']);
    expect(await findSetAside()).toEqual([]);
  });

  it('copies a damaged note to quarantine before saving over it, in the same write', async () => {
    await fakeBrowser.storage.local.set({ 'note:truncated': DAMAGED_NOTES['note:truncated'] });
    await saveNoteText('truncated', 'Written again.', 5000);
    const all = await raw();
    expect(all['note:truncated']).toMatchObject({ text: 'Written again.' });
    expect(quarantined(all)).toEqual({ 'quarantine:note:truncated:5000': DAMAGED_NOTES['note:truncated'] });
    expect(await findSetAside()).toEqual(['quarantine:note:truncated:5000']);
  });

  it('copies a damaged note to quarantine before deleting it', async () => {
    await fakeBrowser.storage.local.set({ 'note:not-object': 42 });
    await saveNoteText('not-object', '', 7);
    expect(await raw()).toEqual({ 'quarantine:note:not-object:7': 42 });
  });

  it('does not quarantine a valid note when it is edited', async () => {
    await saveNoteText('ttp', 'one', 1);
    await saveNoteText('ttp', 'two', 2);
    expect(quarantined(await raw())).toEqual({});
  });
});

describe('damaged own terms', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps every valid term and reports each damaged record by its place in the list', async () => {
    const stored = [
      term('Bannu jirga'),
      { id: 'own-x', headword: 42 },
      '{"id":"own-tr',
      null,
      term('Zhob raid'),
    ];
    await fakeBrowser.storage.local.set({ ownTerms: stored });
    expect((await getOwnTerms()).map((t) => t.headword)).toEqual(['Bannu jirga', 'Zhob raid']);
    expect(await findSetAside()).toEqual(['ownTerms[1]', 'ownTerms[2]', 'ownTerms[3]']);
    expect((await raw()).ownTerms).toEqual(stored);
  });

  it('keeps damaged records in the list through an import that replaces the valid ones', async () => {
    await fakeBrowser.storage.local.set({ ownTerms: [term('Bannu jirga'), { broken: true }] });
    await writeOwnTerms([term('Zhob raid')]);
    expect((await raw()).ownTerms).toEqual([term('Zhob raid'), { broken: true }]);
  });

  it.each([
    ['a truncated string', '[{"id":"own-bannu'],
    ['an object', { 'own-x': term('X') }],
    ['a number', 7],
  ])('reads %s as no terms, reports it, and quarantines it before the first save', async (_, value) => {
    await fakeBrowser.storage.local.set({ ownTerms: value });
    expect(await getOwnTerms()).toEqual([]);
    expect(await findSetAside()).toEqual(['ownTerms']);
    expect((await raw()).ownTerms).toEqual(value);
    await saveOwnTerm(term('Zhob raid'), 900);
    const all = await raw();
    expect(all.ownTerms).toEqual([term('Zhob raid')]);
    expect(all['quarantine:ownTerms:900']).toEqual(value);
  });
});

describe('damaged settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('falls back to the default field by field, keeping the valid fields, and reports the others', async () => {
    const stored = {
      enabled: false,
      trigger: 'click',
      hoverDelayMs: 'slow',
      density: null,
      markStyle: 'tint',
      sites: ['dawn.com', 42],
      siteMode: 'sometimes',
    };
    await fakeBrowser.storage.local.set({ settings: stored, settings$: { v: 2 } });
    expect(await getSettings()).toEqual({
      ...DEFAULT_SETTINGS,
      enabled: false,
      trigger: 'click',
      markStyle: 'tint',
      sites: ['dawn.com'],
    });
    expect(await findSetAside()).toEqual([
      'settings.hoverDelayMs',
      'settings.density',
      'settings.sites',
      'settings.siteMode',
    ]);
    expect((await raw()).settings).toEqual(stored);
  });

  it.each([
    ['a truncated string', '{"enabled":fal'],
    ['a list', [1, 2]],
    ['a number', 3],
  ])('reads %s as the defaults and reports "settings"', async (_, value) => {
    await fakeBrowser.storage.local.set({ settings: value, settings$: { v: 2 } });
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await findSetAside()).toEqual(['settings']);
  });

  it('quarantines the damaged value before the first change is written, keeping the valid fields', async () => {
    const stored = { enabled: false, trigger: 'focus', markStyle: 'solid' };
    await fakeBrowser.storage.local.set({ settings: stored, settings$: { v: 2 } });
    await updateSettings({ density: 'all' }, 4000);
    const all = await raw();
    expect(all.settings).toEqual({ ...DEFAULT_SETTINGS, enabled: false, markStyle: 'solid', density: 'all' });
    expect(all['quarantine:settings:4000']).toEqual(stored);
    expect(await findSetAside()).toEqual(['quarantine:settings:4000']);
  });

  it('writes no quarantine copy for clean settings', async () => {
    await updateSettings({ density: 'all' }, 1);
    await updateSettings({ markStyle: 'tint' }, 2);
    expect(quarantined(await raw())).toEqual({});
    expect(await findSetAside()).toEqual([]);
  });
});

describe('the one-line message', () => {
  it('says nothing when nothing was set aside', () => {
    expect(describeSetAside([])).toBeNull();
  });

  it('counts the records and names them, the first few', () => {
    expect(describeSetAside(['note:ttp'])).toBe(
      '1 stored record could not be read and was set aside, kept unchanged: note:ttp.',
    );
    expect(describeSetAside(['a', 'b', 'c', 'd', 'e', 'f'])).toBe(
      '6 stored records could not be read and were set aside, kept unchanged: a, b, c, d and 2 more.',
    );
  });
});
