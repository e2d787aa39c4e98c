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
  for (const [metaPath, meta] of Object.entries(metas).sort(([a], [b]) => a.localeCompare(b))) {
    const folder = metaPath.slice(0, metaPath.lastIndexOf('/') + 1);
    const rawEntries = Object.entries(entryFiles)
      .filter(([path]) => path.startsWith(folder))
      .sort(([a], [b]) => a.localeCompare(b))
      .flatMap(([path, entries]) => {
        if (Array.isArray(entries)) return entries as unknown[];
        problems.push(`${path}: has no "entries" list`);
        return [];
      });
    const checked = checkPack(meta, rawEntries);
    const name = typeof meta.id === 'string' ? meta.id : folder;
    problems.push(...checked.problems.map((p) => formatProblem(name, p)));
    packs.push(checked.pack);
  }
  return { packs, problems };
}
