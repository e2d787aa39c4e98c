import type { SyncRecord } from './sync-items';

/** What to do to bring this browser and storage.sync together. */
export interface SyncMerge {
  /** Another device's records to store here: new ones, or newer than a copy unchanged here. */
  take: SyncRecord[];
  /** Records changed here since the last sync (deletions as tombstones, value null), for storage.sync. */
  push: SyncRecord[];
  /** Changed on both sides since the last sync: this browser's copy stays, the other is shown beside it. */
  conflicts: { local: SyncRecord; remote: SyncRecord }[];
  /** Deleted on another device (a tombstone there) and unchanged here since. */
  deleteLocal: string[];
  /** The updatedAt both sides agree on, per key, after the merge: the next merge's base. */
  base: Record<string, number>;
}

export const isTombstone = (record: SyncRecord): boolean => record.value === null;

/**
 * The rule for two devices is the rule for two editors (utils/notes/note-draft.ts): nothing is
 * overwritten silently. A side that has not changed since the last sync (its updatedAt is the base)
 * takes the other side's change; when both changed and their contents differ, it is a conflict and the
 * reader chooses. A deletion travels as a tombstone (value null), never as an absence, so a record that
 * is missing from storage.sync (it did not fit, or has not arrived) is never deleted here; it reaches a
 * side unchanged since, and an edit wins over a deletion. Pure.
 */
export function mergeRecords(
  local: readonly SyncRecord[],
  remote: readonly SyncRecord[],
  base: Readonly<Record<string, number>>,
  sameContent: (a: unknown, b: unknown) => boolean,
  /** Records the reader settles (notes); for the rest (settings, own terms) the newer edit wins. */
  readerSettles: (key: string) => boolean = () => true,
): SyncMerge {
  const merge: SyncMerge = { take: [], push: [], conflicts: [], deleteLocal: [], base: {} };
  const there = new Map(remote.map((r) => [r.key, r]));
  const here = new Map(local.map((l) => [l.key, l]));
  for (const l of local) {
    const r = there.get(l.key);
    if (r) both(merge, l, r, base[l.key], sameContent, readerSettles(l.key));
    else if (!isTombstone(l)) merge.push.push(l);
  }
  for (const r of remote) if (!here.has(r.key) && !isTombstone(r)) merge.take.push(r);
  for (const record of [...merge.take, ...merge.push]) merge.base[record.key] = record.updatedAt;
  return merge;
}

function both(
  merge: SyncMerge,
  l: SyncRecord,
  r: SyncRecord,
  b: number | undefined,
  sameContent: (a: unknown, b: unknown) => boolean,
  readerSettles: boolean,
): void {
  if (
    l.updatedAt === r.updatedAt ||
    (l.value !== null && r.value !== null && sameContent(l.value, r.value))
  ) {
    merge.base[l.key] = Math.max(l.updatedAt, r.updatedAt);
  } else if (l.updatedAt === b) {
    if (isTombstone(r)) merge.deleteLocal.push(l.key);
    else merge.take.push(r);
  } else if (r.updatedAt === b || isTombstone(r)) {
    // Changed here only, or changed here after the other device deleted it: the edit wins.
    merge.push.push(l);
  } else if (isTombstone(l)) {
    // Deleted here, edited on the other device since: the edit wins.
    merge.take.push(r);
  } else if (!readerSettles) {
    if (l.updatedAt > r.updatedAt) merge.push.push(l);
    else merge.take.push(r);
  } else {
    merge.conflicts.push({ local: l, remote: r });
    if (b !== undefined) merge.base[l.key] = b;
  }
}
