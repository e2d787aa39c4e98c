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
 * The packs bundled with the extension, for the extension pages (popup, popover, options), each entry
 * checked against the schema, with problems reported. The content script does not load the packs at
 * all: it reads the glossary compiled at build time (compiled-glossary.ts).
 */
export function loadBundledPacks(): LoadedPacks {
  cache ??= assemblePacks(metas, entryFiles);
  return cache;
}
