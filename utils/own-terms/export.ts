/**
 * The reader's own terms out of NewsGloss: as a glossary pack another reader can import (the bundled
 * packs' format, checked by the same rules: every entry needs context and a source, so a term without
 * them is left out and named), and as CSV for spreadsheets. Pure.
 */
import type { Pack, PackMeta } from '../glossary/types';
import { checkEntryFields } from '../glossary/schema';
import { csvText } from '../transfer/csv';
import { OWN_TERM_ID_PREFIX, ownTermToEntry, type OwnTerm } from './own-term';

/** The shared pack's id; its version is the day of the export, so a later export replaces an earlier one. */
export const SHARED_PACK_ID = 'shared-terms';

export interface SharedPack {
  /** The pack file's text (pretty JSON). */
  text: string;
  exported: number;
  /** Headwords of terms left out: they lack context or a source, or break a rule of the pack format. */
  leftOut: string[];
}

/** The pack's own fields; name, description and licence are the reader's to change in the file. */
function sharedPackMeta(now: Date, name: string, description: string): PackMeta {
  const day = now.toISOString().slice(0, 10).replaceAll('-', '');
  return {
    id: SHARED_PACK_ID,
    name,
    version: `1.${day}.0`,
    licence: 'Unspecified',
    description,
    language: 'en',
  };
}

/**
 * Own terms as a pack file. Entry ids lose the "own-" prefix ("own-bannu-jirga" → "bannu-jirga"): in
 * another reader's NewsGloss they are a pack's entries, not that reader's own terms.
 */
export function exportOwnTermsPack(
  terms: readonly OwnTerm[],
  now: Date,
  texts: { name: string; description: string },
): SharedPack {
  const entries = [];
  const leftOut: string[] = [];
  for (const term of terms) {
    const entry = { ...ownTermToEntry(term), id: term.id.slice(OWN_TERM_ID_PREFIX.length) };
    if (checkEntryFields(entry, entry.id).length) leftOut.push(term.headword);
    else entries.push(entry);
  }
  const pack: Pack = { ...sharedPackMeta(now, texts.name, texts.description), entries };
  return { text: `${JSON.stringify(pack, null, 2)}\n`, exported: entries.length, leftOut };
}

const CSV_HEADER = ['id', 'headword', 'other_spellings', 'abbreviation', 'category', 'summary', 'context'];
const CSV_SOURCE = ['source_title', 'source_url', 'source_date', 'created', 'updated'];

/** CSV with one row per term; other spellings are joined with " | ". Terms by headword, as listed. */
export function exportOwnTermsCsv(terms: readonly OwnTerm[]): string {
  const rows = terms.map((term) => [
    term.id,
    term.headword,
    term.aliases.join(' | '),
    term.abbreviation ? 'yes' : 'no',
    term.category,
    term.summary,
    term.context ?? '',
    term.source?.title ?? '',
    term.source?.url ?? '',
    term.source?.published ?? term.source?.accessed ?? '',
    new Date(term.createdAt).toISOString(),
    new Date(term.updatedAt).toISOString(),
  ]);
  return csvText([[...CSV_HEADER, ...CSV_SOURCE], ...rows]);
}
