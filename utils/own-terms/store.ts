import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { isOwnTerm, type OwnTerm } from './own-term';
import { withKeyLock } from '../storage/key-lock';
import { metaKey, quarantineEntries } from '../storage/quarantine';
import { explainWriteFailure } from '../storage/write-errors';
import {
  OWN_TERMS_KEY,
  OWN_TERMS_SCHEMA_VERSION,
  readableOwnTermRecords,
  validOwnTermsSorted,
} from './stored-records';

export { OWN_TERMS_KEY, OWN_TERMS_SCHEMA_VERSION } from './stored-records';

/**
 * The reader's own terms, as one list under one key: there are few of them, and the content script needs
 * them all at once to build its matcher. Only schema version 1 exists (WXT keeps no meta for it).
 *
 * Damage is handled at two levels. A record in the list that is not an own term is skipped when reading
 * and kept, as it is, in the list by every save. A stored value that is not a list at all, or a list
 * written by a newer version (meta v > 1), is not read; the first save over it copies it to quarantine.
 */

export const ownTermsItem = storage.defineItem<OwnTerm[]>(`local:${OWN_TERMS_KEY}`, {
  fallback: [],
  version: OWN_TERMS_SCHEMA_VERSION,
});

interface StoredTerms {
  raw: unknown;
  meta: unknown;
  /** The stored records when this version can read the list; null when it cannot (or nothing is stored). */
  records: unknown[] | null;
}

async function readStored(): Promise<StoredTerms> {
  const got = await browser.storage.local.get([OWN_TERMS_KEY, metaKey(OWN_TERMS_KEY)]);
  const raw: unknown = got[OWN_TERMS_KEY];
  const meta: unknown = got[metaKey(OWN_TERMS_KEY)];
  return { raw, meta, records: readableOwnTermRecords(raw, meta) };
}

/** Every record shaped like an own term, sorted by headword; others are skipped (and left stored). */
export async function getOwnTerms(): Promise<OwnTerm[]> {
  return validOwnTermsSorted((await readStored()).records);
}

function hasId(record: unknown, id: string): boolean {
  return typeof record === 'object' && record !== null && (record as { id?: unknown }).id === id;
}

/**
 * The storage entries that replace the stored list by records: a quarantine copy of a value this version
 * cannot read, and a v1 meta where the old one named another version.
 */
function listEntries(stored: StoredTerms, records: unknown[], now: number): Record<string, unknown> {
  const entries: Record<string, unknown> =
    stored.records === null ? quarantineEntries(OWN_TERMS_KEY, stored.raw, stored.meta, now) : {};
  if (stored.meta !== undefined && stored.meta !== null)
    entries[metaKey(OWN_TERMS_KEY)] = { v: OWN_TERMS_SCHEMA_VERSION };
  entries[OWN_TERMS_KEY] = records;
  return entries;
}

async function updateList(change: (records: unknown[]) => unknown[], now: number): Promise<void> {
  await withKeyLock(OWN_TERMS_KEY, async () => {
    const stored = await readStored();
    const entries = listEntries(stored, change(stored.records ?? []), now);
    await explainWriteFailure(() => browser.storage.local.set(entries));
  });
}

/** Adds the term, or replaces the one with its id. Records this version cannot read are kept as they are. */
export async function saveOwnTerm(term: OwnTerm, now = Date.now()): Promise<void> {
  await updateList((records) => [...records.filter((r) => !hasId(r, term.id)), term], now);
}

export async function deleteOwnTerm(id: string, now = Date.now()): Promise<void> {
  await updateList((records) => records.filter((r) => !hasId(r, id)), now);
}

/**
 * The storage entries that make terms the whole list of valid own terms (an import's merged list);
 * unreadable records in the stored list stay in it, unreadable values are quarantined.
 */
export async function ownTermsWriteEntries(
  terms: readonly OwnTerm[],
  now = Date.now(),
): Promise<Record<string, unknown>> {
  const stored = await readStored();
  const unreadable = (stored.records ?? []).filter((r) => !isOwnTerm(r));
  return listEntries(stored, [...terms, ...unreadable], now);
}

/** Replaces every valid own term by terms (an import's merged list, or [] to clear them). */
export async function writeOwnTerms(terms: readonly OwnTerm[], now = Date.now()): Promise<void> {
  await withKeyLock(OWN_TERMS_KEY, async () => {
    const entries = await ownTermsWriteEntries(terms, now);
    await explainWriteFailure(() => browser.storage.local.set(entries));
  });
}

/** Calls back with the valid terms, sorted by headword, whenever they change in any part of the extension. */
export function watchOwnTerms(onChange: (terms: OwnTerm[]) => void): () => void {
  return ownTermsItem.watch((value) => onChange(validOwnTermsSorted(value)));
}
