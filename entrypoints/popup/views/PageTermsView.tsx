import { OptionList } from '@/components/OptionList';
import type { Entry } from '@/utils/glossary/types';
import type { TermOnPage } from '@/utils/messaging/messages';
import type { PageTerms } from '../active-tab';
import type { ListProps } from '../use-list-navigation';
import { PageTermRow } from './PageTermRow';

const UNAVAILABLE_TEXT: Record<'unavailable' | 'disabled', string> = {
  unavailable:
    'NewsGloss cannot read this page (browser pages, PDFs and extension stores are out of its reach).',
  disabled: 'Glossing is off for this site. Switch it on above.',
};

/**
 * "On this page": the glossary terms the tab's content script found, in page order with counts
 * (`terms`: those the popup knows), or why there are none.
 */
export function PageTermsView({
  page,
  terms,
  entries,
  list,
  onReveal,
}: {
  page: PageTerms | null;
  terms: readonly TermOnPage[];
  entries: ReadonlyMap<string, Entry>;
  list: ListProps;
  onReveal(entryId: string): void;
}) {
  if (page === null) return <p class="popup__empty">Looking at this page…</p>;
  if (page.status !== 'ok') return <p class="popup__empty">{UNAVAILABLE_TEXT[page.status]}</p>;
  if (!terms.length) return <p class="popup__empty">No glossary terms on this page.</p>;
  return (
    <OptionList
      {...list}
      label="Terms on this page, in page order"
      items={terms}
      keyOf={(t) => t.entryId}
      render={(t) => <PageTermRow entry={entries.get(t.entryId)!} count={t.count} />}
      onChoose={(t) => onReveal(t.entryId)}
    />
  );
}
