import { useCallback, useMemo, useState } from 'preact/hooks';
import { useStoredValue } from '@/components/use-stored-value';
import type { BundledShelf } from '@/utils/glossary/bundled-shelf';
import { allEntries } from '@/utils/glossary/runtime-glossary';
import type { Entry } from '@/utils/glossary/types';
import { getOwnTerms, watchOwnTerms } from '@/utils/own-terms/store';
import { ownPack, type OwnTerm } from '@/utils/own-terms/own-term';

const NO_OWN_TERMS: readonly OwnTerm[] = [];

/** The entries a popover has read so far, and the way to read more. */
export interface PopoverEntries {
  /** An entry read already (the reader's own terms are always there); undefined otherwise. */
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
  const [ownTerms] = useStoredValue<readonly OwnTerm[]>(getOwnTerms, watchOwnTerms, NO_OWN_TERMS);
  const own = useMemo(() => new Map(ownPack(ownTerms).entries.map((e) => [e.id, e])), [ownTerms]);
  const [read, setRead] = useState<ReadonlyMap<string, Entry>>(new Map());

  const load = useCallback(
    async (ids: readonly string[]) => {
      const loaded = await shelf.entries(ids.filter((id) => !own.has(id)));
      if (loaded.size) setRead((before) => new Map([...before, ...loaded]));
    },
    [shelf, own],
  );
  const all = useCallback(async () => allEntries(await shelf.packs(), ownTerms), [shelf, ownTerms]);

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
