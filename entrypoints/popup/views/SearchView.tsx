import { OptionList } from '@/components/OptionList';
import type { SearchResult } from '@/utils/search/search-index';
import type { ListProps } from '../use-list-navigation';
import { AddTermButton } from './AddTermButton';
import { ResultRow } from './ResultRow';

/** The entries matching the query, best first. */
export function SearchView({
  query,
  results,
  list,
  onOpen,
}: {
  query: string;
  results: readonly SearchResult[];
  list: ListProps;
  onOpen(entryId: string): void;
}) {
  if (!results.length)
    return (
      <>
        <p class="popup__empty">Nothing matches “{query}”.</p>
        <AddTermButton text={query} />
      </>
    );
  return (
    <>
      <OptionList
        {...list}
        label="Search results"
        items={results}
        keyOf={(r) => r.entry.id}
        render={(r) => <ResultRow result={r} />}
        onChoose={(r) => onOpen(r.entry.id)}
      />
      <AddTermButton text={query} />
    </>
  );
}
