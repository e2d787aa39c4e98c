import { t, uiLanguage } from '@/utils/i18n/t';
import type { Why } from '@/utils/resolver/why';

/**
 * How the popover says how a mention was read. Nothing for a full name read as itself: there is
 * nothing to explain. `headword` names an entry that served as a cue.
 */
export function readingText(why: Why | undefined, headword: (id: string) => string): string | null {
  switch (why?.kind) {
    case 'earlier':
      return t('popover_whyEarlier', { name: why.as });
    case 'later':
      return t('popover_whyLater', { name: why.as });
    case 'titled':
      return t('popover_whyTitled', { title: why.title });
    case 'incumbent':
      return t('popover_whyIncumbent', { month: monthName(why.since) });
    case 'alone':
      return t('popover_whyAlone');
    case 'shape':
      return why.shape === 'dateline' ? t('popover_whyDateline') : t('popover_whyByline');
    case 'near':
      return t('popover_whyNear', { word: why.word });
    case 'entry':
      return t('popover_whyEntry', { headword: headword(why.entryId) });
    case 'word':
      return t('popover_whyWord', { word: why.word });
    case 'default':
      return t('popover_whyDefault');
    case 'chosen':
      return t('popover_whyChosen');
    default:
      return null;
  }
}

/** "2024-03" as "March 2024", the way the reader's language writes a month. */
const monthName = (month: string) =>
  new Date(`${month}-01T12:00:00Z`).toLocaleDateString(uiLanguage(), {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
