import { useEffect, useMemo, useState } from 'preact/hooks';
import type { SearchIndex, SearchResult } from '@/utils/search/search-index';
import type { PopoverEntries } from './use-popover-entries';

/**
 * The closest entries to a looked-up selection that is not a known term (query null: no look-up).
 * Only a look-up reads the whole glossary and the search code, once per popover: most popovers show
 * one known entry and never need either.
 */
export function useLookup(entries: PopoverEntries, query: string | null): SearchResult[] {
  const [index, setIndex] = useState<SearchIndex | null>(null);
  const wanted = query !== null;
  useEffect(() => {
    if (!wanted || index) return;
    let live = true;
    void Promise.all([entries.all(), import('@/utils/search/search-index')]).then(([all, search]) => {
      if (live) setIndex(search.createSearchIndex(all.values()));
    });
    return () => {
      live = false;
    };
  }, [wanted, index, entries]);
  return useMemo(() => (index && query ? index.search(query, 6) : []), [index, query]);
}
