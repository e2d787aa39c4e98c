import { describe, expect, it } from 'vitest';
import { loadBundledPacks } from '@/utils/glossary/bundled';
import { BundledShelf } from '@/utils/glossary/bundled-shelf';
import {
  SHELF_SHARDS,
  shardOf,
  shelfIndexPath,
  shelfShardPath,
  shelve,
  unshelve,
} from '@/utils/glossary/shelf-format';

const packs = loadBundledPacks().packs;
const { index, shards } = shelve(packs);

/** A shelf reading from the shelved bundled packs in memory, noting every file it reads. */
function shelfInMemory() {
  const files = new Map<string, unknown>([
    [shelfIndexPath(), index],
    ...shards.map((list, s) => [shelfShardPath(s), list] as [string, unknown]),
  ]);
  const reads: string[] = [];
  const shelf = new BundledShelf((file) => {
    reads.push(file);
    return Promise.resolve(JSON.parse(JSON.stringify(files.get(file))));
  });
  return { shelf, reads };
}

describe('shelve and unshelve', () => {
  it('give back the packs as checked, every entry in its pack and order', () => {
    expect(unshelve(JSON.parse(JSON.stringify(index)), shards)).toEqual(packs);
  });

  it('put each entry in the shard its id hashes to, every shard small', () => {
    expect(shards).toHaveLength(SHELF_SHARDS);
    for (const [s, shard] of shards.entries()) {
      for (const entry of shard.entries) expect(shardOf(entry.id)).toBe(s);
      // A popover reads one shard per entry shown: it must stay a small fraction of the glossary.
      expect(JSON.stringify(shard).length).toBeLessThan(JSON.stringify(shards).length / 16);
    }
  });

  it('name in each shard every entry its entries relate to, and nothing else', () => {
    const headwordOf = new Map(packs.flatMap((p) => p.entries.map((e) => [e.id, e.headword])));
    for (const shard of shards) {
      const related = new Set(shard.entries.flatMap((e) => e.related));
      expect(Object.keys(shard.headwords).sort()).toEqual(
        [...related].filter((id) => headwordOf.has(id)).sort(),
      );
      for (const [id, headword] of Object.entries(shard.headwords)) expect(headword).toBe(headwordOf.get(id));
    }
    expect(shards.some((shard) => Object.keys(shard.headwords).length > 0)).toBe(true);
  });

  it('hash ids stably, within range', () => {
    expect(shardOf('ttp')).toBe(shardOf('ttp'));
    for (const id of ['ttp', 'imran-khan', '', 'ß-ü-漢']) {
      expect(shardOf(id)).toBeGreaterThanOrEqual(0);
      expect(shardOf(id)).toBeLessThan(SHELF_SHARDS);
    }
  });
});

describe('BundledShelf', () => {
  it('reads only the shard holding an entry asked for, once, and never the index', async () => {
    const { shelf, reads } = shelfInMemory();
    const got = await shelf.entries(['ttp']);
    expect(got.get('ttp')?.headword).toBe(
      packs.flatMap((p) => p.entries).find((e) => e.id === 'ttp')!.headword,
    );
    expect(reads).toEqual([shelfShardPath(shardOf('ttp'))]);
    await shelf.entries(['ttp']);
    expect(reads).toHaveLength(1);
  });

  it('names the entries read and those they relate to, without reading their shards', async () => {
    const { shelf, reads } = shelfInMemory();
    expect(shelf.headword('ttp')).toBeUndefined();
    const ttp = (await shelf.entries(['ttp'])).get('ttp')!;
    expect(shelf.headword('ttp')).toBe(ttp.headword);
    const headwordOf = new Map(packs.flatMap((p) => p.entries.map((e) => [e.id, e.headword])));
    expect(ttp.related.length).toBeGreaterThan(0);
    for (const id of ttp.related) expect(shelf.headword(id), id).toBe(headwordOf.get(id));
    expect(shelf.headword('no-such-entry')).toBeUndefined();
    expect(reads).toEqual([shelfShardPath(shardOf('ttp'))]);
  });

  it('leaves out ids the glossary lacks', async () => {
    const { shelf } = shelfInMemory();
    expect([...(await shelf.entries(['no-such-entry', 'ttp'])).keys()]).toEqual(['ttp']);
  });

  it('gives every pack whole for the popup and options page', async () => {
    const { shelf } = shelfInMemory();
    expect(await shelf.packs()).toEqual(packs);
  });
});
