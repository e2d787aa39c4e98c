/** English messages for the toolbar popup (see utils/i18n/catalog.ts for the format). */
export default {
  popup_searchLabel: 'Search the glossary and your notes',
  popup_tabsLabel: 'Views',
  popup_tabPage: 'On this page',
  popup_tabNotes: 'My notes ({count})',
  popup_dismissNews: "Dismiss what's new",

  popup_glossSite: 'Gloss this site',
  popup_glossSiteHost: 'Gloss this site ({host})',
  popup_offEverywhere: 'Glossing is off everywhere.',
  popup_settings: 'Settings',

  popup_lookingAtPage: 'Looking at this page…',
  popup_pageUnavailable:
    'NewsGloss cannot read this page (browser pages, PDFs and extension stores are out of its reach).',
  popup_siteDisabled: 'Glossing is off for this site. Switch it on above.',
  popup_noPageTerms: 'No glossary terms on this page.',
  popup_pageTermsLabel: 'Terms on this page, in page order',
  popup_countOnPage: '{count} on this page',

  popup_searchResults: 'Search results',
  popup_nothingMatches: 'Nothing matches “{query}”.',
  popup_inYourNote: 'in your note',
  popup_addTerm: 'Add “{text}” to my glossary',

  popup_notesMatching: 'Notes matching the search',
  popup_notesNewestFirst: 'My notes, newest first',
  popup_noNoteMatches: 'No note matches “{query}”.',
  popup_noNotes: 'No notes yet. Open any entry to add one.',

  popup_transferLabel: 'Export and import notes',
  popup_exportJson: 'Export JSON',
  popup_exportCsv: 'Export CSV',
  popup_importJson: 'Import JSON…',
  popup_importPlan:
    '{new} new, {updated} updated, {unchanged} unchanged, {conflicts} in conflict (yours are newer and are kept). Nothing is deleted.',
  popup_importNotes_one: 'Import {count} note',
  popup_importNotes_other: 'Import {count} notes',
  popup_imported: 'Imported: {new} new, {updated} updated.',
  popup_cancel: 'Cancel',
} as const;
