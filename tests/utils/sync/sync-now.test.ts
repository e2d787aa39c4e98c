import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getNote, listNotes, saveNoteText } from '@/utils/notes/store';
import { getOwnTerms, saveOwnTerm } from '@/utils/own-terms/store';
import { getSettings, updateSettings } from '@/utils/settings/store';
import { syncNow } from '@/utils/sync/keep-synced';
import { resolveSyncConflict } from '@/utils/sync/resolve';
import { syncConflictsItem, syncStatusItem } from '@/utils/sync/store';
import { FakeSyncArea } from '../../support/fake-sync-area';
import { ownTerm } from '../../support/own-term';

/** Two browsers on one account: each has its own storage.local (swapped in and out), one storage.sync. */
class TwoDevices {
  readonly area = new FakeSyncArea();
  private saved: Record<'a' | 'b', Record<string, unknown>> = { a: {}, b: {} };
  private current: 'a' | 'b' = 'a';

  async on(device: 'a' | 'b'): Promise<void> {
    this.saved[this.current] = await fakeBrowser.storage.local.get(null);
    await fakeBrowser.storage.local.clear();
    await fakeBrowser.storage.local.set(this.saved[device]);
    this.current = device;
  }
}

describe('syncNow, two devices through one storage.sync', () => {
  let devices: TwoDevices;
  beforeEach(() => {
    fakeBrowser.reset();
    devices = new TwoDevices();
  });

  it('brings one device’s notes, own terms and settings to the other', async () => {
    await saveNoteText('ttp', 'Check the date.', 1_000);
    await saveOwnTerm(ownTerm('Bannu jirga'));
    await updateSettings({ markStyle: 'tint' });
    await syncNow(devices.area, 2_000);
    await devices.on('b');
    await syncNow(devices.area, 3_000);
    expect((await getNote('ttp'))?.text).toBe('Check the date.');
    expect((await getOwnTerms()).map((term) => term.id)).toEqual(['own-bannu-jirga']);
    expect((await getSettings()).markStyle).toBe('tint');
    // What was taken is not sent back as this device's own change.
    const writes = devices.area.writes;
    await syncNow(devices.area, 4_000);
    expect(devices.area.writes).toBe(writes);
  });

  it('never overwrites a note edited on both: keeps this text, offers the other, and sends the choice', async () => {
    await saveNoteText('ttp', 'First.', 1_000);
    await syncNow(devices.area, 1_500);
    await devices.on('b');
    await syncNow(devices.area, 1_600);
    await saveNoteText('ttp', 'Edited on B.', 2_000);
    await syncNow(devices.area, 2_100);
    await devices.on('a');
    await saveNoteText('ttp', 'Edited on A.', 2_050);
    await syncNow(devices.area, 2_200);
    expect((await getNote('ttp'))?.text).toBe('Edited on A.');
    expect((await syncConflictsItem.getValue()).ttp?.text).toBe('Edited on B.');
    await resolveSyncConflict('ttp', 'both', 3_000);
    expect((await getNote('ttp'))?.text).toBe('Edited on B.\n\nEdited on A.');
    await syncNow(devices.area, 3_100);
    await devices.on('b');
    await syncNow(devices.area, 3_200);
    expect((await getNote('ttp'))?.text).toBe('Edited on B.\n\nEdited on A.');
    expect(await syncConflictsItem.getValue()).toEqual({});
  });

  it('carries a deletion to a device that had not changed the note, and no further', async () => {
    await saveNoteText('ttp', 'Keep?', 1_000);
    await syncNow(devices.area, 1_100);
    await devices.on('b');
    await syncNow(devices.area, 1_200);
    await devices.on('a');
    await saveNoteText('ttp', '', 2_000);
    await syncNow(devices.area, 2_100);
    await devices.on('b');
    await syncNow(devices.area, 2_200);
    expect(await getNote('ttp')).toBeNull();
  });

  it('names the notes that do not fit and keeps them here', async () => {
    devices.area.fromAnotherDevice(
      Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`other${i}`, 'x'.repeat(8_000)])),
    );
    await saveNoteText('ttp', 'n'.repeat(9_000), 1_000);
    await saveNoteText('bla', 'b'.repeat(2_000), 1_001);
    await syncNow(devices.area, 2_000);
    expect(await syncStatusItem.getValue()).toMatchObject({
      localOnlyNotes: ['ttp'],
      nearFull: true,
      error: '',
    });
    expect((await listNotes()).map((n) => n.entryId).sort()).toEqual(['bla', 'ttp']);
  });

  it('keeps everything here when the browser refuses the write, and says why', async () => {
    await saveNoteText('ttp', 'Check.', 1_000);
    devices.area.set = () =>
      Promise.reject(new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.'));
    await syncNow(devices.area, 2_000);
    expect((await syncStatusItem.getValue())?.error).toMatch(/^The browser refused to sync/);
    expect((await getNote('ttp'))?.text).toBe('Check.');
  });
});
