import { t, tn } from '@/utils/i18n/t';

/** What the toolbar button shows for a tab: the badge's text and the button's accessible name. */
export interface BadgeLook {
  text: string;
  title: string;
}

/** Four characters fit on a badge; past that the number stops being useful at a glance. */
const MOST_SHOWN = 999;

/**
 * The toolbar button for a page with `count` distinct terms explained, or null where NewsGloss does
 * not gloss it (switched off there, the badge off, or a page no content script runs in).
 */
export function badgeLook(count: number | null): BadgeLook {
  if (count === null) return { text: '', title: t('extName') };
  if (count === 0) return { text: '', title: t('badge_titleNone') };
  return {
    text: count > MOST_SHOWN ? t('badge_countMore', { count: MOST_SHOWN }) : t('badge_count', { count }),
    title: tn('badge_title', count),
  };
}
