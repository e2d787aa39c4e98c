import { useState } from 'preact/hooks';
import { CATEGORY_LABELS } from '@/components/category-labels';
import type { OwnTerm } from '@/utils/own-terms/own-term';
import type { Entry } from '@/utils/glossary/types';
import { getNote, saveNoteText } from '@/utils/notes/store';
import { deleteOwnTerm, saveOwnTerm } from '@/utils/own-terms/store';
import { EMPTY_DRAFT, OwnTermForm, type OwnTermDraft } from './OwnTermForm';
import { draftFromTerm } from './own-term-draft';
import { OwnTermsExport } from './OwnTermsExport';
import { t } from '@/utils/i18n/t';

/** The reader's own terms: glossed on pages and found by search exactly like bundled entries. */
export function OwnTermsSection({
  ownTerms,
  bundled,
  prefill,
}: {
  ownTerms: readonly OwnTerm[];
  bundled: readonly Entry[];
  /** Text chosen with the context menu's "Add to my glossary". */
  prefill: string | null;
}) {
  const [form, setForm] = useState<{ draft: OwnTermDraft; editing: OwnTerm | null } | null>(
    prefill ? { draft: { ...EMPTY_DRAFT, headword: prefill }, editing: null } : null,
  );
  const [status, setStatus] = useState('');

  const edit = async (term: OwnTerm) => {
    const note = await getNote(term.id);
    setForm({
      editing: term,
      draft: draftFromTerm(term, note?.text ?? ''),
    });
  };
  const save = async (term: OwnTerm, note: string) => {
    try {
      await saveOwnTerm(term);
      await saveNoteText(term.id, note);
    } catch (e) {
      // The form stays open with the reader's text, so nothing typed is lost.
      setStatus(e instanceof Error ? e.message : String(e));
      return;
    }
    setStatus(t('options_termSaved', { term: term.headword }));
    setForm(null);
  };
  const remove = async (term: OwnTerm) => {
    try {
      await deleteOwnTerm(term.id);
      setStatus(t('options_termDeleted', { term: term.headword }));
    } catch (e) {
      setStatus(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <section class="card" aria-labelledby="own-heading">
      <h2 id="own-heading">{t('options_myTerms')}</h2>
      <p class="muted">{t('options_ownTermsIntro')}</p>
      <OwnTermList
        ownTerms={ownTerms}
        onEdit={(term) => void edit(term)}
        onRemove={(term) => void remove(term)}
      />
      {form ? (
        <OwnTermForm
          key={form.editing?.id ?? 'new'}
          initial={form.draft}
          editing={form.editing}
          bundled={bundled}
          ownTerms={ownTerms}
          onSave={save}
          onCancel={() => setForm(null)}
        />
      ) : (
        <button type="button" onClick={() => setForm({ draft: EMPTY_DRAFT, editing: null })}>
          {t('options_addATerm')}
        </button>
      )}
      <OwnTermsExport ownTerms={ownTerms} onStatus={setStatus} />
      {status && (
        <p class="muted" role="status">
          {status}
        </p>
      )}
    </section>
  );
}

function OwnTermList({
  ownTerms,
  onEdit,
  onRemove,
}: {
  ownTerms: readonly OwnTerm[];
  onEdit(term: OwnTerm): void;
  onRemove(term: OwnTerm): void;
}) {
  if (ownTerms.length === 0) return null;
  return (
    <ul class="list" aria-label={t('options_myTerms')}>
      {ownTerms.map((term) => (
        <li key={term.id} class="list__item">
          <span>
            <strong>{term.headword}</strong> <span class="muted">{CATEGORY_LABELS[term.category]}</span>
            <br />
            <span class="muted">{term.summary}</span>
          </span>
          <span class="list__actions">
            <button
              type="button"
              aria-label={t('options_editTerm', { term: term.headword })}
              onClick={() => onEdit(term)}
            >
              {t('options_edit')}
            </button>
            <button
              type="button"
              aria-label={t('options_deleteTerm', { term: term.headword })}
              onClick={() => onRemove(term)}
            >
              {t('options_delete')}
            </button>
          </span>
        </li>
      ))}
    </ul>
  );
}
