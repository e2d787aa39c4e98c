import { browser } from 'wxt/browser';
import type { CompiledGlossary } from '@/utils/glossary/compiled-glossary';
import { READER_GLOSSARY_KEY, storedCompiledGlossary } from '@/utils/glossary/stored-compiled';
import { SETTINGS_KEY, settingsFrom, type Settings } from '@/utils/settings/settings';

/**
 * The content script's view of storage: read-only, straight from browser.storage.local, with the same
 * tolerant readers the extension pages use. Writing (and migrating, and keeping damaged values in
 * quarantine) is left to the extension pages and the background, which hold WXT's storage items: one
 * writer per change instead of one per open tab, and a content script parsed on every page stays small.
 */
export interface StoredState {
  settings: Settings;
  /** The reader's own terms, compiled by the background; null for none (or none readable yet). */
  readerGlossary: CompiledGlossary | null;
}

/** Sites as stored: the extension pages and the background check each pattern before writing it. */
const anySite = (item: unknown) => (typeof item === 'string' && item ? item : undefined);

const KEYS = [SETTINGS_KEY, READER_GLOSSARY_KEY];

export async function readStoredState(): Promise<StoredState> {
  const got = await browser.storage.local.get(KEYS);
  return {
    settings: settingsFrom(got[SETTINGS_KEY], anySite),
    readerGlossary: await storedCompiledGlossary(got[READER_GLOSSARY_KEY]),
  };
}

/** Calls back with the whole state whenever settings or the reader's glossary change, from any part of the extension. */
export function watchStoredState(onChange: (state: StoredState, changed: Set<string>) => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local') return;
    const changed = new Set(Object.keys(changes).filter((key) => KEYS.includes(key)));
    if (changed.size) void readStoredState().then((state) => onChange(state, changed));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
