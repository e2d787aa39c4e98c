import { useCallback, useState } from 'preact/hooks';
import type { Entry } from '@/utils/glossary/types';

/**
 * The entries opened one from another (a related entry from an entry), newest last, as the popup
 * and the page popover keep them: `entry` is the one shown (undefined: none, or an id no longer
 * known), `depth` how many are open. The functions are stable.
 */
export function useEntryHistory(entries: { get(id: string): Entry | undefined }) {
  const [history, setHistory] = useState<readonly string[]>([]);
  /** Opens an entry over the one shown. */
  const open = useCallback((entryId: string) => setHistory((h) => [...h, entryId]), []);
  /** Back to the entry before (none after the first). */
  const back = useCallback(() => setHistory((h) => h.slice(0, -1)), []);
  /** Starts again with these entries open (none: back to what lies under them). */
  const reset = useCallback((entryIds: readonly string[] = []) => setHistory(entryIds), []);
  return { entry: entries.get(history[history.length - 1] ?? ''), depth: history.length, open, back, reset };
}
