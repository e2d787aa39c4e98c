/**
 * English messages for the glossary packs the reader adds from files, in the options page's Glossary
 * section (entrypoints/options/sections/ImportedPacks.tsx, PackImport.tsx). The refusals of a bad pack
 * file are in packs.ts.
 */
export default {
  /** After an imported pack's name in the list of glossaries. */
  packs_details_one: '({count} entry, version {version}, {licence}; added from a file)',
  packs_details_other: '({count} entries, version {version}, {licence}; added from a file)',
  packs_remove: 'Remove',
  packs_removeLabel: 'Remove {name}',
  /** The second press that removes an imported pack, in place of its Remove button. */
  packs_confirmRemove: 'Remove {name}?',
  packs_keep: 'Keep',
  packs_keepLabel: 'Keep {name}',
  packs_removed: 'Removed {name}.',

  packs_addFromFile: 'Add a glossary pack from a file…',
  packs_fileHint:
    'A pack file is one JSON file in the format of the bundled glossaries: its id, name, version, licence, description and language, and its entries.',
  packs_added_one: 'Added {name} {version}: {count} entry.',
  packs_added_other: 'Added {name} {version}: {count} entries.',
  /** A newer version of an installed pack, before it replaces the old: counts of entries. */
  packs_change: '{name} {from} → {to}: {added} added, {removed} removed, {changed} changed',
  packs_changeAdded: 'Added: {ids}',
  packs_changeRemoved: 'Removed: {ids}',
  packs_changeChanged: 'Changed: {ids}',
  /** The first few entry ids of a longer list, and how many more there are. */
  packs_idsMore_one: '{ids} and {count} more',
  packs_idsMore_other: '{ids} and {count} more',
  packs_replace: 'Replace',
  packs_replaceLabel: 'Replace {name} {from} with {to}',
  packs_replaced_one: 'Replaced {name} {from} with {to}: {count} entry.',
  packs_replaced_other: 'Replaced {name} {from} with {to}: {count} entries.',
  packs_notCompiled:
    'Pages are not using your latest terms and packs: NewsGloss could not store them compiled. {reason}',
} as const;
