import { OptionList } from '@/components/OptionList';
import type { Entry } from '@/utils/glossary/types';
import type { MessageKey } from '@/utils/i18n/en';
import { t } from '@/utils/i18n/t';
import type { TermOnPage } from '@/utils/messaging/messages';
import type { PageTerms } from '../active-tab';
import type { ListProps } from '../use-list-navigation';
import { PageTermRow } from './PageTermRow';

/** Why a page has no list: the message for each status, looked up when shown. */
const UNAVAILABLE_TEXT = {
  unavailable: 'popup_pageUnavailable',
  disabled: 'popup_siteDisabled',
} as const satisfies Record<'unavailable' | 'disabled', MessageKey>;

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
  if (page === null) return <p class="popup__empty">{t('popup_lookingAtPage')}</p>;
  if (page.status !== 'ok') return <p class="popup__empty">{t(UNAVAILABLE_TEXT[page.status])}</p>;
  if (!terms.length) return <p class="popup__empty">{t('popup_noPageTerms')}</p>;
  return (
    <OptionList
      {...list}
      label={t('popup_pageTermsLabel')}
      items={terms}
      keyOf={(term) => term.entryId}
      render={(term) => <PageTermRow entry={entries.get(term.entryId)!} count={term.count} />}
      onChoose={(term) => onReveal(term.entryId)}
    />
  );
}
