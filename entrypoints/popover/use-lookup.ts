import { useMemo } from 'preact/hooks';
import type { Entry } from '@/utils/glossary/types';
import { createSearchIndex, type SearchResult } from '@/utils/search/search-index';

/**
 * The closest entries to a looked-up selection that is not a known term (query null: no look-up).
 * The search index is built only when a look-up needs it: most popovers show one known entry.
 */
export function useLookup(entries: ReadonlyMap<string, Entry>, query: string | null): SearchResult[] {
  const index = useMemo(
    () => (query === null ? null : createSearchIndex(entries.values())),
    [entries, query],
  );
  return useMemo(() => (index && query ? index.search(query, 6) : []), [index, query]);
}
