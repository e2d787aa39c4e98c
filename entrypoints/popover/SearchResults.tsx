import { CATEGORY_LABELS } from '@/components/category-labels';
import { t } from '@/utils/i18n/t';
import type { SearchResult } from '@/utils/search/search-index';

/** A selection that is not a known term: the closest entries, each a button that opens it. */
export function SearchResults({
  query,
  results,
  onOpen,
}: {
  query: string;
  results: readonly SearchResult[];
  onOpen(id: string): void;
}) {
  return (
    <section class="lookup" aria-label={t('popover_closestTo', { query })}>
      <h2 class="lookup__title" dir="auto">
        {t('popover_notInGlossary', { query })}
      </h2>
      {results.length ? (
        <>
          <p class="lookup__hint">{t('popover_closestEntries')}</p>
          <ul class="lookup__list">
            {results.map((r) => (
              <li key={r.entry.id}>
                <button type="button" class="term-card__link" onClick={() => onOpen(r.entry.id)}>
                  {r.entry.headword}
                </button>{' '}
                <span class="term-card__label">{CATEGORY_LABELS[r.entry.category]}</span>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p class="lookup__hint">{t('popover_nothingClose')}</p>
      )}
    </section>
  );
}
