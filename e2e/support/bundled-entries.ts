import { loadBundledPacks } from '@/utils/glossary/bundled';
import type { Entry } from '@/utils/glossary/types';

const entries = new Map(loadBundledPacks().packs.flatMap((p) => p.entries.map((e) => [e.id, e])));

/** The bundled glossary's entry `id`, for checking what the extension shows against the data. */
export function bundledEntry(id: string): Entry {
  const entry = entries.get(id);
  if (!entry) throw new Error(`No bundled entry has the id ${id}`);
  return entry;
}
