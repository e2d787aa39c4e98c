import { fetchGlossaryFile } from './fetch-compiled';
import { shelfIndexPath, shelfShardPath, unshelve, type ShelfIndex } from './shelf-format';
import type { Entry, Pack } from './types';

/** Reads one of the shelf's JSON files from the extension. */
const readShelfFile = async (file: string): Promise<unknown> => (await fetchGlossaryFile(file)).json();

/**
 * The bundled glossary as written at build time (shelf-format.ts), read lazily: the index once, each
 * shard when an entry in it is first asked for. Nothing is checked here; the build checked it all.
 */
export class BundledShelf {
  private index: Promise<ShelfIndex> | null = null;
  private readonly shards = new Map<number, Promise<Entry[]>>();
  private headwordsById: Map<string, string> | null = null;

  constructor(private readonly read: (file: string) => Promise<unknown> = readShelfFile) {}

  private readIndex(): Promise<ShelfIndex> {
    this.index ??= (this.read(shelfIndexPath()) as Promise<ShelfIndex>).then((index) => {
      this.headwordsById = new Map(index.entries.map(([id, headword]) => [id, headword]));
      return index;
    });
    return this.index;
  }

  private readShard(shard: number): Promise<Entry[]> {
    let list = this.shards.get(shard);
    if (!list) {
      list = this.read(shelfShardPath(shard)) as Promise<Entry[]>;
      this.shards.set(shard, list);
    }
    return list;
  }

  /** Every entry's headword by id, from the index (read once; the popover reads it as it loads). */
  async headwords(): Promise<ReadonlyMap<string, string>> {
    await this.readIndex();
    return this.headwordsById!;
  }

  /** The entries with these ids (ids the glossary lacks are left out), reading only their shards. */
  async entries(ids: readonly string[]): Promise<Map<string, Entry>> {
    const index = await this.readIndex();
    const wanted = new Set(ids);
    const shards = new Set(index.entries.filter(([id]) => wanted.has(id)).map(([, , , shard]) => shard));
    const lists = await Promise.all([...shards].map((s) => this.readShard(s)));
    return new Map(
      lists
        .flat()
        .filter((e) => wanted.has(e.id))
        .map((e) => [e.id, e]),
    );
  }

  /** Every pack whole (every shard read). */
  async packs(): Promise<Pack[]> {
    const index = await this.readIndex();
    const count = Math.max(0, ...index.entries.map(([, , , shard]) => shard + 1));
    const lists = await Promise.all(Array.from({ length: count }, (_, s) => this.readShard(s)));
    return unshelve(index, lists);
  }
}
