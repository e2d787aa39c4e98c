/**
 * English messages for the parts the popup, the page popover and the options page share: the term
 * card, the note editor, category labels and file import.
 */
export default {
  card_back: 'Back to the previous entry',
  card_moreContext: 'More context',
  card_lessContext: 'Less context',
  card_alsoWritten: 'Also written:',
  card_relatedEntries: 'Related entries',
  card_related: 'Related:',
  card_sources: 'Sources:',
  card_sourceDate: '({date})',
  card_lastReviewed: 'Last reviewed {date}',

  note_yourNote: 'Your note',
  note_add: 'Add a note',
  note_onlyYou: 'Only you see it.',
  note_placeholder: 'Add a note on this term (only you see it)',
  note_count: '{count} / {max}',
  note_countLabel: '{count} of {max} characters',
  note_editing: 'Editing…',
  note_saved: 'Saved',
  note_notSaved: 'Not saved',
  /** The save state with why the last save failed ("Not saved: the storage is full"). */
  note_statusWithReason: '{status}: {reason}',
  note_delete: 'Delete note',
  note_conflict: 'This note was changed in another window while you were typing; your text is not saved yet.',
  note_keepMine: 'Keep mine',
  note_useOther: 'Use the other',

  category_group: 'Group',
  category_person: 'Person',
  category_place: 'Place',
  category_crossing: 'Border crossing',
  category_operation: 'Military operation',
  category_institution: 'Institution',
  category_movement: 'Movement',
  category_event: 'Event',
  category_agreement: 'Agreement',
  category_designation: 'Designation',
  category_party: 'Political party',
  category_law: 'Law or court case',
  category_concept: 'Term',

  transfer_nothingImported: 'Nothing was imported. {reason}',
  transfer_importFailed: 'Nothing was imported: {reason}',
} as const;
