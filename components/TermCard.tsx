import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { describeSourceDate, newestSourceLine, sourceDate } from '@/utils/glossary/source-dates';
import type { Entry, Source } from '@/utils/glossary/types';
import { t } from '@/utils/i18n/t';
import { CATEGORY_LABELS } from './category-labels';
import { namedEntries, type NamedEntry } from './named-entries';
import { slot, withSlots } from './slots';

export interface TermCardProps {
  entry: Entry;
  /** A related entry's headword; ids it does not know (undefined) are not shown. */
  headword(id: string): string | undefined;
  onOpenRelated(id: string): void;
  /** Shown when there is an entry to go back to. */
  onBack?: () => void;
  /** Open the longer context at once (the popup does; the page popover keeps it behind "More"). */
  contextOpen?: boolean;
  /**
   * The reader's note (the note editor), shown right under the summary and the date of its facts: the
   * first screen of a popover capped in height holds them; context, spellings, related entries and
   * sources follow.
   */
  children?: ComponentChildren;
}

/** Only https links are ever opened: the schema checks this too, but the UI does not rely on it. */
function isSafeUrl(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * One glossary entry, as the page popover and the toolbar popup both show it. All text is rendered
 * as text by Preact; nothing from the glossary or a note is ever parsed as HTML.
 */
export function TermCard({
  entry,
  headword,
  onOpenRelated,
  onBack,
  contextOpen = false,
  children,
}: TermCardProps) {
  const [showContext, setShowContext] = useState(contextOpen);
  const headingId = `term-${entry.id}`;
  const spellings = [...entry.abbreviations, ...entry.aliases];
  const related = namedEntries(entry.related, headword);
  const sources = entry.sources.filter((s) => isSafeUrl(s.url));
  const newest = newestSourceLine(entry);
  return (
    <article class="term-card" aria-labelledby={headingId} dir="auto">
      <header class="term-card__header">
        {onBack && (
          <button type="button" class="term-card__back" onClick={onBack} aria-label={t('card_back')}>
            ←
          </button>
        )}
        <h2 id={headingId} class="term-card__headword" dir="auto">
          {entry.headword}
        </h2>
        <span class="term-card__category">{CATEGORY_LABELS[entry.category]}</span>
      </header>
      <p class="term-card__summary" dir="auto">
        {entry.summary}
      </p>
      {newest && <p class="term-card__dated">{newest}</p>}
      {children}
      <button
        type="button"
        class="term-card__more"
        aria-expanded={showContext}
        aria-controls={`${headingId}-context`}
        onClick={() => setShowContext((open) => !open)}
      >
        {showContext ? t('card_lessContext') : t('card_moreContext')}
      </button>
      {showContext && (
        <p id={`${headingId}-context`} class="term-card__context" dir="auto">
          {entry.context}
        </p>
      )}
      {spellings.length > 0 && (
        <p class="term-card__aliases" dir="auto">
          <span class="term-card__label">{t('card_alsoWritten')} </span>
          {spellings.join(' · ')}
        </p>
      )}
      <RelatedEntries related={related} onOpen={onOpenRelated} />
      <SourceList sources={sources} />
      <p class="term-card__reviewed">
        {withSlots(t('card_lastReviewed', { date: slot('date') }), {
          date: <time dateTime={entry.reviewed}>{entry.reviewed}</time>,
        })}
      </p>
    </article>
  );
}

function RelatedEntries({
  related,
  onOpen,
}: {
  related: readonly NamedEntry[];
  onOpen: (id: string) => void;
}) {
  if (related.length === 0) return null;
  return (
    <nav class="term-card__related" aria-label={t('card_relatedEntries')}>
      <span class="term-card__label">{t('card_related')} </span>
      <ul>
        {related.map((r) => (
          <li key={r.id}>
            <button type="button" class="term-card__link" onClick={() => onOpen(r.id)}>
              {r.headword}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function SourceList({ sources }: { sources: readonly Source[] }) {
  if (sources.length === 0) return null;
  return (
    <div class="term-card__sources">
      <span class="term-card__label">{t('card_sources')} </span>
      <ul>
        {sources.map((s) => (
          <li key={s.url}>
            <a href={s.url} target="_blank" rel="noopener noreferrer">
              {s.title}
            </a>
            <SourceDateText source={s} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function SourceDateText({ source }: { source: Source }) {
  const date = sourceDate(source);
  return (
    date && (
      <span class="term-card__source-date"> {t('card_sourceDate', { date: describeSourceDate(date) })}</span>
    )
  );
}
