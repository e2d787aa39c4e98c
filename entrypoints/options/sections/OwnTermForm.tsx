import { useState } from 'preact/hooks';
import { CATEGORY_LABELS } from '@/components/category-labels';
import { NOTE_MAX_CHARS } from '@/utils/constants';
import { ownTermId, validateOwnTerm, type OwnTerm } from '@/utils/own-terms/own-term';
import { CATEGORIES, type Category, type Entry } from '@/utils/glossary/types';

export interface OwnTermDraft {
  headword: string;
  aliases: string;
  abbreviation: boolean;
  category: Category;
  summary: string;
  note: string;
}

export const EMPTY_DRAFT: OwnTermDraft = {
  headword: '',
  aliases: '',
  abbreviation: false,
  category: 'group',
  summary: '',
  note: '',
};

/** Aliases are typed one per line or separated by commas. */
const splitAliases = (text: string) =>
  text
    .split(/[\n,]/)
    .map((a) => a.trim())
    .filter(Boolean);

/** The term the form describes: a new id for a new term, the old id and creation time for an edit. */
function termFromDraft(
  draft: OwnTermDraft,
  editing: OwnTerm | null,
  ownTerms: readonly OwnTerm[],
  now: number,
): OwnTerm {
  return {
    id: editing?.id ?? ownTermId(draft.headword, new Set(ownTerms.map((t) => t.id))),
    headword: draft.headword.trim(),
    aliases: splitAliases(draft.aliases),
    abbreviation: draft.abbreviation,
    category: draft.category,
    summary: draft.summary.trim(),
    createdAt: editing?.createdAt ?? now,
    updatedAt: now,
  };
}

function CategorySelect({ value, onChange }: { value: Category; onChange(category: Category): void }) {
  return (
    <label>
      Category
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
    const others = ownTerms.filter((t) => t.id !== editing?.id);
    const found = validateOwnTerm(term, bundled, others);
    setProblems(found);
    if (found.length === 0) await onSave(term, draft.note);
  };

  return (
    <form
      class="own-form"
      aria-label={editing ? `Edit ${editing.headword}` : 'Add a term'}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <label>
        Term
        <input value={draft.headword} required onInput={(e) => set({ headword: e.currentTarget.value })} />
      </label>
      <label>
        Other spellings (one per line or separated by commas)
        <textarea rows={2} value={draft.aliases} onInput={(e) => set({ aliases: e.currentTarget.value })} />
      </label>
      <label class="row">
        <input
          type="checkbox"
          checked={draft.abbreviation}
          onChange={(e) => set({ abbreviation: e.currentTarget.checked })}
        />
        An abbreviation: match only with this exact capitalisation (like BLA, not “bla”)
      </label>
      <CategorySelect value={draft.category} onChange={(category) => set({ category })} />
      <label>
        Summary (one sentence, at most 40 words)
        <textarea rows={2} value={draft.summary} onInput={(e) => set({ summary: e.currentTarget.value })} />
      </label>
      <label>
        Your note (optional)
        <textarea
          rows={2}
          maxLength={NOTE_MAX_CHARS}
          value={draft.note}
          onInput={(e) => set({ note: e.currentTarget.value })}
        />
      </label>
      {problems.length > 0 && <ProblemList problems={problems} />}
      <div class="row">
        <button type="submit">{editing ? 'Save changes' : 'Add term'}</button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
