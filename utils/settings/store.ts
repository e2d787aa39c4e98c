import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { withKeyLock } from '../storage/key-lock';
import { metaKey, quarantineEntries, storedVersion } from '../storage/quarantine';
import { explainWriteFailure } from '../storage/write-errors';
import {
  DEFAULT_SETTINGS,
  SETTINGS_KEY,
  SETTINGS_SCHEMA_VERSION,
  normaliseSettings,
  type Settings,
} from './settings';

export * from './settings';

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
