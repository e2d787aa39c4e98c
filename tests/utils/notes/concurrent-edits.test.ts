import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { mergeNoteTexts } from '@/utils/notes/note-conflict';
import { browserNoteStore } from '@/utils/notes/browser-note-store';
import { getNote, saveNoteIfUnchanged, saveNoteText } from '@/utils/notes/store';

/**
 * The popup and the page popover editing one note: each editor saves with the updatedAt of the note it
 * started from. The first save wins; the second is refused, writes nothing and is handed the current note,
 * so its editor can ask the reader (keep mine / use the other) instead of silently overwriting.
 */
describe('two editors of one note', () => {
  beforeEach(() => fakeBrowser.reset());

  it('never both succeed when started together from the same note', async () => {
    const start = await saveNoteText('ttp', 'original', 1000);
    const [popup, popover] = await Promise.all([
      saveNoteIfUnchanged('ttp', 'from the popup', start!.updatedAt, 2000),
      saveNoteIfUnchanged('ttp', 'from the popover', start!.updatedAt, 2000),
    ]);
    expect(popup).toEqual({ saved: true, note: expect.objectContaining({ text: 'from the popup' }) });
    expect(popover).toEqual({ saved: false, current: expect.objectContaining({ text: 'from the popup' }) });
    expect((await getNote('ttp'))?.text).toBe('from the popup');
  });

  it('refuses two first notes for one entry started together, keeping the first', async () => {
    const results = await Promise.all([
      browserNoteStore.save('bla', 'one', null),
      browserNoteStore.save('bla', 'two', null),
    ]);
    expect(results.map((r) => r.saved)).toEqual([true, false]);
    expect((await getNote('bla'))?.text).toBe('one');
  });

  it('lets the refused editor keep its text by saving again from the current note', async () => {
    const start = await saveNoteText('ttp', 'original', 1000);
    await saveNoteIfUnchanged('ttp', 'theirs', start!.updatedAt, 2000);
    const refused = await saveNoteIfUnchanged('ttp', 'mine', start!.updatedAt, 2000);
    expect(refused.saved).toBe(false);
    if (refused.saved) return;
    const again = await saveNoteIfUnchanged('ttp', 'mine', refused.current!.updatedAt, 2000);
    expect(again.saved).toBe(true);
    expect(await getNote('ttp')).toMatchObject({ text: 'mine', createdAt: 1000 });
  });

  it('sees every change, even two in the same millisecond', async () => {
    const first = await saveNoteText('ttp', 'a', 5000);
    const second = await saveNoteText('ttp', 'b', 5000);
    expect(second!.updatedAt).toBeGreaterThan(first!.updatedAt);
    expect((await saveNoteIfUnchanged('ttp', 'c', first!.updatedAt, 5000)).saved).toBe(false);
  });

  it('refuses a delete based on an older note', async () => {
    const start = await saveNoteText('ttp', 'original', 1000);
    await saveNoteIfUnchanged('ttp', 'edited elsewhere', start!.updatedAt, 2000);
    expect((await saveNoteIfUnchanged('ttp', '', start!.updatedAt, 3000)).saved).toBe(false);
    expect((await getNote('ttp'))?.text).toBe('edited elsewhere');
  });
});

describe('mergeNoteTexts (an editor left with a refused edit)', () => {
  it('keeps both texts, the other window first', () => {
    expect(mergeNoteTexts('theirs', 'mine')).toBe('theirs\n\nmine');
  });
  it('does not repeat a text the other already holds', () => {
    expect(mergeNoteTexts('theirs and mine', 'mine')).toBe('theirs and mine');
    expect(mergeNoteTexts('theirs', 'theirs, then mine')).toBe('theirs, then mine');
  });
  it('takes the other side when one is empty', () => {
    expect(mergeNoteTexts('', 'mine')).toBe('mine');
    expect(mergeNoteTexts('theirs', '  ')).toBe('theirs');
  });
});
