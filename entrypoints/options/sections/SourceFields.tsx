import { t } from '@/utils/i18n/t';
import type { OwnTermDraft } from './own-term-draft';

/**
 * The own-term form's optional context and source, folded away: a term is glossed without them, and
 * needs both to be shared as a glossary pack (whose entries, like the bundled ones, are sourced).
 */
export function SourceFields({
  draft,
  set,
}: {
  draft: OwnTermDraft;
  set(patch: Partial<OwnTermDraft>): void;
}) {
  const given = !!(draft.context || draft.sourceTitle || draft.sourceUrl);
  return (
    <details class="own-form__source" open={given}>
      <summary>{t('options_formSourceSummary')}</summary>
      <label>
        {t('options_formContext')}
        <textarea rows={3} value={draft.context} onInput={(e) => set({ context: e.currentTarget.value })} />
      </label>
      <label>
        {t('options_formSourceTitle')}
        <input value={draft.sourceTitle} onInput={(e) => set({ sourceTitle: e.currentTarget.value })} />
      </label>
      <label>
        {t('options_formSourceUrl')}
        <input
          type="url"
          inputMode="url"
          value={draft.sourceUrl}
          onInput={(e) => set({ sourceUrl: e.currentTarget.value })}
        />
      </label>
      <label>
        {t('options_formSourceDate')}
        <input value={draft.sourceDate} onInput={(e) => set({ sourceDate: e.currentTarget.value })} />
      </label>
    </details>
  );
}
