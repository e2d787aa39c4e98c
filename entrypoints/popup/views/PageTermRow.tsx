import { CATEGORY_LABELS } from '@/components/category-labels';
import type { Entry } from '@/utils/glossary/types';

export function PageTermRow({ entry, count }: { entry: Entry; count: number }) {
  return (
    <div class="row">
      <div class="row__title">
        <span class="row__headword">{entry.headword}</span>
        <span class="row__category">{CATEGORY_LABELS[entry.category]}</span>
        <span class="row__count" aria-label={`${count} on this page`}>
          ×{count}
        </span>
      </div>
      <p class="row__summary">{entry.summary}</p>
    </div>
  );
}
