import { normalisePattern } from '../matcher/normalise';

/** The matcher's normal form (lower case, diacritics stripped, hyphens and dashes as spaces). */
export function fold(text: string): string {
  return normalisePattern(text, false);
}
