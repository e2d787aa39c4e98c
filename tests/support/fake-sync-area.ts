import { SYNC_ITEM_MAX_BYTES, SYNC_MAX_ITEMS, SYNC_QUOTA_BYTES } from '@/utils/constants';
import { canonicalJson } from '@/utils/storage/canonical-json';
import { itemBytes } from '@/utils/sync/sync-items';
import type { SyncArea } from '@/utils/sync/sync-once';

/** Chrome's storage.sync write limits: MAX_WRITE_OPERATIONS_PER_MINUTE and _PER_HOUR (set and remove alike). */
const WRITES_PER_MINUTE = 120;
const WRITES_PER_HOUR = 1_800;

/**
 * storage.sync as the browsers enforce it, in memory: the whole quota, the per-item quota, the item
 * count and the write rate, refused with Chrome's own messages; `fromAnotherDevice` changes it as a
 * second device's sync would. Values are stored as JSON with their keys sorted, as Chromium stores them.
 */
export class FakeSyncArea implements SyncArea {
  private items = new Map<string, string>();
  /** Sets that succeeded, and removes (both count against the write limits). */
  writes = 0;
  removes = 0;
  private writeTimes: number[] = [];

  constructor(private readonly now: () => number = Date.now) {}

  async get(): Promise<Record<string, unknown>> {
    return Object.fromEntries([...this.items].map(([key, json]) => [key, JSON.parse(json) as unknown]));
  }

  /** Refuses a write as Chrome does when a write limit is reached. */
  private checkRate(): void {
    const t = this.now();
    this.writeTimes = this.writeTimes.filter((at) => t - at < 3_600_000);
    if (this.writeTimes.filter((at) => t - at < 60_000).length >= WRITES_PER_MINUTE)
      throw new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.');
    if (this.writeTimes.length >= WRITES_PER_HOUR)
      throw new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_HOUR quota.');
  }

  async set(items: Record<string, unknown>): Promise<void> {
    this.checkRate();
    const next = new Map(this.items);
    for (const [key, value] of Object.entries(items)) {
      if (itemBytes(key, value) > SYNC_ITEM_MAX_BYTES) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
      next.set(key, canonicalJson(value));
    }
    if (next.size > SYNC_MAX_ITEMS) throw new Error('MAX_ITEMS quota exceeded');
    if (this.bytesOf(next) > SYNC_QUOTA_BYTES) throw new Error('QUOTA_BYTES quota exceeded');
    this.items = next;
    this.writes++;
    this.writeTimes.push(this.now());
  }

  async remove(keys: string[]): Promise<void> {
    this.checkRate();
    for (const key of keys) this.items.delete(key);
    this.removes++;
    this.writeTimes.push(this.now());
  }

  /** What another device's sync would write (no quota check: the other device checked). */
  fromAnotherDevice(items: Record<string, unknown>, removed: string[] = []): void {
    for (const [key, value] of Object.entries(items)) this.items.set(key, canonicalJson(value));
    for (const key of removed) this.items.delete(key);
  }

  get bytes(): number {
    return this.bytesOf(this.items);
  }

  private bytesOf(items: Map<string, string>): number {
    let sum = 0;
    for (const [key, json] of items) sum += new TextEncoder().encode(key + json).length;
    return sum;
  }
}
