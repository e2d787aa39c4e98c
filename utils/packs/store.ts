import { storage } from 'wxt/utils/storage';
import type { Pack } from '../glossary/types';
import { withKeyLock } from '../storage/key-lock';
import { explainWriteFailure } from '../storage/write-errors';

/*
 * Glossary packs the reader imported from files (utils/packs/pack-file.ts checked each before it was
 * saved), kept whole in storage.local: the extension pages list, show and search their entries, and the
 * background compiles them with the reader's own terms for the content script (utils/reader-glossary/).
 */

export const IMPORTED_PACKS_KEY = 'importedPacks';

const importedPacksItem = storage.defineItem<unknown>(`local:${IMPORTED_PACKS_KEY}`, { fallback: [] });

/** A stored pack as far as the pages rely on it: checked in full when imported, so its shape suffices. */
function isStoredPack(value: unknown): value is Pack {
  if (typeof value !== 'object' || value === null) return false;
  const pack = value as Partial<Pack>;
  return typeof pack.id === 'string' && typeof pack.name === 'string' && Array.isArray(pack.entries);
}

const readable = (value: unknown): Pack[] => (Array.isArray(value) ? value.filter(isStoredPack) : []);

export async function getImportedPacks(): Promise<Pack[]> {
  return readable(await importedPacksItem.getValue());
}

export function watchImportedPacks(onChange: (packs: Pack[]) => void): () => void {
  return importedPacksItem.watch((value) => onChange(readable(value)));
}

async function updatePacks(change: (packs: Pack[]) => Pack[]): Promise<void> {
  await withKeyLock(IMPORTED_PACKS_KEY, async () => {
    const packs = change(await getImportedPacks());
    await explainWriteFailure(() => importedPacksItem.setValue(packs));
  });
}

/** Saves a checked pack: added, or in place of the installed version with its id. */
export function saveImportedPack(pack: Pack): Promise<void> {
  return updatePacks((packs) => {
    const at = packs.findIndex((p) => p.id === pack.id);
    return at === -1 ? [...packs, pack] : packs.map((p, i) => (i === at ? pack : p));
  });
}

export function removeImportedPack(id: string): Promise<void> {
  return updatePacks((packs) => packs.filter((p) => p.id !== id));
}
