import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  deleteNote,
  getNote,
  listNotes,
  saveNoteText,
  watchAllNotes,
  watchNote,
  writeNotes,
} from '@/utils/notes/store';
import { NOTE_MAX_CHARS } from '@/utils/constants';

describe('note storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('saves a note under its own key, keeping the creation time on edits', async () => {
    await saveNoteText('ttp', 'first', 1000);
    await saveNoteText('ttp', 'second', 2000);
    expect(await getNote('ttp')).toEqual({
      entryId: 'ttp',
      text: 'second',
      createdAt: 1000,
      updatedAt: 2000,
    });
    const raw = await fakeBrowser.storage.local.get(null);
    expect(raw['note:ttp']).toMatchObject({ text: 'second' });
  });

  it('deletes a note when its text is emptied, or on request', async () => {
    await saveNoteText('ttp', 'text', 1);
    expect(await saveNoteText('ttp', '   ', 2)).toBeNull();
    expect(await getNote('ttp')).toBeNull();
    await saveNoteText('bla', 'text', 1);
    await deleteNote('bla');
    expect(await getNote('bla')).toBeNull();
  });

  it('refuses a note over the length limit and keeps the old one', async () => {
    await saveNoteText('ttp', 'kept', 1);
    await expect(saveNoteText('ttp', 'x'.repeat(NOTE_MAX_CHARS + 1))).rejects.toThrow(RangeError);
    expect((await getNote('ttp'))?.text).toBe('kept');
  });

  it('lists valid notes newest first and leaves other records alone', async () => {
    await saveNoteText('ttp', 'older', 1000);
    await saveNoteText('bla', 'newer', 3000);
    await fakeBrowser.storage.local.set({ 'note:broken': { text: 42 }, settings: { enabled: true } });
    expect((await listNotes()).map((n) => n.entryId)).toEqual(['bla', 'ttp']);
    expect((await fakeBrowser.storage.local.get('note:broken'))['note:broken']).toEqual({ text: 42 });
  });

  it('writes imported notes as they are', async () => {
    await writeNotes([{ entryId: 'fata', text: 'imported', createdAt: 5, updatedAt: 9 }]);
    expect(await getNote('fata')).toEqual({ entryId: 'fata', text: 'imported', createdAt: 5, updatedAt: 9 });
  });

  it('tells watchers about changes to one note and to any note', async () => {
    const one = vi.fn();
    const any = vi.fn();
    const stopOne = watchNote('ttp', one);
    const stopAny = watchAllNotes(any);
    await saveNoteText('ttp', 'hello', 1);
    await saveNoteText('bla', 'other', 2);
    await vi.waitFor(() => expect(any).toHaveBeenCalledTimes(2));
    expect(one).toHaveBeenCalledWith(expect.objectContaining({ text: 'hello' }));
    stopOne();
    stopAny();
  });
});
