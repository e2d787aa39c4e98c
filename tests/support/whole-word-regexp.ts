/** A string matched literally inside a regular expression. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `source` (a pattern) as whole words only: no letter or digit right before or after it, in any script
 * (`\b` knows only ASCII letters). Used where a script or the benchmark needs a plain regular
 * expression rather than the matcher.
 */
export const wholeWordRegExp = (source: string, flags: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${source}(?![\\p{L}\\p{N}])`, flags.includes('u') ? flags : `${flags}u`);
