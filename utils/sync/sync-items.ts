import { SYNC_ITEM_MAX_BYTES } from '../constants';

/**
 * A record in storage.sync: its value as one item when it fits SYNC_ITEM_MAX_BYTES, else as a head item
 * `{ chunks: n, updatedAt }` and n string items `<key>#<i>` holding its JSON in pieces (a long note, a
 * long list of sites). Pure.
 */
export interface SyncRecord {
  key: string;
  updatedAt: number;
  value: unknown;
}

interface Whole {
  updatedAt: number;
  value: unknown;
}
interface Head {
  updatedAt: number;
  chunks: number;
}

/** What an item costs against the quotas: its key and its JSON, in UTF-8 bytes (Chrome's count). */
export function itemBytes(key: string, value: unknown): number {
  return new TextEncoder().encode(key + JSON.stringify(value)).length;
}

const chunkKey = (key: string, i: number) => `${key}#${i}`;

/**
 * The longest start of `text` from `at` that fits one item: a character takes 1 to 3 UTF-8 bytes, and
 * 2 to 6 once escaped in JSON, so a piece is tried at the room in bytes and shortened until it fits.
 */
function nextPiece(key: string, text: string, at: number): string {
  const room = SYNC_ITEM_MAX_BYTES - itemBytes(key, '');
  let piece = text.slice(at, at + room);
  while (itemBytes(key, piece) > SYNC_ITEM_MAX_BYTES) piece = piece.slice(0, Math.floor(piece.length * 0.9));
  return piece;
}

/** The items that store a record. */
export function toSyncItems(record: SyncRecord): Record<string, unknown> {
  const whole: Whole = { updatedAt: record.updatedAt, value: record.value };
  if (itemBytes(record.key, whole) <= SYNC_ITEM_MAX_BYTES) return { [record.key]: whole };
  const json = JSON.stringify(record.value);
  const items: Record<string, unknown> = {};
  let n = 0;
  for (let at = 0; at < json.length; n++) {
    const piece = nextPiece(chunkKey(record.key, n), json, at);
    items[chunkKey(record.key, n)] = piece;
    at += piece.length;
  }
  items[record.key] = { updatedAt: record.updatedAt, chunks: n } satisfies Head;
  return items;
}

/** The keys a record's items take, from its head item (for removing them). */
export function itemKeys(key: string, head: unknown): string[] {
  const chunks = (head as Partial<Head> | null)?.chunks;
  return typeof chunks === 'number'
    ? [key, ...Array.from({ length: chunks }, (_, i) => chunkKey(key, i))]
    : [key];
}

/**
 * Every record in a sync area's items. A record whose pieces are missing or do not parse (an edit on
 * another device half arrived) is left out until it is whole.
 */
export function fromSyncItems(items: Readonly<Record<string, unknown>>): SyncRecord[] {
  const records: SyncRecord[] = [];
  for (const [key, item] of Object.entries(items)) {
    if (key.includes('#') || typeof item !== 'object' || item === null) continue;
    const { updatedAt } = item as Partial<Whole>;
    if (typeof updatedAt !== 'number') continue;
    if ('value' in item) {
      records.push({ key, updatedAt, value: (item as Whole).value });
      continue;
    }
    const pieces = itemKeys(key, item)
      .slice(1)
      .map((k) => items[k]);
    if (!pieces.every((p) => typeof p === 'string')) continue;
    try {
      records.push({ key, updatedAt, value: JSON.parse(pieces.join('')) as unknown });
    } catch {
      // Pieces from two different edits: wait for the rest of the newer one.
    }
  }
  return records;
}
