import { useState } from 'preact/hooks';
import { CATEGORY_LABELS } from '@/components/category-labels';
import { NOTE_MAX_CHARS } from '@/utils/constants';
import { validateOwnTerm, type OwnTerm } from '@/utils/own-terms/own-term';
import { CATEGORIES, type Category, type Entry } from '@/utils/glossary/types';
import { t } from '@/utils/i18n/t';
import { termFromDraft, type OwnTermDraft } from './own-term-draft';
import { SourceFields } from './SourceFields';

export { EMPTY_DRAFT, type OwnTermDraft } from './own-term-draft';

function CategorySelect({ value, onChange }: { value: Category; onChange(category: Category): void }) {
  return (
    <label>
      {t('options_formCategory')}
      <select value={value} onChange={(e) => onChange(e.currentTarget.value as Category)}>
        {CATEGORIES.map((c) => (
          <option key={c} value={c}>
            {CATEGORY_LABELS[c]}
          </option>
        ))}
      </select>
    </label>
  );
}

function ProblemList({ problems }: { problems: readonly string[] }) {
  return (
    <ul class="error" role="alert">
      {problems.map((p) => (
        <li key={p}>{p}</li>
      ))}
    </ul>
  );
}

export function OwnTermForm({
  initial,
  editing,
  bundled,
  ownTerms,
  onSave,
  onCancel,
}: {
  initial: OwnTermDraft;
  editing: OwnTerm | null;
  bundled: readonly Entry[];
  ownTerms: readonly OwnTerm[];
  onSave(term: OwnTerm, note: string): Promise<void>;
  onCancel(): void;
}) {
  const [draft, setDraft] = useState(initial);
  const [problems, setProblems] = useState<string[]>([]);
  const set = (patch: Partial<OwnTermDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const submit = async () => {
    const term = termFromDraft(draft, editing, ownTerms, Date.now());
    const others = ownTerms.filter((own) => own.id !== editing?.id);
    const found = validateOwnTerm(term, bundled, others);
    setProblems(found);
    if (found.length === 0) await onSave(term, draft.note);
  };

  return (
    <form
      class="own-form"
      aria-label={editing ? t('options_editTerm', { term: editing.headword }) : t('options_addATerm')}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <label>
        {t('options_formTerm')}
        <input value={draft.headword} required onInput={(e) => set({ headword: e.currentTarget.value })} />
      </label>
      <label>
        {t('options_formAliases')}
        <textarea rows={2} value={draft.aliases} onInput={(e) => set({ aliases: e.currentTarget.value })} />
      </label>
      <label class="row">
        <input
          type="checkbox"
          checked={draft.abbreviation}
          onChange={(e) => set({ abbreviation: e.currentTarget.checked })}
        />
        {t('options_formAbbreviation')}
      </label>
      <CategorySelect value={draft.category} onChange={(category) => set({ category })} />
      <label>
        {t('options_formSummary')}
        <textarea rows={2} value={draft.summary} onInput={(e) => set({ summary: e.currentTarget.value })} />
      </label>
      <SourceFields draft={draft} set={set} />
      <label>
        {t('options_formNote')}
        <textarea
          rows={2}
          maxLength={NOTE_MAX_CHARS}
          value={draft.note}
          onInput={(e) => set({ note: e.currentTarget.value })}
        />
      </label>
      {problems.length > 0 && <ProblemList problems={problems} />}
      <div class="row">
        <button type="submit">{editing ? t('options_saveChanges') : t('options_addTerm')}</button>
        <button type="button" onClick={onCancel}>
          {t('options_cancel')}
        </button>
      </div>
    </form>
  );
}
