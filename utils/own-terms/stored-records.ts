import { isOwnTerm, type OwnTerm } from './own-term';
import { storedVersion } from '../storage/quarantine';
import { uiLanguage } from '../i18n/t';

/*
 * How the stored list of own terms is read, apart from its storage item (own-terms.ts), so the content
 * script can read it without WXT's storage library.
 */

export const OWN_TERMS_SCHEMA_VERSION = 1;
export const OWN_TERMS_KEY = 'ownTerms';

/** The stored records when this version can read the list; null when it cannot (or nothing is stored). */
export function readableOwnTermRecords(raw: unknown, meta: unknown): unknown[] | null {
  return Array.isArray(raw) && storedVersion(meta) <= OWN_TERMS_SCHEMA_VERSION ? raw : null;
}

/**
 * Every record shaped like an own term, in stored order: what the content script needs to match them
 * (it does not list them, so it leaves the sort, and its bytes, to the pages that do).
 */
export function validOwnTerms(value: unknown): OwnTerm[] {
  return Array.isArray(value) ? value.filter(isOwnTerm) : [];
}

/** Every record shaped like an own term, sorted by headword in the reader's alphabetical order. */
export function validOwnTermsSorted(value: unknown): OwnTerm[] {
  const collator = new Intl.Collator(uiLanguage(), { sensitivity: 'base' });
  return validOwnTerms(value).sort(
    (a, b) => collator.compare(a.headword, b.headword) || (a.id < b.id ? -1 : 1),
  );
}
