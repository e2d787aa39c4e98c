import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SYNC_DEBOUNCE_MS } from '@/utils/constants';
import { saveNoteText } from '@/utils/notes/store';
import { keepSynced } from '@/utils/sync/keep-synced';
import { syncOnItem } from '@/utils/sync/store';
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
});
