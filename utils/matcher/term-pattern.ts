/**
 * What a spelling is to the resolver: the entry's full form, a short form that needs an earlier full
 * mention (or is safe alone), or a cue word that only supports a sense and is never marked.
 */
export const ROLE = { full: 0, short: 1, shortAlone: 2, cue: 3 } as const;
export type Role = (typeof ROLE)[keyof typeof ROLE];

/** One way of writing a term: an alias (any case) or an abbreviation (exact case). */
export interface TermPattern {
  text: string;
  caseSensitive: boolean;
  /** What the pattern stands for: an entry id, for the glossary. */
  key: string;
  /** Full form when absent. */
  role?: Role;
}
