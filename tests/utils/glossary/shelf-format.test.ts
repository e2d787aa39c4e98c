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
    for (const [s, list] of shards.entries()) {
      for (const entry of list) expect(shardOf(entry.id)).toBe(s);
      // A popover reads one shard per entry shown: it must stay a small fraction of the glossary.
      expect(JSON.stringify(list).length).toBeLessThan(JSON.stringify(shards).length / 16);
    }
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
  it('reads the index and only the shard holding an entry asked for, once', async () => {
    const { shelf, reads } = shelfInMemory();
    const got = await shelf.entries(['ttp']);
    expect(got.get('ttp')?.headword).toBe(
      packs.flatMap((p) => p.entries).find((e) => e.id === 'ttp')!.headword,
    );
    expect(reads).toEqual([shelfIndexPath(), shelfShardPath(shardOf('ttp'))]);
    await shelf.entries(['ttp']);
    expect(reads).toHaveLength(2);
  });

  it('knows every headword once the index is read, without reading a shard', async () => {
    const { shelf, reads } = shelfInMemory();
    const headwords = await shelf.headwords();
    expect(headwords.get('imran-khan')).toBe('Imran Khan');
    expect(headwords.get('no-such-entry')).toBeUndefined();
    expect(reads).toEqual([shelfIndexPath()]);
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
