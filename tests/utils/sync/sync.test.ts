import { describe, expect, it } from 'vitest';
import { SYNC_ITEM_MAX_BYTES, SYNC_QUOTA_BYTES } from '@/utils/constants';
import { fromSyncItems, itemBytes, toSyncItems, type SyncRecord } from '@/utils/sync/sync-items';
import { mergeRecords } from '@/utils/sync/sync-merge';
import { syncOnce } from '@/utils/sync/sync-once';
import { FakeSyncArea } from '../../support/fake-sync-area';

const note = (entryId: string, text: string, updatedAt: number): SyncRecord => ({
  key: `n:${entryId}`,
  updatedAt,
  value: { entryId, text, createdAt: 1, updatedAt },
});
const sameText = (a: unknown, b: unknown) => (a as { text: string }).text === (b as { text: string }).text;
const deleted = (key: string, updatedAt: number): SyncRecord => ({ key, updatedAt, value: null });

describe('records as storage.sync items', () => {
  it('keeps a small record in one item and splits a long note into pieces under the item quota', () => {
    expect(Object.keys(toSyncItems(note('ttp', 'Short.', 5)))).toEqual(['n:ttp']);
    // 10,000 characters of three-byte script with quotes and new lines: about 30 KB as UTF-8.
    const long = note('ttp', 'ٹی ٹی پی "قول"\n'.repeat(700), 5);
    const items = toSyncItems(long);
    expect(Object.keys(items).length).toBeGreaterThan(2);
    for (const [key, value] of Object.entries(items))
      expect(itemBytes(key, value)).toBeLessThanOrEqual(SYNC_ITEM_MAX_BYTES);
    expect(fromSyncItems(items)).toEqual([long]);
  });

  it('leaves out a split record until all its pieces have arrived', () => {
    const items = toSyncItems(note('ttp', 'x'.repeat(20_000), 5));
    delete items['n:ttp#1'];
    expect(fromSyncItems(items)).toEqual([]);
  });
});

describe('merging two devices (the rule for two editors)', () => {
  const base = { 'n:ttp': 10 };
  it('takes the other side’s change where this side is unchanged, and pushes this side’s otherwise', () => {
    expect(mergeRecords([note('ttp', 'old', 10)], [note('ttp', 'new', 20)], base, sameText).take).toEqual([
      note('ttp', 'new', 20),
    ]);
    expect(mergeRecords([note('ttp', 'mine', 20)], [note('ttp', 'old', 10)], base, sameText).push).toEqual([
      note('ttp', 'mine', 20),
    ]);
  });

  it('overwrites nothing when both changed: a conflict, this side kept, the other offered', () => {
    const merge = mergeRecords([note('ttp', 'mine', 20)], [note('ttp', 'theirs', 30)], base, sameText);
    expect(merge).toMatchObject({
      take: [],
      push: [],
      conflicts: [{ local: { updatedAt: 20 }, remote: { updatedAt: 30 } }],
    });
  });

  it('moves a deletion only to a side unchanged since, and never reads an absence as one', () => {
    expect(
      mergeRecords([note('ttp', 'old', 10)], [deleted('n:ttp', 20)], base, sameText).deleteLocal,
    ).toEqual(['n:ttp']);
    expect(
      mergeRecords([note('ttp', 'edited', 15)], [deleted('n:ttp', 20)], base, sameText).push,
    ).toHaveLength(1);
    const absent = mergeRecords([note('ttp', 'old', 10)], [], base, sameText);
    expect(absent).toMatchObject({ deleteLocal: [], push: [note('ttp', 'old', 10)] });
  });
});

describe('syncOnce against a fake storage.sync with the browsers’ quotas', () => {
  it('sends this browser’s notes in one write and brings another device’s back', async () => {
    const area = new FakeSyncArea();
    const first = await syncOnce(area, [note('ttp', 'A', 1), note('bla', 'B', 2)], {}, sameText);
    expect(area.writes).toBe(1);
    expect(first.base).toEqual({ 'n:ttp': 1, 'n:bla': 2 });
    area.fromAnotherDevice(toSyncItems(note('ttp', 'A, edited elsewhere', 5)));
    const second = await syncOnce(area, [note('ttp', 'A', 1), note('bla', 'B', 2)], first.base, sameText);
    expect(second.take).toEqual([note('ttp', 'A, edited elsewhere', 5)]);
    expect(area.writes).toBe(1);
  });

  it('writes nothing when nothing changed, a split note included (Chromium hands its items back with keys sorted)', async () => {
    const area = new FakeSyncArea();
    const notes = [note('ttp', 'long '.repeat(3_000), 1), note('bla', 'B', 2)];
    const { base } = await syncOnce(area, notes, {}, sameText);
    await syncOnce(area, notes, base, sameText);
    expect(area.writes).toBe(1);
  });

  it('keeps a conflict in storage.sync for the other device and reports it here', async () => {
    const area = new FakeSyncArea();
    const { base } = await syncOnce(area, [note('ttp', 'A', 1)], {}, sameText);
    area.fromAnotherDevice(toSyncItems(note('ttp', 'theirs', 9)));
    const outcome = await syncOnce(area, [note('ttp', 'mine', 8)], base, sameText);
    expect(outcome.conflicts).toHaveLength(1);
    expect(fromSyncItems(await area.get())).toEqual([note('ttp', 'theirs', 9)]);
  });

  it('fills the quota newest first, keeps the rest local and named, and says it is near full', async () => {
    const area = new FakeSyncArea();
    const notes = Array.from({ length: 40 }, (_, i) => note(`e${i}`, 'n'.repeat(3_000), 1000 - i));
    const outcome = await syncOnce(area, notes, {}, sameText);
    expect(area.bytes).toBeLessThanOrEqual(SYNC_QUOTA_BYTES);
    expect(outcome.left.length).toBeGreaterThan(0);
    expect(outcome.left).toEqual(notes.slice(-outcome.left.length).map((n) => n.key));
    expect(outcome.nearFull).toBe(true);
    for (const key of outcome.left) expect(outcome.base[key]).toBeUndefined();
  });

  it('leaves items that are not its records alone, and counts their room', async () => {
    const area = new FakeSyncArea();
    area.fromAnotherDevice(
      Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`f${i}`, 'x'.repeat(8_000)])),
    );
    const outcome = await syncOnce(
      area,
      [note('ttp', 'A', 1), note('bla', 'B'.repeat(3_000), 2)],
      {},
      sameText,
    );
    expect(outcome.left).toEqual(['n:bla']);
    expect(Object.keys(await area.get())).toHaveLength(13);
  });

  it('passes on the browser’s quota error (another device filled it meanwhile) and changes nothing', async () => {
    const area = new FakeSyncArea();
    await syncOnce(area, [note('ttp', 'A', 1)], {}, sameText);
    area.set = () => Promise.reject(new Error('QUOTA_BYTES quota exceeded'));
    await expect(syncOnce(area, [note('ttp', 'A2', 5)], { 'n:ttp': 1 }, sameText)).rejects.toThrow(
      /QUOTA_BYTES/,
    );
    expect(fromSyncItems(await area.get())).toEqual([note('ttp', 'A', 1)]);
  });
});
