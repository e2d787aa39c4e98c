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

let cache: LoadedPacks | null = null;

/**
 * The packs as the sources hold them, each entry checked against the schema, with problems reported:
 * for tests, the Node scripts and the benchmark's page bundle. The extension reads what the build wrote
 * instead: the content script the compiled glossary (compiled-glossary.ts), the extension pages the
 * checked entries (bundled-shelf.ts); neither bundles the packs or checks them again.
 */
export function loadBundledPacks(): LoadedPacks {
  cache ??= assemblePacks(metas, entryFiles);
  return cache;
}
