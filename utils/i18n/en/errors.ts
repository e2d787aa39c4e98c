/**
 * English messages for what went wrong: importing a notes file or a backup, the stored data, saving, a site
 * name or an own term in the options.
 */
export default {
  err_storageFull:
    'Could not save: browser storage is full. Nothing was changed; delete some notes or own terms and try again.',
  /** The error of a note too long to save (the editor stops typing at the limit first). */
  err_noteTooLong: 'A note can hold at most {max} characters',
  /** The built-in glossary file could not be fetched: its file name and the HTTP status. */
  /** Stored records that could not be read: {keys} lists their storage keys. */
  err_setAside_one: '{count} stored record could not be read and was set aside, kept unchanged: {keys}.',
  err_setAside_other: '{count} stored records could not be read and were set aside, kept unchanged: {keys}.',
  /** The same with more keys than are listed; {more} counts the rest. */
  err_setAsideMore_one:
    '{count} stored record could not be read and was set aside, kept unchanged: {keys} and {more} more.',
  err_setAsideMore_other:
    '{count} stored records could not be read and were set aside, kept unchanged: {keys} and {more} more.',

  err_fileTooBig: 'This file is {size} MB; NewsGloss imports files up to {limit} MB.',
  err_notesNotJson: 'This is not a NewsGloss notes file (it is not valid JSON).',
  err_notesNotNotes: 'This is not a NewsGloss notes file (it is JSON, but not a notes export).',
  err_notesNoVersion: 'This notes file has no valid format version, so NewsGloss cannot read it.',
  err_notesNewer:
    'This file is from a newer NewsGloss (notes format version {version}); update NewsGloss to import it.',
  err_notesNoList: 'This notes file is damaged: it has no list of notes.',
  err_backupNotJson: 'This is not a NewsGloss backup file (it is not valid JSON).',
  err_backupNotBackup: 'This is not a NewsGloss backup file (it is JSON, but not a backup).',
  err_backupIsNotes: 'This is a NewsGloss notes file, not a full backup; import it with the notes.',
  err_backupNoVersion: 'This backup file has no valid format version, so NewsGloss cannot read it.',
  err_backupNewer:
    'This file is from a newer NewsGloss (backup format version {version}); update NewsGloss to import it.',
  err_backupNoSettings: 'This backup file is damaged: it has no settings.',
  err_backupNoTerms: 'This backup file is damaged: it has no list of your terms.',
  err_backupNoNotes: 'This backup file is damaged: it has no list of notes.',

  /** A record of an imported file, named by its place in the file; the {record} of the messages below. */
  err_importNote: 'Note {position}',
  err_importNoteNamed: 'Note {position} (entry "{entry}")',
  err_importTerm: 'Term {position}',
  err_importTermNamed: 'Term {position} ("{headword}")',
  err_importNotObject: '{record} is not valid: it is not an object.',
  err_importNoCreatedAt: '{record} is not valid: it has no valid createdAt time.',
  err_importNoUpdatedAt: '{record} is not valid: it has no valid updatedAt time.',
  err_importUpdatedFirst: '{record} is not valid: it was updated before it was created.',
  err_importNoteNoEntryId: '{record} is not valid: it has no valid entryId.',
  err_importNoteNoText: '{record} is not valid: it has no text.',
  err_importNoteTooLong: '{record} is not valid: it is longer than {max} characters.',
  err_importTermNoId: '{record} is not valid: it has no id.',
  err_importTermBadId:
    '{record} is not valid: it has an id that is not "{prefix}" followed by lower-case words joined by hyphens.',
  err_importTermNoHeadword: '{record} is not valid: it has no headword.',
  err_importTermNoSpellings: '{record} is not valid: it has no list of other spellings.',
  err_importTermNoAbbreviation: '{record} is not valid: it does not say whether it is an abbreviation.',
  err_importTermNoCategory: '{record} is not valid: it has no known category.',
  err_importTermNoSummary: '{record} is not valid: it has no summary.',

  /** A site name typed into the options' list of sites. */
  err_siteEmpty: 'Enter a site, such as dawn.com.',
  err_siteSpaces: 'A site name cannot contain spaces.',
  err_siteEverySite: '“*” would match every site; enter one site, such as dawn.com.',
  err_siteNoName: '“{input}” has no site name in it.',
  err_siteTooLong: 'A site name can be at most {max} characters long.',
  err_siteBadCharacter: '“{host}” contains “{character}”, which a site name cannot have.',
  err_siteInvalid: '“{host}” is not a valid site name.',
  err_siteIncompleteIp: '“{host}” is not a complete IP address, such as 127.0.0.1.',
  err_siteEmptyPart: '“{host}” has an empty part between dots.',
  err_siteNoDot: '“{host}” is not a full site name; enter one with a dot, such as dawn.com.',

  /** What is wrong with an own term in the options' form, one sentence each. */
  err_ownTermIdPrefix: 'The id must start with “{prefix}”.',
  err_ownTermIdForm: 'The id must be lower-case words joined by hyphens, like “gul-bahadur-group”.',
  err_ownTermHeadwordRequired: 'The term is required.',
  err_ownTermHeadwordTooLong: 'The term is longer than {max} characters.',
  /** {categories} lists the category names as the glossary files write them. */
  err_ownTermCategory: 'The category must be one of {categories}.',
  err_ownTermSpellingEmpty: 'Every spelling needs some text.',
  err_ownTermSpellingTooLong: 'A spelling is longer than {max} characters.',
  err_ownTermAbbreviationTooLong: '“{spelling}” is too long for an abbreviation.',
  err_ownTermAbbreviationNoCapital:
    '“{spelling}” has no capital letter; an abbreviation is matched only with its capitals, so write it as the news does (like “BLA”).',
  err_ownTermSummaryRequired: 'The summary is required.',
  err_ownTermSummaryWords_one: 'The summary has {count} word, at most {max}.',
  err_ownTermSummaryWords_other: 'The summary has {count} words, at most {max}.',
  err_ownTermSummaryOneSentence: 'The summary must be one sentence.',
  err_ownTermReviewed: 'The time the term was last changed is not a valid time.',
  /** A glossary-file rule the form cannot break, in the glossary checker's English: {field} and {problem}. */
  err_ownTermOther: 'The {field} {problem}.',
  /** A spelling another entry already has: a bundled entry's headword, or one of the reader's terms. */
  err_ownTermNameTaken: '“{spelling}” is already a name of {headword}.',
  err_ownTermNameTakenOwn: '“{spelling}” is already a name of your term {headword}.',
  err_ownTermContextWords_one: 'The context has {count} word, at most {max}.',
  err_ownTermContextWords_other: 'The context has {count} words, at most {max}.',
  err_ownTermSourceTitle: 'A source needs a title.',
  err_ownTermSourceUrl: 'A source needs a link starting with https://.',
  err_ownTermSourceDate: 'A source’s date must be written as YYYY-MM-DD (or YYYY-MM, or YYYY).',
  err_importTermBadContext: '{record} has a context that is not text.',
  err_importTermBadSource: '{record} has a source without a title and link.',
} as const;
