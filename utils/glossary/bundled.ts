import { checkPack, formatProblem, toEntry } from './schema';
import type { Pack, PackMeta } from './types';

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

const cache = new Map<boolean, LoadedPacks>();

/**
 * The packs bundled with the extension. Validated (the default), every entry is checked against the
 * schema and problems are reported. `validate: false` trusts the bundle: the content script uses it,
 * because it runs on every page and checking 193 entries there cost about 50 ms of main thread
 * (npm run bench); the same files are checked by the test suite before a build ships and by the
 * popup, popover and options pages whenever they load.
 */
export function loadBundledPacks({ validate = true }: { validate?: boolean } = {}): LoadedPacks {
  const cached = cache.get(validate);
  if (cached) return cached;
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
    if (!validate) {
      const entries = rawEntries.map((raw) => toEntry(raw as Record<string, unknown>));
      packs.push({ ...(meta as unknown as PackMeta), entries });
      continue;
    }
    const checked = checkPack(meta, rawEntries);
    const name = typeof meta.id === 'string' ? meta.id : folder;
    problems.push(...checked.problems.map((p) => formatProblem(name, p)));
    packs.push(checked.pack);
  }
  const loaded = { packs, problems };
  cache.set(validate, loaded);
  return loaded;
}
