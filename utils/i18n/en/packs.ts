/** English messages for glossary packs imported from a file (utils/packs/). */
export default {
  pack_notJson: 'This is not a glossary pack (it is not valid JSON).',
  pack_notPack: 'This is not a glossary pack (it is JSON, but has no "entries" list).',
  pack_bundledId:
    'This pack has the id “{id}”, which a bundled glossary uses; a bundled glossary cannot be replaced.',
  pack_notNewer: 'Version {version} of “{name}” is already installed; only a newer version replaces it.',
  pack_problems_one: 'Nothing was imported: the pack has {count} problem. {problems}',
  pack_problems_other: 'Nothing was imported: the pack has {count} problems. {problems}',
  pack_empty: 'Nothing was imported: the pack has no entries.',
} as const;
