/** English messages for what the background shows: the toolbar badge and title, and the context menus. */
export default {
  badge_count: '{count}',
  badge_countMore: '{count}+',
  badge_titleNone: 'NewsGloss: no term explained on this page',
  badge_title_one: 'NewsGloss: {count} term explained on this page',
  badge_title_other: 'NewsGloss: {count} terms explained on this page',
} as const;
