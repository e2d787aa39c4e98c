import { fetchGlossaryFile } from './fetch-compiled';
import {
  shardOf,
  shelfIndexPath,
  shelfShardPath,
  unshelve,
  type Shard,
  type ShelfIndex,
} from './shelf-format';
import type { Entry, Pack } from './types';

/** Reads one of the shelf's JSON files from the extension. */
const readShelfFile = async (file: string): Promise<unknown> => (await fetchGlossaryFile(file)).json();

/**
 * The bundled glossary as written at build time (shelf-format.ts), read lazily: each shard when an
 * entry in it is first asked for (its id says which), the index only when every pack is wanted. Nothing
 * is checked here; the build checked it all.
 */
export class BundledShelf {
  private readonly shards = new Map<number, Promise<Shard>>();
  private readonly headwordsById = new Map<string, string>();

  constructor(private readonly read: (file: string) => Promise<unknown> = readShelfFile) {}

  private readShard(shard: number): Promise<Shard> {
    let read = this.shards.get(shard);
    if (!read) {
      read = (this.read(shelfShardPath(shard)) as Promise<Shard>).then((found) => {
        for (const [id, headword] of Object.entries(found.headwords)) this.headwordsById.set(id, headword);
        for (const entry of found.entries) this.headwordsById.set(entry.id, entry.headword);
        return found;
      });
      this.shards.set(shard, read);
    }
    return read;
  }

  /**
   * The headword of an entry read so far, or of one an entry read relates to; undefined for any other
   * (and for ids the glossary lacks).
   */
  headword(id: string): string | undefined {
    return this.headwordsById.get(id);
  }

  /** The entries with these ids (ids the glossary lacks are left out), reading only their shards. */
  async entries(ids: readonly string[]): Promise<Map<string, Entry>> {
    const wanted = new Set(ids);
    const shards = await Promise.all(
      [...new Set(ids.map((id) => shardOf(id)))].map((s) => this.readShard(s)),
    );
    return new Map(
      shards
        .flatMap((shard) => shard.entries)
        .filter((e) => wanted.has(e.id))
        .map((e) => [e.id, e]),
    );
  }

  /** Every pack whole (the index and every shard read). */
  async packs(): Promise<Pack[]> {
    const index = (await this.read(shelfIndexPath())) as ShelfIndex;
    const count = Math.max(0, ...index.entries.map(([, , , shard]) => shard + 1));
    const shards = await Promise.all(Array.from({ length: count }, (_, s) => this.readShard(s)));
    return unshelve(index, shards);
  }
}
