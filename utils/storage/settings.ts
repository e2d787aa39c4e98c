import { browser } from 'wxt/browser';
import { storage } from '#imports';
import { HOVER_DELAY_MAX_MS, HOVER_DELAY_MIN_MS, HOVER_OPEN_DELAY_MS } from '../constants';
import { CATEGORIES, type Category } from '../glossary/types';
import { parseSitePattern } from '../settings/site-patterns';
import { withKeyLock } from './key-lock';
import { metaKey, quarantineEntries, storedVersion } from './quarantine';
import { explainWriteFailure } from './write-errors';

export type Density = 'first' | 'all';
/** click: hovering never opens a popover. */
export type Trigger = 'hover' | 'click';
export type MarkStyle = 'dotted' | 'solid' | 'tint';
export type SiteMode = 'off-on-listed' | 'only-on-listed';

export interface Settings {
  /** Gloss pages at all. */
  enabled: boolean;
  trigger: Trigger;
  /** How long the pointer rests on a term before its popover opens, within the HOVER_DELAY_* bounds. */
  hoverDelayMs: number;
  /** Mark the first occurrence of each term, or every occurrence. */
  density: Density;
  markStyle: MarkStyle;
  /** Categories not glossed: stored as exclusions so a category added later is on by default. */
  hiddenCategories: Category[];
  /** Pack ids not used, for the same reason. */
  disabledPacks: string[];
  /** Whether `sites` lists where glossing is off, or the only places it is on. */
  siteMode: SiteMode;
  /** Normalised site patterns (see parseSitePattern). */
  sites: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  trigger: 'hover',
  hoverDelayMs: HOVER_OPEN_DELAY_MS,
  density: 'first',
  markStyle: 'dotted',
  hiddenCategories: [],
  disabledPacks: [],
  siteMode: 'off-on-listed',
  sites: [],
};

/** v1 was { enabled, density }; v2 added everything else. */
export const SETTINGS_SCHEMA_VERSION = 2;

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

/** The distinct items of a list that pass `keep` (each possibly rewritten), in their first order. */
function cleanList<T>(value: unknown, keep: (item: unknown) => T | undefined): T[] {
  if (!Array.isArray(value)) return [];
  const out = new Set<T>();
  for (const item of value) {
    const kept = keep(item);
    if (kept !== undefined) out.add(kept);
  }
  return [...out];
}

function hoverDelay(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return DEFAULT_SETTINGS.hoverDelayMs;
  return Math.min(HOVER_DELAY_MAX_MS, Math.max(HOVER_DELAY_MIN_MS, Math.round(value)));
}

/**
 * Tolerant: keeps each valid field, replaces each invalid or missing one by its default; drops unknown
 * categories and invalid site patterns; dedupes lists. Never throws, so one bad field (from an old version,
 * a hand-edited backup or another extension build) costs only that field, never the reader's other choices.
 */
export function normaliseSettings(raw: unknown): Settings {
  const value = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<
    Record<keyof Settings, unknown>
  >;
  const d = DEFAULT_SETTINGS;
  return {
    enabled: typeof value.enabled === 'boolean' ? value.enabled : d.enabled,
    trigger: oneOf(value.trigger, ['hover', 'click'], d.trigger),
    hoverDelayMs: hoverDelay(value.hoverDelayMs),
    density: oneOf(value.density, ['first', 'all'], d.density),
    markStyle: oneOf(value.markStyle, ['dotted', 'solid', 'tint'], d.markStyle),
    hiddenCategories: cleanList(value.hiddenCategories, (item) =>
      CATEGORIES.includes(item as Category) ? (item as Category) : undefined,
    ),
    disabledPacks: cleanList(value.disabledPacks, (item) =>
      typeof item === 'string' && item.trim() ? item : undefined,
    ),
    siteMode: oneOf(value.siteMode, ['off-on-listed', 'only-on-listed'], d.siteMode),
    sites: cleanList(value.sites, (item) => {
      if (typeof item !== 'string') return undefined;
      const parsed = parseSitePattern(item);
      return parsed.ok ? parsed.pattern : undefined;
    }),
  };
}

export const SETTINGS_KEY = 'settings';

/**
 * The fields of a stored settings value that normaliseSettings could not keep as they are: present but
 * invalid (wrong type, unknown choice, out of range, a bad site), or unknown to this version. Missing
 * fields are not listed: taking their default loses nothing. ['*'] when the value is not an object.
 */
export function settingsProblems(raw: unknown): string[] {
  if (raw === undefined || raw === null) return [];
  if (typeof raw !== 'object' || Array.isArray(raw)) return ['*'];
  const normalised: Record<string, unknown> = { ...normaliseSettings(raw) };
  return Object.entries(raw as Record<string, unknown>)
    .filter(([field, value]) => JSON.stringify(normalised[field]) !== JSON.stringify(value))
    .map(([field]) => field);
}

/** A copy of a settings value about to be overwritten when it holds anything normaliseSettings drops. */
function keepIfDamaged(raw: unknown, meta: unknown, now: number): Record<string, unknown> {
  const damaged = settingsProblems(raw).length > 0 || storedVersion(meta) > SETTINGS_SCHEMA_VERSION;
  return damaged ? quarantineEntries(SETTINGS_KEY, raw, meta, now) : {};
}

/**
 * One key holds all settings. WXT runs the migrations when this module loads, before any read or write;
 * a stored value without version metadata counts as v1 (v1 never wrote any). A value from a newer version
 * (meta v > 2) makes WXT log "Version downgrade detected" and migrate nothing; it is read field by field
 * like any other, and kept in quarantine before the first write over it.
 */
export const settingsItem = storage.defineItem<Settings>(`local:${SETTINGS_KEY}`, {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_SCHEMA_VERSION,
  migrations: {
    // v1 → v2: keep enabled and density, add the defaults of the new fields. A damaged v1 value is kept in
    // quarantine first, since WXT writes the migrated value over it.
    2: async (v1: unknown): Promise<Settings> => {
      const keep = keepIfDamaged(v1, undefined, Date.now());
      if (Object.keys(keep).length > 0) await browser.storage.local.set(keep);
      return normaliseSettings(v1);
    },
  },
});

export async function getSettings(): Promise<Settings> {
  return normaliseSettings(await settingsItem.getValue());
}

export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => onChange(normaliseSettings(value)));
}

/** The storage entries that store next as the settings (with their version), keeping a damaged value. */
export async function settingsWriteEntries(
  next: Settings,
  now = Date.now(),
): Promise<Record<string, unknown>> {
  await settingsItem.getValue(); // lets WXT's migration finish first
  const got = await browser.storage.local.get([SETTINGS_KEY, metaKey(SETTINGS_KEY)]);
  return {
    ...keepIfDamaged(got[SETTINGS_KEY], got[metaKey(SETTINGS_KEY)], now),
    [SETTINGS_KEY]: next,
    [metaKey(SETTINGS_KEY)]: { v: SETTINGS_SCHEMA_VERSION },
  };
}

/**
 * Reads the stored settings, applies the patch (fields set to undefined are ignored), normalises, writes
 * and returns the result. Updates run one after another (across extension pages too), so two quick
 * changes cannot overwrite each other.
 */
export async function updateSettings(patch: Partial<Settings>, now = Date.now()): Promise<Settings> {
  return withKeyLock(SETTINGS_KEY, async () => {
    const merged: Record<string, unknown> = { ...(await getSettings()) };
    for (const [key, value] of Object.entries(patch)) if (value !== undefined) merged[key] = value;
    const next = normaliseSettings(merged);
    const entries = await settingsWriteEntries(next, now);
    await explainWriteFailure(() => browser.storage.local.set(entries));
    return next;
  });
}
