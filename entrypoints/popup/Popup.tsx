import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { NoteEditor } from '@/components/NoteEditor';
import { OptionList, optionId } from '@/components/OptionList';
import { SetAsideNotice } from '@/components/SetAsideNotice';
import { TermCard } from '@/components/TermCard';
import { useNoteList } from '@/components/use-note-list';
import type { Entry } from '@/utils/glossary/types';
import { createSearchIndex, type SearchResult } from '@/utils/search/search-index';
import { browserNoteStore } from '@/utils/notes/browser-note-store';
import { askPageTerms, revealOnPage, targetTabId, type PageTerms } from './active-tab';
import { NoteRow } from './views/NoteRow';
import { NotesTransfer } from './views/NotesTransfer';
import { PageTermRow } from './views/PageTermRow';
import { ResultRow } from './views/ResultRow';
import { SiteSwitch } from './views/SiteSwitch';

/** After the site switch flips, the tab's content script needs a moment to rescan before it is asked again. */
const SITE_SWITCH_SETTLE_MS = 400;

type Tab = 'page' | 'notes';
const LIST_ID = 'popup-list';

const UNAVAILABLE_TEXT: Record<'unavailable' | 'disabled', string> = {
  unavailable:
    'NewsGloss cannot read this page (browser pages, PDFs and extension stores are out of its reach).',
  disabled: 'Glossing is off for this site. Switch it on above.',
};

export function Popup({ entries }: { entries: ReadonlyMap<string, Entry> }) {
  const [query, setQuery] = useState('');
  const [tab, setTab] = useState<Tab>('page');
  const [history, setHistory] = useState<string[]>([]);
  const [active, setActive] = useState(0);
  const notes = useNoteList();
  const [pageTerms, setPageTerms] = useState<PageTerms | null>(null);
  const [tabId, setTabId] = useState<number | undefined>();
  const search = useRef<HTMLInputElement>(null);
  // Built once per popup open; notes are swapped in when they change, never per keystroke.
  const index = useMemo(() => createSearchIndex(entries.values()), [entries]);

  useEffect(() => index.setNotes(notes), [index, notes]);
  const refresh = () =>
    void targetTabId().then(async (id) => {
      setTabId(id);
      setPageTerms(await askPageTerms(id));
    });
  useEffect(() => {
    refresh();
    // Open in a tab of its own, the popup is about the tab used last: look again on coming back to it.
    const onVisible = () => document.visibilityState === 'visible' && refresh();
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, []);

  const results: SearchResult[] = useMemo(
    () => (query.trim() ? index.search(query, 50) : []),
    // notes: the index holds them (setNotes above), so results change with them
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [index, query, notes],
  );
  // My notes: newest first, or, with a query, the notes whose entry or text matches it.
  const notesShown = useMemo(() => {
    if (!query.trim()) return notes;
    const byId = new Map(notes.map((n) => [n.entryId, n]));
    return results.flatMap((r) => byId.get(r.entry.id) ?? []);
  }, [notes, query, results]);

  const pageList = pageTerms?.status === 'ok' ? pageTerms.terms.filter((t) => entries.has(t.entryId)) : [];
  const listLength = tab === 'notes' ? notesShown.length : query.trim() ? results.length : pageList.length;
  const openEntry = (id: string) => {
    setHistory((h) => [...h, id]);
  };
  const choose = (index: number) => {
    if (tab === 'notes') openEntry(notesShown[index]!.entryId);
    else if (query.trim()) openEntry(results[index]!.entry.id);
    else void reveal(pageList[index]!.entryId);
  };
  const reveal = async (entryId: string) => {
    if (await revealOnPage(tabId, entryId)) window.close();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (listLength) setActive((i) => (i + (event.key === 'ArrowDown' ? 1 : -1) + listLength) % listLength);
    } else if (event.key === 'Enter' && listLength) {
      event.preventDefault();
      choose(Math.min(active, listLength - 1));
    } else if (event.key === 'Escape' && query) {
      // Escape clears the query; only an empty query lets Escape close the popup.
      event.preventDefault();
      setQuery('');
      setActive(0);
    }
  };

  const entry = entries.get(history[history.length - 1] ?? '');
  const back = () => {
    setHistory((h) => h.slice(0, -1));
    if (history.length === 1) setTimeout(() => search.current?.focus());
  };

  return (
    <main class="popup">
      <header class="popup__header">
        <div class="popup__top">
          <h1 class="popup__title">NewsGloss</h1>
          <SiteSwitch page={pageTerms} onChanged={() => setTimeout(refresh, SITE_SWITCH_SETTLE_MS)} />
        </div>
        <input
          ref={search}
          class="popup__search"
          type="search"
          autoFocus
          placeholder="Search the glossary and your notes"
          aria-label="Search the glossary and your notes"
          role="combobox"
          aria-expanded={listLength > 0 && !entry}
          aria-controls={LIST_ID}
          aria-activedescendant={
            listLength && !entry ? optionId(LIST_ID, Math.min(active, listLength - 1)) : undefined
          }
          value={query}
          onInput={(e) => {
            setQuery(e.currentTarget.value);
            setActive(0);
            setHistory([]);
          }}
          onKeyDown={onKeyDown}
        />
        <div class="popup__tabs" role="tablist" aria-label="Views">
          {(['page', 'notes'] as const).map((t) => (
            <button
              key={t}
              type="button"
              role="tab"
              aria-selected={tab === t && !entry}
              class="popup__tab"
              onClick={() => {
                setTab(t);
                setHistory([]);
                setActive(0);
              }}
            >
              {t === 'page' ? 'On this page' : `My notes (${notes.length})`}
            </button>
          ))}
        </div>
        <SetAsideNotice className="popup__set-aside" />
      </header>
      <section class="popup__body">
        {entry ? (
          <TermCard
            key={entry.id}
            entry={entry}
            getEntry={(id) => entries.get(id)}
            onOpenRelated={openEntry}
            onBack={back}
            contextOpen
          >
            <NoteEditor entryId={entry.id} store={browserNoteStore} />
          </TermCard>
        ) : tab === 'notes' ? (
          <>
            {notesShown.length ? (
              <OptionList
                id={LIST_ID}
                label={query.trim() ? 'Notes matching the search' : 'My notes, newest first'}
                items={notesShown}
                activeIndex={active}
                keyOf={(n) => n.entryId}
                render={(n) => <NoteRow note={n} entry={entries.get(n.entryId)} />}
                onChoose={(n) => openEntry(n.entryId)}
                onHover={setActive}
              />
            ) : (
              <p class="popup__empty">
                {notes.length ? `No note matches “${query}”.` : 'No notes yet. Open any entry to add one.'}
              </p>
            )}
            <NotesTransfer notes={notes} entries={entries} />
          </>
        ) : query.trim() ? (
          results.length ? (
            <OptionList
              id={LIST_ID}
              label="Search results"
              items={results}
              activeIndex={active}
              keyOf={(r) => r.entry.id}
              render={(r) => <ResultRow result={r} />}
              onChoose={(r) => openEntry(r.entry.id)}
              onHover={setActive}
            />
          ) : (
            <p class="popup__empty">Nothing matches “{query}”.</p>
          )
        ) : pageTerms === null ? (
          <p class="popup__empty">Looking at this page…</p>
        ) : pageTerms.status !== 'ok' ? (
          <p class="popup__empty">{UNAVAILABLE_TEXT[pageTerms.status]}</p>
        ) : pageList.length === 0 ? (
          <p class="popup__empty">No glossary terms on this page.</p>
        ) : (
          <OptionList
            id={LIST_ID}
            label="Terms on this page, in page order"
            items={pageList}
            activeIndex={active}
            keyOf={(t) => t.entryId}
            render={(t) => <PageTermRow entry={entries.get(t.entryId)!} count={t.count} />}
            onChoose={(t) => void reveal(t.entryId)}
            onHover={setActive}
          />
        )}
      </section>
    </main>
  );
}
