import { assemblePacks, type LoadedPacks } from './assemble-packs';

export type { LoadedPacks } from './assemble-packs';

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

const cache = new Map<boolean, LoadedPacks>();

/**
 * The packs bundled with the extension, for the extension pages (popup, popover, options). Validated
 * (the default), every entry is checked against the schema and problems are reported; `validate: false`
 * trusts the bundle (tools that already checked it). The content script does not load the packs at all:
 * it reads the glossary compiled at build time (compiled-glossary.ts).
 */
export function loadBundledPacks({ validate = true }: { validate?: boolean } = {}): LoadedPacks {
  const cached = cache.get(validate);
  if (cached) return cached;
  const loaded = assemblePacks(metas, entryFiles, validate);
  cache.set(validate, loaded);
  return loaded;
}
