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

/** `previous` with what changed read again: only that, so a settings change does not unzip the reader's copy. */
async function readChanged(previous: StoredState, changed: ReadonlySet<string>): Promise<StoredState> {
  const got = await browser.storage.local.get([...changed]);
  return {
    settings: changed.has(SETTINGS_KEY) ? settingsFrom(got[SETTINGS_KEY], anySite) : previous.settings,
    readerGlossary: changed.has(READER_GLOSSARY_KEY)
      ? await storedCompiledGlossary(got[READER_GLOSSARY_KEY])
      : previous.readerGlossary,
  };
}

/**
 * Calls back with the whole state whenever settings or the reader's glossary change, from any part of
 * the extension, starting from `initial`. Reads run one after another, each from the state the last
 * left, so a slow read of the reader's copy cannot overwrite a later settings change with older ones.
 */
export function watchStoredState(
  initial: StoredState,
  onChange: (state: StoredState, changed: Set<string>) => void,
): () => void {
  let state = initial;
  let reads = Promise.resolve();
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local') return;
    const changed = new Set(Object.keys(changes).filter((key) => KEYS.includes(key)));
    if (!changed.size) return;
    reads = reads
      .then(() => readChanged(state, changed))
      .then((next) => {
        state = next;
        onChange(next, changed);
      })
      // Kept going: one failed read must not silence every later change.
      .catch((error: unknown) => console.error(error));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
