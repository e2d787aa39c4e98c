/** English messages for the options page (see utils/i18n/catalog.ts for the format). */
export default {
  options_pageTitle: 'NewsGloss settings',
  options_cancel: 'Cancel',

  // Glossing (GeneralSection, MarkPreview)
  options_glossingHeading: 'Glossing',
  options_enabled: 'Gloss pages (switch off to silence NewsGloss everywhere)',
  options_badge: 'Show on the toolbar button how many terms the page explains',
  options_triggerLegend: "Open a term's popover",
  options_triggerHover: 'When the pointer rests on it, or on click',
  options_triggerClick: 'Only on click',
  options_hoverDelay: 'Hover delay',
  options_hoverDelayValue_one: '{count} millisecond',
  options_hoverDelayValue_other: '{count} milliseconds',
  options_hoverDelayShort: '{ms} ms',
  options_densityLegend: 'Which occurrences to mark',
  options_densityFirst: 'The first of each term (the others can still be looked up)',
  options_densityAll: 'Every occurrence',
  options_markStyleLegend: 'Mark style',
  options_markDotted: 'Dotted underline',
  options_markSolid: 'Solid underline',
  options_markTint: 'Tinted background',
  options_previewLabel: 'Preview of the mark style',
  options_previewSentence: 'Talks with the {term} resumed in Istanbul.',
  options_previewTerm: 'Afghan Taliban',

  // What is glossed (GlossarySection)
  options_glossaryHeading: 'What is glossed',
  options_categoriesLegend: 'Categories',
  options_packsLegend: 'Glossaries',
  options_packDetails_one: '({count} entry, version {version}, {licence})',
  options_packDetails_other: '({count} entries, version {version}, {licence})',
  options_ownPackLicence: 'yours',

  // Sites (SitesSection)
  options_sitesHeading: 'Sites',
  options_siteModeLegend: 'Where NewsGloss works',
  options_siteModeOffOnListed: 'Everywhere except the sites below',
  options_siteModeOnlyOnListed: 'Only on the sites below',
  options_siteLabel: 'Site',
  options_sitePlaceholder: 'dawn.com',
  options_addSite: 'Add site',
  options_noSites: 'No sites listed. A site covers its subdomains too (dawn.com covers www.dawn.com).',
  options_sitesOffList: 'Sites where NewsGloss is off',
  options_sitesOnList: 'Sites where NewsGloss works',
  options_remove: 'Remove',
  options_removeSite: 'Remove {site}',

  // My terms (OwnTermsSection, OwnTermForm); also the own pack's name in the list of glossaries
  options_myTerms: 'My terms',
  options_ownTermsIntro:
    'Terms the bundled glossary lacks. They are marked on pages and found by search like the others.',
  options_addATerm: 'Add a term',
  options_edit: 'Edit',
  options_editTerm: 'Edit {term}',
  options_delete: 'Delete',
  options_deleteTerm: 'Delete {term}',
  options_termSaved: 'Saved “{term}”. It is glossed on open pages now.',
  options_termDeleted: 'Deleted “{term}”. Its note is kept.',
  options_formTerm: 'Term',
  options_formAliases: 'Other spellings (one per line or separated by commas)',
  options_formAbbreviation:
    'An abbreviation: match only with this exact capitalisation (like BLA, not “bla”)',
  options_formCategory: 'Category',
  options_formSummary: 'Summary (one sentence, at most 40 words)',
  options_formNote: 'Your note (optional)',
  options_saveChanges: 'Save changes',
  options_addTerm: 'Add term',

  // Your data (DataSection)
  options_dataHeading: 'Your data',
  options_dataSummary: 'Everything stays in this browser: {notes}, {ownTerms}.',
  options_noteCount_one: '{count} note',
  options_noteCount_other: '{count} notes',
  options_ownTermCount_one: '{count} own term',
  options_ownTermCount_other: '{count} own terms',
  options_exportAll: 'Export everything',
  options_importFile: 'Import…',
  options_clearAll: 'Clear all data…',
  options_clearQuestion:
    'Delete {notes}, {ownTerms} and your settings? This cannot be undone; export first if you may want them back.',
  options_deleteEverything: 'Delete everything',
  options_dataDeleted: 'All NewsGloss data was deleted.',
  options_planNotes:
    'Notes: {new} new, {updated} updated, {unchanged} unchanged, {conflicts} in conflict (yours are newer and are kept).',
  options_planOwnTerms:
    'My terms: {new} new, {updated} updated, {unchanged} unchanged, {conflicts} in conflict.',
  options_planSettings: "Settings: replaced by the file's. Nothing is deleted.",
  options_import: 'Import',
  options_imported: 'Imported. Open pages use the imported settings and terms now.',
} as const;
