import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SYNC_DEBOUNCE_MS } from '@/utils/constants';
import { saveNoteText } from '@/utils/notes/store';
import { keepSynced } from '@/utils/sync/keep-synced';
import { syncOnItem, syncStatusItem } from '@/utils/sync/store';
import { FakeSyncArea } from '../../support/fake-sync-area';

describe('keepSynced in the background', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  const settle = async () => {
    await vi.advanceTimersByTimeAsync(SYNC_DEBOUNCE_MS + 1);
    await vi.runAllTimersAsync();
  };

  it('does nothing while off; syncs when switched on and after each change; stops when switched off', async () => {
    const area = new FakeSyncArea();
    const keeper = keepSynced(area);
    await saveNoteText('ttp', 'One.');
    await settle();
    expect(area.writes).toBe(0);
    await syncOnItem.setValue(true);
    await settle();
    expect(area.writes).toBe(1);
    await saveNoteText('ttp', 'Two.');
    await saveNoteText('ttp', 'Three.');
    await settle();
    expect(area.writes).toBe(2);
    await syncOnItem.setValue(false);
    await settle();
    await saveNoteText('ttp', 'Four.');
    await settle();
    expect(area.writes).toBe(2);
    keeper.stop();
  });

  it('syncs nothing when the background merely wakes with sync on; syncIfOn (browser start, update) does', async () => {
    const area = new FakeSyncArea();
    await syncOnItem.setValue(true);
    await saveNoteText('ttp', 'Written while the background slept.');
    const keeper = keepSynced(area);
    await settle();
    expect(area.writes).toBe(0);
    keeper.syncIfOn();
    await settle();
    expect(area.writes).toBe(1);
    await saveNoteText('ttp', 'A change after the wake.');
    await settle();
    expect(area.writes).toBe(2);
    keeper.stop();
  });

  it('syncIfOn does nothing while sync is off', async () => {
    const area = new FakeSyncArea();
    const keeper = keepSynced(area);
    keeper.syncIfOn();
    await settle();
    expect(area.writes).toBe(0);
    keeper.stop();
  });

  it('keeps under storage.sync’s write limits while a reader edits a note all hour', async () => {
    const area = new FakeSyncArea(); // refuses the 121st write in a minute and the 1,801st in an hour
    const keeper = keepSynced(area);
    await syncOnItem.setValue(true);
    await settle();
    // A change every 2,001 ms, just past the debounce; the note is long (two pieces) every other time,
    // so every other sync also removes a piece: a set and a remove, two writes.
    const refused: string[] = [];
    const steps = Math.floor(3_600_000 / 2_001);
    for (let i = 0; i < steps; i++) {
      await saveNoteText('ttp', i % 2 ? `${'x'.repeat(9_000)} ${i}` : `Short ${i}`);
      await vi.advanceTimersByTimeAsync(2_001);
      const error = (await syncStatusItem.getValue())?.error;
      if (error) refused.push(`${i}: ${error}`);
    }
    await settle();
    expect(refused).toEqual([]);
    expect(area.removes).toBeGreaterThan(100);
    expect(area.writes + area.removes).toBeLessThanOrEqual(1_800);
    expect(JSON.stringify(await area.get())).toContain(`Short ${steps - 1}`);
    keeper.stop();
  });
});
