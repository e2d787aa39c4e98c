import { checkPack, formatProblem } from './schema';
import type { Pack } from './types';

// Every pack is a folder of data/: pack.json for its name, version and licence, and one JSON file of
// entries per category. Vite inlines them at build time.
const metas = import.meta.glob<Record<string, unknown>>('../../data/*/pack.json', {
  eager: true,
  import: 'default',
});
const entryFiles = import.meta.glob<unknown[]>(['../../data/*/*.json', '!../../data/*/pack.json'], {
  eager: true,
  import: 'entries',
});

export interface LoadedPacks {
  packs: Pack[];
  /** Readable problems ("af-pak: entry "ttp", field "summary": …"); entries with problems are left out. */
  problems: string[];
}

let cache: LoadedPacks | undefined;

/** The packs bundled with the extension, validated once. */
export function loadBundledPacks(): LoadedPacks {
  if (cache) return cache;
  const packs: Pack[] = [];
  const problems: string[] = [];
  for (const [metaPath, meta] of Object.entries(metas).sort(([a], [b]) => a.localeCompare(b))) {
    const folder = metaPath.slice(0, metaPath.lastIndexOf('/') + 1);
    const rawEntries = Object.entries(entryFiles)
      .filter(([path]) => path.startsWith(folder))
      .sort(([a], [b]) => a.localeCompare(b))
      .flatMap(([path, entries]) => {
        if (Array.isArray(entries)) return entries;
        problems.push(`${path}: has no "entries" list`);
        return [];
      });
    const checked = checkPack(meta, rawEntries);
    const name = typeof meta.id === 'string' ? meta.id : folder;
    problems.push(...checked.problems.map((p) => formatProblem(name, p)));
    packs.push(checked.pack);
  }
  cache = { packs, problems };
  return cache;
}
