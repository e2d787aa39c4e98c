/**
 * Limits and timings, each in one place with the reason for its value.
 */

/** The popover's first line: short enough to read at a glance (glossary issue). */
export const SUMMARY_MAX_WORDS = 40;
/** The longer paragraph shown on demand. */
export const CONTEXT_MAX_WORDS = 120;
/** Headwords and aliases longer than this are certainly mistakes in a pack. */
export const TERM_MAX_CHARS = 120;
/** Abbreviations are short forms; anything longer belongs in aliases. */
export const ABBREVIATION_MAX_CHARS = 16;
