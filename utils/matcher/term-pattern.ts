/** One way of writing a term: an alias (any case) or an abbreviation (exact case). */
export interface TermPattern {
  text: string;
  caseSensitive: boolean;
  /** What the pattern stands for: an entry id, for the glossary. */
  key: string;
}
