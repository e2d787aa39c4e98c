import { storage } from '#imports';
import { isOwnTerm, type OwnTerm } from '../glossary/own-terms';

/**
 * The reader's own terms, as one list under one key: there are few of them, and the content script needs
 * them all at once to build its matcher. A WXT storage item with a schema version, so a later shape can be
 * migrated on read.
 */
export const OWN_TERMS_SCHEMA_VERSION = 1;

export const ownTermsItem = storage.defineItem<OwnTerm[]>('local:ownTerms', {
  fallback: [],
  version: OWN_TERMS_SCHEMA_VERSION,
});

/** Stored records as they are: the item's type is what we write, not what we may find. */
async function storedRecords(): Promise<unknown[]> {
  const value: unknown = await ownTermsItem.getValue();
  return Array.isArray(value) ? value : [];
}

function byHeadword(a: OwnTerm, b: OwnTerm): number {
  return a.headword.localeCompare(b.headword, 'en', { sensitivity: 'base' }) || (a.id < b.id ? -1 : 1);
}

function validSorted(value: unknown): OwnTerm[] {
  return Array.isArray(value) ? value.filter(isOwnTerm).sort(byHeadword) : [];
}

/** Every record shaped like an own term, sorted by headword; others are skipped (and left stored). */
export async function getOwnTerms(): Promise<OwnTerm[]> {
  return validSorted(await storedRecords());
}

function hasId(record: unknown, id: string): boolean {
  return typeof record === 'object' && record !== null && (record as { id?: unknown }).id === id;
}

/** Adds the term, or replaces the one with its id. Records this version cannot read are kept as they are. */
export async function saveOwnTerm(term: OwnTerm): Promise<void> {
  const records = await storedRecords();
  await ownTermsItem.setValue([...records.filter((r) => !hasId(r, term.id)), term] as OwnTerm[]);
}

export async function deleteOwnTerm(id: string): Promise<void> {
  const records = await storedRecords();
  await ownTermsItem.setValue(records.filter((r) => !hasId(r, id)) as OwnTerm[]);
}

/** Replaces every own term (an import's merged list, or [] to clear). */
export async function writeOwnTerms(terms: OwnTerm[]): Promise<void> {
  await ownTermsItem.setValue([...terms]);
}

/** Calls back with the valid terms, sorted by headword, whenever they change in any part of the extension. */
export function watchOwnTerms(onChange: (terms: OwnTerm[]) => void): () => void {
  return ownTermsItem.watch((value) => onChange(validSorted(value)));
}
