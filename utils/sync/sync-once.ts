import { SYNC_NEAR_FULL_SHARE, SYNC_QUOTA_BYTES } from '../constants';
import { fromSyncItems, itemBytes, itemKeys, type SyncRecord } from './sync-items';
import { mergeRecords, type SyncMerge } from './sync-merge';
import { planSync } from './sync-plan';
import { canonicalJson } from '../storage/canonical-json';

/** The part of storage.sync a sync needs (browser.storage.sync, or a fake in tests). */
export interface SyncArea {
  get(keys: null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

export interface SyncOutcome extends Omit<SyncMerge, 'push'> {
  /** Keys kept in this browser only: they do not fit the quota. */
  left: string[];
  bytes: number;
  nearFull: boolean;
}

/**
 * One sync: reads storage.sync, merges it with this browser's records (`local`, most important first),
 * and writes back what changed here, within the quota, in one write (storage.sync counts writes). What
 * to store here (take, deleteLocal) and what to show the reader (conflicts, left) is returned for the
 * caller to apply; storage.local is not touched here. A quota error from the browser is passed on.
 */
export async function syncOnce(
  area: SyncArea,
  local: readonly SyncRecord[],
  base: Readonly<Record<string, number>>,
  sameContent: (a: unknown, b: unknown) => boolean,
  readerSettles?: (key: string) => boolean,
): Promise<SyncOutcome> {
  const items = await area.get(null);
  const remote = fromSyncItems(items);
  const merge = mergeRecords(local, remote, base, sameContent, readerSettles);
  // What storage.sync should hold: what it holds (another device's records keep their place), with this
  // browser's changes on top; a change that does not fit stays here.
  const pushed = new Set(merge.push.map((r) => r.key));
  const wanted = [...remote.filter((r) => !pushed.has(r.key)), ...merge.push];
  // Items that are not our records' (another extension version's, say) keep their room and are left.
  const ours = new Set(remote.flatMap((r) => itemKeys(r.key, items[r.key])));
  const foreign = Object.entries(items).filter(([key]) => !ours.has(key));
  const reserved = {
    bytes: foreign.reduce((sum, [k, v]) => sum + itemBytes(k, v), 0),
    items: foreign.length,
  };
  const plan = planSync(wanted, reserved);
  const changed = Object.fromEntries(
    Object.entries(plan.items).filter(([key, value]) => canonicalJson(items[key]) !== canonicalJson(value)),
  );
  const stale = [...ours].filter((key) => !(key in plan.items));
  if (Object.keys(changed).length) await area.set(changed);
  if (stale.length) await area.remove(stale);
  const agreed = { ...merge.base };
  for (const key of plan.left) delete agreed[key];
  return {
    take: merge.take,
    conflicts: merge.conflicts,
    deleteLocal: merge.deleteLocal,
    base: agreed,
    left: plan.left,
    bytes: plan.bytes,
    nearFull: plan.bytes >= SYNC_QUOTA_BYTES * SYNC_NEAR_FULL_SHARE,
  };
}
