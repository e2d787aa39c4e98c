import type { Entry, Pack, PackMeta } from './types';

/**
 * The bundled packs as the extension pages read them: checked at build time (scripts/compile-
 * glossary.ts) and written as an index and entry shards under glossary/, so a page reads only what it
 * shows. The page popover, framed into every tab with a marked term, reads only the shard holding the
 * entry shown (found by hashing its id), instead of parsing and checking all ~1,250 entries (issue 16);
 * the popup and the options page read the index and every shard.
 */
export const SHELF_DIR = 'glossary';
/** Enough shards that one is small (tens of KB), few enough that reading them all stays cheap. */
export const SHELF_SHARDS = 64;

export interface ShelfIndex {
  /** The packs in their order, without their entries. */
  packs: PackMeta[];
  /** Every entry as [id, headword, pack (index into packs), shard], in pack order. */
  entries: [id: string, headword: string, pack: number, shard: number][];
}

/** One shard: its entries, and the headword of each entry they relate to (named without reading it). */
export interface Shard {
  entries: Entry[];
  headwords: Record<string, string>;
}

export const shelfIndexPath = () => `${SHELF_DIR}/index.json`;
export const shelfShardPath = (shard: number) => `${SHELF_DIR}/entries-${shard}.json`;

/** The shard an entry id lives in: FNV-1a over its UTF-16 code units, so the split is stable. */
export function shardOf(id: string, shards = SHELF_SHARDS): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % shards;
}

/** Splits checked packs into the index and the shards. */
export function shelve(
  packs: readonly Pack[],
  shards = SHELF_SHARDS,
): { index: ShelfIndex; shards: Shard[] } {
  const index: ShelfIndex = { packs: [], entries: [] };
  const lists: Shard[] = Array.from({ length: shards }, () => ({ entries: [], headwords: {} }));
  const headwordOf = new Map(packs.flatMap((p) => p.entries.map((e) => [e.id, e.headword] as const)));
  for (const [p, { entries, ...meta }] of packs.entries()) {
    index.packs.push(meta);
    for (const entry of entries) {
      const s = shardOf(entry.id, shards);
      const shard = lists[s]!;
      index.entries.push([entry.id, entry.headword, p, s]);
      shard.entries.push(entry);
      for (const id of entry.related) {
        const headword = headwordOf.get(id);
        if (headword !== undefined) shard.headwords[id] = headword;
      }
    }
  }
  return { index, shards: lists };
}

/** The packs again, from the index and every shard (the popup and options page need them whole). */
export function unshelve(index: ShelfIndex, shards: readonly Shard[]): Pack[] {
  const byId = new Map(shards.flatMap(({ entries }) => entries.map((e) => [e.id, e] as const)));
  const packs: Pack[] = index.packs.map((meta) => ({ ...meta, entries: [] }));
  for (const [id, , p] of index.entries) {
    const entry = byId.get(id);
    if (entry) packs[p]!.entries.push(entry);
  }
  return packs;
}
