import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NOTE_MAX_CHARS, NOTE_SAVE_DEBOUNCE_MS } from '@/utils/constants';
import type { Note } from '@/utils/notes/note';
import { NoteDraft } from '@/utils/notes/note-draft';
import type { NoteStoreApi, SaveResult } from '@/utils/notes/note-store-api';

/** One entry's note in memory, with the store's compare-and-set; `now` ticks on every write. */
class FakeStore implements NoteStoreApi {
  note: Note | null = null;
  saves: { text: string; base: number | null }[] = [];
  failWith: Error | null = null;
  private now = 1000;

  async get(): Promise<Note | null> {
    return this.note;
  }
  async save(entryId: string, text: string, base: number | null): Promise<SaveResult> {
    this.saves.push({ text, base });
    if (this.failWith) throw this.failWith;
    if ((this.note?.updatedAt ?? null) !== base) return { saved: false, current: this.note };
    return { saved: true, note: this.write(entryId, text) };
  }
  watch(): () => void {
    return () => undefined;
  }
  /** Another window writing the note, whatever is stored. */
  write(entryId: string, text: string): Note | null {
    this.now += 1000;
    this.note = text
      ? { entryId, text, createdAt: this.note?.createdAt ?? this.now, updatedAt: this.now }
      : null;
    return this.note;
  }
}

const waitForSave = () => vi.advanceTimersByTimeAsync(NOTE_SAVE_DEBOUNCE_MS);

describe('the note draft (no DOM)', () => {
  let store: FakeStore;
  let draft: NoteDraft;

  beforeEach(() => {
    vi.useFakeTimers();
    store = new FakeStore();
    store.write('ttp', 'original');
    draft = new NoteDraft('ttp', store);
    draft.stored(store.note);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs without a DOM', () => {
    expect(typeof document).toBe('undefined');
  });

  it('shows the stored note until the reader types', () => {
    expect(draft.state).toMatchObject({ text: 'original', status: 'idle', conflict: null });
    draft.stored(store.write('ttp', 'changed elsewhere'));
    expect(draft.state.text).toBe('changed elsewhere');
  });

  it('saves once, NOTE_SAVE_DEBOUNCE_MS after the last keystroke', async () => {
    draft.input('o');
    await vi.advanceTimersByTimeAsync(NOTE_SAVE_DEBOUNCE_MS - 1);
    draft.input('one');
    expect(draft.state.status).toBe('editing');
    await vi.advanceTimersByTimeAsync(NOTE_SAVE_DEBOUNCE_MS - 1);
    expect(store.saves).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(store.saves).toEqual([{ text: 'one', base: 2000 }]);
    expect(store.note?.text).toBe('one');
    expect(draft.state).toMatchObject({ text: 'one', status: 'saved', note: store.note });
  });

  it('clips the text to NOTE_MAX_CHARS', () => {
    draft.input('x'.repeat(NOTE_MAX_CHARS + 5));
    expect(draft.state.text).toHaveLength(NOTE_MAX_CHARS);
  });

  it('tells every subscriber of each change, and stops when asked', () => {
    const seen = vi.fn();
    const stop = draft.subscribe(seen);
    draft.input('a');
    expect(seen).toHaveBeenCalledTimes(1);
    stop();
    draft.input('ab');
    expect(seen).toHaveBeenCalledTimes(1);
  });

  it('keeps typing over a change from elsewhere, then refuses to save and reports the conflict', async () => {
    draft.input('mine');
    const theirs = store.write('ttp', 'theirs');
    draft.stored(theirs);
    expect(draft.state.text).toBe('mine');
    await waitForSave();
    expect(store.note?.text).toBe('theirs');
    expect(draft.state).toMatchObject({ text: 'mine', status: 'conflict', conflict: { current: theirs } });
  });

  it('"Keep mine" saves the reader\'s text again, against the note that won', async () => {
    draft.input('mine');
    const theirs = store.write('ttp', 'theirs')!;
    await waitForSave();
    await draft.keepMine();
    expect(store.saves.at(-1)).toEqual({ text: 'mine', base: theirs.updatedAt });
    expect(store.note?.text).toBe('mine');
    expect(draft.state).toMatchObject({ status: 'saved', conflict: null });
  });

  it('"Use the other" adopts the stored note and writes nothing', async () => {
    draft.input('mine');
    const theirs = store.write('ttp', 'theirs');
    await waitForSave();
    const writes = store.saves.length;
    draft.takeTheirs();
    expect(draft.state).toMatchObject({ text: 'theirs', note: theirs, status: 'idle', conflict: null });
    expect(store.saves).toHaveLength(writes);
    // Builds on it from now on: the next edit saves.
    draft.input('theirs, amended');
    await waitForSave();
    expect(store.note?.text).toBe('theirs, amended');
  });

  it('keeps both texts when left with a refused edit', async () => {
    draft.input('mine');
    store.write('ttp', 'theirs');
    await waitForSave();
    await draft.leave();
    expect(store.note?.text).toBe('theirs\n\nmine');
  });

  it('saves a pending edit on leaving, and reports nothing after', async () => {
    const seen = vi.fn();
    draft.subscribe(seen);
    draft.input('typed just before closing');
    seen.mockClear();
    await draft.leave();
    expect(store.note?.text).toBe('typed just before closing');
    await vi.advanceTimersByTimeAsync(NOTE_SAVE_DEBOUNCE_MS * 2);
    expect(store.saves).toHaveLength(1);
    expect(seen).not.toHaveBeenCalled();
  });

  it('writes nothing on leaving without an edit', async () => {
    await draft.leave();
    expect(store.saves).toEqual([]);
  });

  it('deletes at once, without waiting for the debounce', async () => {
    draft.input('about to go');
    await draft.remove();
    expect(store.note).toBeNull();
    expect(draft.state).toMatchObject({ text: '', note: null, status: 'saved' });
    await vi.advanceTimersByTimeAsync(NOTE_SAVE_DEBOUNCE_MS);
    expect(store.saves).toHaveLength(1);
  });

  it('says why a save failed, and keeps the text', async () => {
    store.failWith = new Error('Storage is full');
    draft.input('mine');
    await waitForSave();
    expect(draft.state).toMatchObject({ text: 'mine', status: 'error', error: 'Storage is full' });
  });
});
