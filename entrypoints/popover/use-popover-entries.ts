import { useCallback, useMemo, useState } from 'preact/hooks';
import { useReaderPacks } from '@/components/use-reader-packs';
import type { BundledShelf } from '@/utils/glossary/bundled-shelf';
import { allEntries } from '@/utils/glossary/runtime-glossary';
import type { Entry } from '@/utils/glossary/types';

/** The entries a popover has read so far, and the way to read more. */
export interface PopoverEntries {
  /** An entry read already (the reader's own terms and imported packs are always there); undefined otherwise. */
  get(id: string): Entry | undefined;
  /**
   * The headword of an entry read, or of one an entry read relates to (the shards name those); undefined
   * otherwise. A command's entries are read before it is carried out, so every name it shows is here.
   */
  headword(id: string): string | undefined;
  /** Reads these entries (each bundled one from its shard); resolves once get() has them. */
  load(ids: readonly string[]): Promise<void>;
  /** Every entry: reads every shard (only a look-up of a selection that is not a term needs them). */
  all(): Promise<ReadonlyMap<string, Entry>>;
}

/**
 * The popover's entries, read as they are shown: the shard holding each entry shown, found by its id
 * (the shelf's index is not read). A tab never holds the whole glossary unless the reader looks up a
 * selection that is not a term.
 */
export function usePopoverEntries(shelf: BundledShelf): PopoverEntries {
  // The reader's own terms and imported packs are in storage whole; only bundled entries are read by shard.
  const reader = useReaderPacks();
  const own = useMemo(() => allEntries(reader), [reader]);
  const [read, setRead] = useState<ReadonlyMap<string, Entry>>(new Map());

  const load = useCallback(
    async (ids: readonly string[]) => {
      const loaded = await shelf.entries(ids.filter((id) => !own.has(id)));
      if (loaded.size) setRead((before) => new Map([...before, ...loaded]));
    },
    [shelf, own],
  );
  const all = useCallback(async () => allEntries([...(await shelf.packs()), ...reader]), [shelf, reader]);

  return useMemo(
    () => ({
      get: (id: string) => own.get(id) ?? read.get(id),
      // `read` is a dependency: the shelf knows more headwords each time more entries are read.
      headword: (id: string) => own.get(id)?.headword ?? read.get(id)?.headword ?? shelf.headword(id),
      load,
      all,
    }),
    [own, read, shelf, load, all],
  );
}
