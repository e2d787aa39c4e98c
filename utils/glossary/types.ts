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
  'party',
  'law',
  'concept',
] as const;

export type Category = (typeof CATEGORIES)[number];

export interface Source {
  title: string;
  /** Always https: checked by the schema. */
  url: string;
  /** When the source was published, as printed on it: YYYY, YYYY-MM or YYYY-MM-DD. */
  published?: string;
  /** When a source without a fixed publication date (an encyclopedia page) was read: YYYY-MM-DD. */
  accessed?: string;
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
  /** How articles refer to the entry after naming it in full (surname, given or short name). */
  shortForms?: ShortForm[];
  /** What makes this entry the meaning of a spelling it shares with another entry, in an article. */
  cues?: Cues;
  /** Shared spellings that mean this entry when the article gives no cue either way. */
  defaultFor?: string[];
  /**
   * Spellings that are also people's surnames ("Baloch"): inside a longer personal name they are that
   * person, and once such a name has appeared, the bare spelling in the same article is left unmarked.
   */
  surnames?: string[];
  /** Spellings that count only with spaces: joined by a dash ("Pakistan-Taliban talks") they name a pair. */
  spacedOnly?: string[];
}

/**
 * A second reference ("Sharif", "Munir", "Fazl"): matched case-sensitively, glossed as this entry when
 * the entry's full form came earlier in the same article and no other name claimed the form since.
 */
export interface ShortForm {
  text: string;
  /** Present when the form is safe with no earlier full mention: says why (no one else in the field is called so). */
  alone?: string;
  /**
   * A title or office ("Prime Minister", "army chief", "President"): matched in any case (an
   * all-capital one such as "PM" as written; one word in lower case only as "the president"), it refers to the entry only after a full mention that the title stood right
   * before ("Prime Minister Shehbaz Sharif … the prime minister said"), never alone.
   */
  title?: boolean;
  /**
   * A title the entry holds now, and one no one else holds at the same time ("Punjab Chief Minister",
   * "President of Pakistan"): with no name near it, in an article dated within these months that names
   * no one else who goes by it, the title is this holder ("The Punjab Chief Minister said"). `to` is the
   * month by which the data must be checked again.
   */
  held?: { from: string; to: string };
}

/** Text shapes the resolver knows: a wire agency's dateline ("Lahore, Jan 3 (PTI)") or byline ("—PTI"). */
export const CUE_SHAPES = ['dateline', 'byline'] as const;
export type CueShape = (typeof CUE_SHAPES)[number];

export interface Cues {
  /** Entries whose mention in the same article supports this sense. */
  entries?: string[];
  /** Words or phrases whose presence in the article supports it (any case, whole words). */
  words?: string[];
  /** Words right before or after the mention that support it ("told", "news agency"). */
  near?: string[];
  /** Shapes of the text around the mention that settle it. */
  shapes?: CueShape[];
  /**
   * Common words that describe the entry ("the general elections", "the truce"): they take this sense
   * only in an article dated within these months (YYYY-MM, inclusive), a story of February 2024 for
   * that month's election; where a page gives no date, never. A gate, not support: other cues must
   * still point to the sense. Each form is also one of the entry's `ambiguous` spellings.
   */
  published?: { from: string; to: string; forms: string[] };
  /**
   * Common words that describe the entry ("the talks", "the negotiations"): they take this sense where
   * the article names the entry itself ("talks in Doha … the talks") and no other entry that says the
   * same of the form, whatever its date. Each form is also one of the entry's `ambiguous` spellings.
   */
  onceNamed?: string[];
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
