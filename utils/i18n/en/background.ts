/** English messages for what the background shows: the toolbar badge and title, and the context menus. */
export default {
  badge_count: '{count}',
  badge_countMore: '{count}+',
  badge_titleNone: 'NewsGloss: no term explained on this page',
  badge_title_one: 'NewsGloss: {count} term explained on this page',
  badge_title_other: 'NewsGloss: {count} terms explained on this page',

  /** Context menu items on selected text; the browser puts the selection where {selection} is. */
  menu_lookUp: 'Look up “{selection}”',
  menu_addTerm: 'Add “{selection}” to my glossary',

  /** One line in the popup after an update to the release it names, until the reader dismisses it. */
  whatsNew_0_2_0:
    'New: marks follow the article — “Sharif said” after “Shehbaz Sharif” is him, and a word with two meanings is marked only when the article settles which.',
} as const;
