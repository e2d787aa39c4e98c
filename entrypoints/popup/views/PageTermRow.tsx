import { CATEGORY_LABELS } from '@/components/category-labels';
import type { Entry } from '@/utils/glossary/types';
import { t } from '@/utils/i18n/t';

export function PageTermRow({ entry, count }: { entry: Entry; count: number }) {
  return (
    <div class="row">
      <div class="row__title">
        <span class="row__headword">{entry.headword}</span>
        <span class="row__category">{CATEGORY_LABELS[entry.category]}</span>
        <span class="row__count" aria-label={t('popup_countOnPage', { count })}>
          ×{count}
        </span>
      </div>
      <p class="row__summary">{entry.summary}</p>
    </div>
  );
}
