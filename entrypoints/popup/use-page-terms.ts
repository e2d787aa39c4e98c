import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { Entry } from '@/utils/glossary/types';
import { askPageTerms, askSelection, revealOnPage, targetTabId, type PageTerms } from './active-tab';

/**
 * The tab the popup is about and what its content script found there (null: not answered yet),
 * asked on opening and again whenever the popup page becomes visible: open in a tab of its own, the
 * popup is about the tab used last, so it looks again on coming back to it. `terms` are the found
 * terms the popup has entries for, in page order; `reveal` shows one on the page and closes the popup.
 * Text selected in the tab goes to onSelection each time the popup looks (to look it up or add it).
 */
export function usePageTerms(entries: ReadonlyMap<string, Entry>, onSelection: (text: string) => void) {
  const [page, setPage] = useState<PageTerms | null>(null);
  const [tabId, setTabId] = useState<number | undefined>();
  const refresh = useCallback(
    () =>
      void targetTabId().then(async (id) => {
        setTabId(id);
        const [terms, selected] = await Promise.all([askPageTerms(id), askSelection(id)]);
        setPage(terms);
        if (selected) onSelection(selected);
      }),
    // onSelection is read when the answer comes, whichever render made it: no need to ask again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );
  useEffect(() => {
    void targetTabId()
      .then(askSelection)
      .then((text) => text && onSelection(text));
    // Once, on opening: a later selection is the reader's next visit.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  useEffect(() => {
    refresh();
    const onVisible = () => document.visibilityState === 'visible' && refresh();
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [refresh]);

  const terms = useMemo(
    () => (page?.status === 'ok' ? page.terms.filter((t) => entries.has(t.entryId)) : []),
    [page, entries],
  );
  const reveal = async (entryId: string) => {
    if (await revealOnPage(tabId, entryId)) window.close();
  };
  return { page, terms, refresh, reveal };
}
