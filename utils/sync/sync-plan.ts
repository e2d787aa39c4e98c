import { SYNC_HEADROOM_BYTES, SYNC_MAX_ITEMS, SYNC_QUOTA_BYTES } from '../constants';
import { itemBytes, toSyncItems, type SyncRecord } from './sync-items';

/** What goes to storage.sync, and what stays in this browser only because it does not fit. */
export interface SyncPlan {
  items: Record<string, unknown>;
  bytes: number;
  /** Keys of records kept local only (never deleted: they stay in storage.local). */
  left: string[];
}

/**
 * Fills the sync quota in order of what matters most to find on another device: records in the order
 * given (the caller puts settings and own terms first), then newest first within that order's ties.
 * A record that does not fit is left out whole (a note is never synced in part); smaller ones after it
 * may still fit. SYNC_HEADROOM_BYTES stay free.
 */
export function planSync(
  records: readonly SyncRecord[],
  /** What storage.sync holds that is not NewsGloss's records (left as it is), in bytes and items. */
  reserved = { bytes: 0, items: 0 },
): SyncPlan {
  const items: Record<string, unknown> = {};
  const left: string[] = [];
  let bytes = reserved.bytes;
  let count = reserved.items;
  for (const record of records) {
    const own = toSyncItems(record);
    const size = Object.entries(own).reduce((sum, [key, value]) => sum + itemBytes(key, value), 0);
    const n = Object.keys(own).length;
    if (bytes + size > SYNC_QUOTA_BYTES - SYNC_HEADROOM_BYTES || count + n > SYNC_MAX_ITEMS) {
      left.push(record.key);
      continue;
    }
    Object.assign(items, own);
    bytes += size;
    count += n;
  }
  return { items, bytes, left };
}
