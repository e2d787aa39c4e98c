import { CATEGORY_LABELS } from '@/components/category-labels';
import { HighlightedText } from '@/components/HighlightedText';
import { t } from '@/utils/i18n/t';
import type { SearchResult } from '@/utils/search/search-index';

/** One search result: headword, category, and the summary with the matched part marked. */
export function ResultRow({ result }: { result: SearchResult }) {
  const { entry, summaryMatches, inNote } = result;
  return (
    <div class="row">
      <div class="row__title">
        <span class="row__headword">{entry.headword}</span>
        <span class="row__category">{CATEGORY_LABELS[entry.category]}</span>
        {inNote && <span class="row__badge">{t('popup_inYourNote')}</span>}
      </div>
      <p class="row__summary">
        <HighlightedText text={entry.summary} ranges={summaryMatches} />
      </p>
    </div>
  );
}
