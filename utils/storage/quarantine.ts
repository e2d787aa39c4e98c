/**
 * What happens to a stored value NewsGloss cannot read (a damaged record, or one written by a newer
 * version): reading skips it and leaves it where it is. Only when the reader saves over that key is the
 * raw value first copied to "quarantine:<key>:<time>", in the same storage write as the new value, so it
 * is never lost and can be recovered by hand or by a later version. Copies are reported with the other
 * set-aside records (utils/backup/set-aside.ts) and deleted only by "Clear all data".
 */
export const QUARANTINE_PREFIX = 'quarantine:';

export function quarantineKey(key: string, now: number): string {
  return `${QUARANTINE_PREFIX}${key}:${now}`;
}

/** The meta key WXT keeps beside an item ("<key>$"), holding its schema version as { v }. */
export function metaKey(key: string): string {
  return `${key}$`;
}

/** The schema version in a WXT meta value; no meta means version 1 (WXT writes none for v1 items). */
export function storedVersion(meta: unknown): number {
  if (typeof meta !== 'object' || meta === null) return 1;
  const v = (meta as { v?: unknown }).v;
  return typeof v === 'number' && Number.isFinite(v) ? v : 1;
}

/**
 * Storage entries that keep a copy of what is about to be overwritten at key: the raw value, and its meta
 * when that names a version. Empty when there is nothing to keep (no value).
 */
export function quarantineEntries(
  key: string,
  raw: unknown,
  meta: unknown,
  now: number,
): Record<string, unknown> {
  if (raw === undefined || raw === null) return {};
  const entries: Record<string, unknown> = { [quarantineKey(key, now)]: raw };
  if (meta !== undefined && meta !== null) entries[quarantineKey(metaKey(key), now)] = meta;
  return entries;
}
