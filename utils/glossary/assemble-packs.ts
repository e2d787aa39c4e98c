import { checkPack, formatProblem } from './schema';
import type { Pack } from './types';

export interface LoadedPacks {
  packs: Pack[];
  /** Readable problems ("af-pak: entry "ttp", field "summary": …"); entries with problems are left out. */
  problems: string[];
}

/**
 * Packs from their files: `metas` maps each pack's `<folder>/pack.json` path to its contents, and
 * `entryFiles` maps every other JSON file of those folders to its `entries` list. Shared by the
 * bundle (Vite inlines the files) and the build step that compiles the glossary (it reads them from disk).
 */
export function assemblePacks(
  metas: Record<string, Record<string, unknown>>,
  entryFiles: Record<string, unknown>,
): LoadedPacks {
  const packs: Pack[] = [];
  const problems: string[] = [];
  const raw = Object.entries(metas)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([metaPath, meta]) => {
      const folder = metaPath.slice(0, metaPath.lastIndexOf('/') + 1);
      const entries = Object.entries(entryFiles)
        .filter(([path]) => path.startsWith(folder))
        .sort(([a], [b]) => a.localeCompare(b))
        .flatMap(([path, list]) => {
          if (Array.isArray(list)) return list as unknown[];
          problems.push(`${path}: has no "entries" list`);
          return [];
        });
      return { meta, folder, entries, ids: new Set(entries.map(rawId)) };
    });
  // The packs are matched together, so ids are unique across them, "related" may point into another
  // pack, and a spelling taken by an earlier pack counts as taken.
  for (const [i, { meta, folder, entries }] of raw.entries()) {
    const ids = new Set(raw.flatMap((other, j) => (j === i ? [] : [...other.ids])));
    const checked = checkPack(meta, entries, { ids, entries: packs.flatMap((p) => p.entries) });
    const name = typeof meta.id === 'string' ? meta.id : folder;
    problems.push(...checked.problems.map((p) => formatProblem(name, p)));
    packs.push(checked.pack);
  }
  return { packs, problems };
}

const rawId = (entry: unknown): string =>
  typeof entry === 'object' && entry !== null && typeof (entry as { id?: unknown }).id === 'string'
    ? (entry as { id: string }).id
    : '';
