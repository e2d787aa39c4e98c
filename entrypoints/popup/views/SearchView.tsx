import { OptionList } from '@/components/OptionList';
import { t } from '@/utils/i18n/t';
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
        <p class="popup__empty">{t('popup_nothingMatches', { query })}</p>
        <AddTermButton text={query} />
      </>
    );
  return (
    <>
      <OptionList
        {...list}
        label={t('popup_searchResults')}
        items={results}
        keyOf={(r) => r.entry.id}
        render={(r) => <ResultRow result={r} />}
        onChoose={(r) => onOpen(r.entry.id)}
      />
      <AddTermButton text={query} />
    </>
  );
}
