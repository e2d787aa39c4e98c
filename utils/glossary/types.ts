export const CATEGORIES = [
  'group',
  'person',
  'place',
  'crossing',
  'operation',
  'institution',
  'movement',
  'event',
  'agreement',
  'designation',
] as const;

export type Category = (typeof CATEGORIES)[number];

export interface Source {
  title: string;
  /** Always https: checked by the schema. */
  url: string;
}

export interface Entry {
  id: string;
  headword: string;
  category: Category;
  /** Short forms matched case-sensitively ("BLA" never matches "bla"). */
  abbreviations: string[];
  /** Other names and spellings, matched case-insensitively, diacritics optional. */
  aliases: string[];
  /** One sentence, at most 40 words: the popover's first line. */
  summary: string;
  /** A short paragraph, at most 120 words. */
  context: string;
  related: string[];
  sources: Source[];
  /** ISO date (YYYY-MM-DD) the entry was last checked against its sources. */
  reviewed: string;
  /** How the entry avoids false matches, where a short form or a common word could mislead. */
  matchNote?: string;
  /** Aliases deliberately shared with another entry. */
  ambiguous?: string[];
}

export interface PackMeta {
  id: string;
  name: string;
  version: string;
  licence: string;
  description: string;
  language: string;
}

export interface Pack extends PackMeta {
  entries: Entry[];
}
