import { useEffect, useMemo } from 'preact/hooks';
import type { Entry } from '@/utils/glossary/types';
import type { Note } from '@/utils/notes/note';
import { createSearchIndex, type SearchResult } from '@/utils/search/search-index';

/**
 * The popup's search over the glossary and the reader's notes: the results for the query (none for
 * an empty one), and the notes to list under "My notes": all, newest first, or, with a query, those
 * whose entry or text matches it.
 */
export function useSearch(entries: ReadonlyMap<string, Entry>, notes: readonly Note[], query: string) {
  // Built once per popup open; notes are swapped in when they change, never per keystroke.
  const index = useMemo(() => createSearchIndex(entries.values()), [entries]);
  useEffect(() => index.setNotes(notes), [index, notes]);

  const results: SearchResult[] = useMemo(
    () => (query.trim() ? index.search(query, 50) : []),
    // notes: the index holds them (setNotes above), so results change with them
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [index, query, notes],
  );
  const notesShown = useMemo(() => {
    if (!query.trim()) return notes;
    const byId = new Map(notes.map((n) => [n.entryId, n]));
    return results.flatMap((r) => byId.get(r.entry.id) ?? []);
  }, [notes, query, results]);
  return { results, notesShown };
}
