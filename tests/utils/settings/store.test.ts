import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  SETTINGS_SCHEMA_VERSION,
  getSettings,
  normaliseSettings,
  updateSettings,
  watchSettings,
  type Settings,
} from '@/utils/settings/store';
import { HOVER_DELAY_MAX_MS, HOVER_DELAY_MIN_MS, HOVER_OPEN_DELAY_MS } from '@/utils/constants';

/**
 * WXT migrates a storage item when the module defining it loads, as at extension start. These tests
 * store an old value first, then load a fresh copy of the module (and of the fake browser it uses).
 */
async function loadFresh(stored: Record<string, unknown>) {
  vi.resetModules();
  const { fakeBrowser: browser } = await import('wxt/testing/fake-browser');
  browser.reset();
  await browser.storage.local.set(stored);
  const settings = await import('@/utils/settings/store');
  return { browser, settings };
}

describe('settings defaults', () => {
  it('has the documented defaults', () => {
    expect(DEFAULT_SETTINGS).toEqual({
      enabled: true,
      trigger: 'hover',
      hoverDelayMs: 350,
      density: 'first',
      markStyle: 'dotted',
      hiddenCategories: [],
      disabledPacks: [],
      siteMode: 'off-on-listed',
      sites: [],
      badge: true,
    });
    expect(DEFAULT_SETTINGS.hoverDelayMs).toBe(HOVER_OPEN_DELAY_MS);
    expect(SETTINGS_SCHEMA_VERSION).toBe(2);
  });
});

describe('normaliseSettings', () => {
  it.each([null, undefined, 'settings', 42, true, []])('turns %j into the defaults', (raw) => {
    expect(normaliseSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps every valid field', () => {
    const valid: Settings = {
      enabled: false,
      trigger: 'click',
      hoverDelayMs: 800,
      density: 'all',
      markStyle: 'tint',
      hiddenCategories: ['person', 'place'],
      disabledPacks: ['af-pak'],
      siteMode: 'only-on-listed',
      sites: ['dawn.com', 'bbc.co.uk'],
      badge: false,
    };
    expect(normaliseSettings(valid)).toEqual(valid);
  });

  it('replaces each field of the wrong type by its default and keeps the rest', () => {
    const result = normaliseSettings({
      enabled: 'no',
      trigger: 'focus',
      hoverDelayMs: '500',
      density: 'most',
      markStyle: 'solid',
      hiddenCategories: 'person',
      disabledPacks: { id: 'af-pak' },
      siteMode: 'sometimes',
      sites: 'dawn.com',
      unknownField: 1,
    });
    expect(result).toEqual({ ...DEFAULT_SETTINGS, markStyle: 'solid' });
    expect(result).not.toHaveProperty('unknownField');
  });

  it('clamps the hover delay into range and replaces NaN or infinity', () => {
    expect(normaliseSettings({ hoverDelayMs: 5 }).hoverDelayMs).toBe(HOVER_DELAY_MIN_MS);
    expect(normaliseSettings({ hoverDelayMs: -100 }).hoverDelayMs).toBe(HOVER_DELAY_MIN_MS);
    expect(normaliseSettings({ hoverDelayMs: 99_999 }).hoverDelayMs).toBe(HOVER_DELAY_MAX_MS);
    expect(normaliseSettings({ hoverDelayMs: 420.6 }).hoverDelayMs).toBe(421);
    expect(normaliseSettings({ hoverDelayMs: NaN }).hoverDelayMs).toBe(DEFAULT_SETTINGS.hoverDelayMs);
    expect(normaliseSettings({ hoverDelayMs: Infinity }).hoverDelayMs).toBe(DEFAULT_SETTINGS.hoverDelayMs);
    expect(normaliseSettings({ hoverDelayMs: null }).hoverDelayMs).toBe(DEFAULT_SETTINGS.hoverDelayMs);
  });

  it('drops unknown categories, empty pack ids and invalid site patterns, and dedupes', () => {
    const result = normaliseSettings({
      hiddenCategories: ['person', 'wizard', 42, 'person', null, 'place'],
      disabledPacks: ['af-pak', '', '  ', 7, 'af-pak', 'extra'],
      sites: ['https://www.dawn.com/news', 'dawn.com', 'not a site', '*', 'DAWN.com', 3, 'bbc.co.uk'],
    });
    expect(result.hiddenCategories).toEqual(['person', 'place']);
    expect(result.disabledPacks).toEqual(['af-pak', 'extra']);
    expect(result.sites).toEqual(['dawn.com', 'bbc.co.uk']);
  });

  it('never hands out the default lists themselves', () => {
    const result = normaliseSettings(null);
    result.sites.push('dawn.com');
    result.hiddenCategories.push('person');
    expect(DEFAULT_SETTINGS.sites).toEqual([]);
    expect(DEFAULT_SETTINGS.hiddenCategories).toEqual([]);
  });
});

describe('settings storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads the defaults when nothing is stored', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('normalises what it reads', async () => {
    await fakeBrowser.storage.local.set({ settings: { enabled: false, hoverDelayMs: 1e9, sites: ['x'] } });
    expect(await getSettings()).toEqual({
      ...DEFAULT_SETTINGS,
      enabled: false,
      hoverDelayMs: HOVER_DELAY_MAX_MS,
    });
  });

  it('updateSettings merges the patch, normalises, persists and returns the result', async () => {
    await updateSettings({ density: 'all' });
    const result = await updateSettings({
      trigger: 'click',
      sites: ['https://www.dawn.com/x'],
      hoverDelayMs: 1,
    });
    const expected = {
      ...DEFAULT_SETTINGS,
      density: 'all',
      trigger: 'click',
      sites: ['dawn.com'],
      hoverDelayMs: HOVER_DELAY_MIN_MS,
    };
    expect(result).toEqual(expected);
    expect(await getSettings()).toEqual(expected);
    const raw = await fakeBrowser.storage.local.get('settings');
    expect(raw.settings).toEqual(expected);
  });

  it('ignores fields patched to undefined', async () => {
    await updateSettings({ markStyle: 'solid' });
    expect((await updateSettings({ markStyle: undefined, enabled: false })).markStyle).toBe('solid');
  });

  it('does not lose either of two updates started together', async () => {
    await Promise.all([updateSettings({ density: 'all' }), updateSettings({ markStyle: 'tint' })]);
    expect(await getSettings()).toMatchObject({ density: 'all', markStyle: 'tint' });
  });

  it('tells watchers the normalised settings', async () => {
    const onChange = vi.fn();
    const unwatch = watchSettings(onChange);
    await fakeBrowser.storage.local.set({ settings: { enabled: false, trigger: 'bogus' } });
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, enabled: false });
    unwatch();
    await updateSettings({ enabled: true });
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});

describe('settings migration', () => {
  const v1 = { enabled: false, density: 'all' };
  const migrated = { ...DEFAULT_SETTINGS, enabled: false, density: 'all' };

  it('upgrades a v1 value, keeping enabled and density and adding the new defaults', async () => {
    const { browser, settings } = await loadFresh({ settings: v1, settings$: { v: 1 } });
    expect(await settings.getSettings()).toEqual(migrated);
    const raw = await browser.storage.local.get(['settings', 'settings$']);
    expect(raw.settings).toEqual(migrated);
    expect(raw['settings$']).toEqual({ v: 2 });
  });

  it('treats a value with no version metadata as v1', async () => {
    const { browser, settings } = await loadFresh({ settings: v1 });
    expect(await settings.getSettings()).toEqual(migrated);
    const raw = await browser.storage.local.get(['settings', 'settings$']);
    expect(raw.settings).toEqual(migrated);
    expect(raw['settings$']).toEqual({ v: 2 });
  });

  it('repairs a broken v1 value instead of failing', async () => {
    const { settings } = await loadFresh({ settings: { enabled: 'yes', density: 3 }, settings$: { v: 1 } });
    expect(await settings.getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('leaves a v2 value as it is', async () => {
    const stored = { ...DEFAULT_SETTINGS, markStyle: 'tint', sites: ['dawn.com'] };
    const { browser, settings } = await loadFresh({ settings: stored, settings$: { v: 2 } });
    expect(await settings.getSettings()).toEqual(stored);
    expect((await browser.storage.local.get('settings$'))['settings$']).toEqual({ v: 2 });
  });

  it('stores the schema version with the first write on a fresh install', async () => {
    const { browser, settings } = await loadFresh({});
    await settings.updateSettings({ enabled: false });
    const raw = await browser.storage.local.get('settings$');
    expect(raw['settings$']).toEqual({ v: SETTINGS_SCHEMA_VERSION });
  });
});
