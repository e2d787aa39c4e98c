import { useRef, useState } from 'preact/hooks';
import { useEntryHistory } from '@/components/use-entry-history';
import { useNoteList } from '@/components/use-note-list';
import { SITE_SWITCH_SETTLE_MS } from '@/utils/constants';
import type { Entry } from '@/utils/glossary/types';
import { t } from '@/utils/i18n/t';
import { useListNavigation } from './use-list-navigation';
import { usePageTerms } from './use-page-terms';
import { useSearch } from './use-search';
import { EntryView } from './views/EntryView';
import { Notices } from './views/Notices';
import { NotesView } from './views/NotesView';
import { PageTermsView } from './views/PageTermsView';
import { SearchBox } from './views/SearchBox';
import { SearchView } from './views/SearchView';
import { SiteSwitch } from './views/SiteSwitch';
import { ViewPanel, ViewTabs, type Tab } from './views/ViewTabs';

/** The list under the search box: the notes tab, search results for a query, or the page's terms. */
type ListView = 'notes' | 'search' | 'page';
const LIST_ID = 'popup-list';

/**
 * The toolbar popup: a search box over one of three lists, and an entry opened from any of them on
 * top (with a history for related entries). The arrow keys and Enter work the list shown under the
 * entry even while one is open, as before.
 */
export function Popup({ entries }: { entries: ReadonlyMap<string, Entry> }) {
  const [query, setQuery] = useState('');
  const [tab, setTab] = useState<Tab>('page');
  const { entry, depth, open: openEntry, back, reset: closeEntries } = useEntryHistory(entries);
  const notes = useNoteList();
  // A selection on the page is the first query, unless the reader typed one.
  const pageView = usePageTerms(entries, (text) => setQuery((q) => q || text));
  const { page, terms: pageTerms, refresh, reveal } = pageView;
  const { results, notesShown } = useSearch(entries, notes, query);
  const search = useRef<HTMLInputElement>(null);

  const listView: ListView = tab === 'notes' ? 'notes' : query.trim() ? 'search' : 'page';
  const lists: Record<ListView, { length: number; choose(index: number): void }> = {
    notes: { length: notesShown.length, choose: (i) => openEntry(notesShown[i]!.entryId) },
    search: { length: results.length, choose: (i) => openEntry(results[i]!.entry.id) },
    page: { length: pageTerms.length, choose: (i) => void reveal(pageTerms[i]!.entryId) },
  };
  const nav = useListNavigation(LIST_ID, lists[listView].length, lists[listView].choose);

  /** A new query or another tab: back to the list, at its first option. */
  const startOver = () => {
    closeEntries();
    nav.reset();
  };
  const backToList = () => {
    back();
    if (depth === 1) setTimeout(() => search.current?.focus());
  };

  const shown = () => {
    if (entry) return <EntryView entry={entry} entries={entries} onOpen={openEntry} onBack={backToList} />;
    const list = nav.listProps;
    switch (listView) {
      case 'notes':
        return <NotesView {...{ notes, query, entries, list }} shown={notesShown} onOpen={openEntry} />;
      case 'search':
        return <SearchView {...{ query, results, list }} onOpen={openEntry} />;
      case 'page':
        return (
          <PageTermsView {...{ page, entries, list }} terms={pageTerms} onReveal={(id) => void reveal(id)} />
        );
    }
  };

  return (
    <main class="popup">
      <header class="popup__header">
        <div class="popup__top">
          <h1 class="popup__title">{t('extName')}</h1>
          <SiteSwitch page={page} onChanged={() => setTimeout(refresh, SITE_SWITCH_SETTLE_MS)} />
        </div>
        <SearchBox
          inputRef={search}
          query={query}
          listId={LIST_ID}
          expanded={lists[listView].length > 0 && !entry}
          activeOptionId={entry ? undefined : nav.activeOptionId}
          onQuery={(value) => {
            setQuery(value);
            startOver();
          }}
          onClear={() => {
            setQuery('');
            nav.reset();
          }}
          onListKey={nav.onKeyDown}
        />
        <ViewTabs
          tab={tab}
          entryOpen={Boolean(entry)}
          noteCount={notes.length}
          onSelect={(next) => {
            setTab(next);
            startOver();
          }}
        />
        <Notices />
      </header>
      <ViewPanel tab={tab} entryShown={entry?.headword}>
        {shown()}
      </ViewPanel>
    </main>
  );
}
