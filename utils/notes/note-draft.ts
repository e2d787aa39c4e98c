import { NOTE_MAX_CHARS, NOTE_SAVE_DEBOUNCE_MS } from '../constants';
import type { Note } from './note';
import { mergeNoteTexts } from './note-conflict';
import type { NoteStoreApi } from './note-store-api';

export type DraftStatus = 'idle' | 'editing' | 'saved' | 'error' | 'conflict';

/** What the note editor shows. A new object on every change. */
export interface DraftState {
  text: string;
  /** The stored note as last known here (null: there is none). */
  note: Note | null;
  status: DraftStatus;
  /** Why the last save failed, while status is 'error'. */
  error: string;
  /** While a save is refused: the note another window stored meanwhile. */
  conflict: { current: Note | null } | null;
}

type TimerHandle = ReturnType<typeof setTimeout>;

/** The one timer the draft needs, passed in so tests can drive it (vi.useFakeTimers works too). */
export interface DraftTimers {
  setTimeout(run: () => void, ms: number): TimerHandle;
  clearTimeout(handle: TimerHandle | undefined): void;
}

/** The global timers, looked up at each call (so fake timers installed later still apply). */
export const globalTimers: DraftTimers = {
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle),
};

/**
 * The reader's draft of the note on one entry: plain text, saved NOTE_SAVE_DEBOUNCE_MS after the last
 * keystroke. A change made elsewhere (popup, another tab) is adopted at once unless the reader has
 * unsaved typing here. If it arrives while they do, nothing is overwritten: the save is refused
 * (compare-and-set on updatedAt) and the reader chooses to keep their text or take the other. Leaving
 * with such an edit keeps both texts (mergeNoteTexts). No DOM, no Preact: use-note-draft wires it.
 */
export class NoteDraft {
  private current: DraftState = { text: '', note: null, status: 'idle', error: '', conflict: null };
  private readonly listeners = new Set<() => void>();
  /** Typing here not yet saved (or refused). */
  private dirty = false;
  /** updatedAt of the stored note the text here builds on (null: none), for compare-and-set. */
  private base: number | null = null;
  private timer: TimerHandle | undefined;
  /** The text as last typed, for saving a pending edit on leaving. */
  private typed = '';
  private left = false;

  constructor(
    private readonly entryId: string,
    private readonly store: NoteStoreApi,
    private readonly timers: DraftTimers = globalTimers,
  ) {}

  get state(): DraftState {
    return this.current;
  }

  /** Calls back on every change of state; returns the way to stop. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The stored note, as first read or as changed anywhere (null: deleted, or never written). */
  stored(note: Note | null): void {
    this.set({ note });
    if (!this.dirty) this.adopt(note);
  }

  input(value: string): void {
    const clipped = value.slice(0, NOTE_MAX_CHARS);
    this.typed = clipped;
    this.dirty = true;
    this.set({ text: clipped, status: 'editing' });
    this.timers.clearTimeout(this.timer);
    this.timer = this.timers.setTimeout(() => void this.save(clipped), NOTE_SAVE_DEBOUNCE_MS);
  }

  /** Empties the note and saves at once (an empty note is no note). */
  remove(): Promise<void> {
    this.timers.clearTimeout(this.timer);
    this.typed = '';
    this.dirty = true;
    this.set({ text: '' });
    return this.save('');
  }

  /** After a refused save: write the reader's text over the other window's change. */
  keepMine(): Promise<void> {
    this.base = this.current.conflict?.current?.updatedAt ?? null;
    return this.save(this.typed);
  }

  /** After a refused save: drop the reader's text and show the other window's, writing nothing. */
  takeTheirs(): void {
    const theirs = this.current.conflict?.current ?? null;
    this.dirty = false;
    this.base = theirs?.updatedAt ?? null;
    this.typed = theirs?.text ?? '';
    this.set({ text: this.typed, note: theirs, conflict: null, status: 'idle' });
  }

  /**
   * The editor closes or turns to another entry. A pending or refused edit is saved now rather than
   * lost, and if another window changed the note meanwhile, both texts are kept. No change is
   * reported after this.
   */
  async leave(): Promise<void> {
    this.left = true;
    this.timers.clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.dirty) return;
    const mine = this.typed;
    const result = await this.store.save(this.entryId, mine, this.base);
    if (result.saved) return;
    const merged = mergeNoteTexts(result.current?.text ?? '', mine);
    await this.store.save(this.entryId, merged, result.current?.updatedAt ?? null);
  }

  private adopt(note: Note | null): void {
    this.base = note?.updatedAt ?? null;
    this.set({ text: note?.text ?? '' });
  }

  private async save(value: string): Promise<void> {
    this.timer = undefined;
    try {
      const result = await this.store.save(this.entryId, value, this.base);
      if (!result.saved) {
        this.set({ conflict: { current: result.current }, status: 'conflict', error: '' });
        return;
      }
      this.base = result.note?.updatedAt ?? null;
      // Still dirty if the reader typed on while this was being saved; that text has its own save queued.
      this.dirty = this.typed !== value;
      this.set({ note: result.note, conflict: null, status: 'saved', error: '' });
    } catch (e) {
      this.set({ status: 'error', error: e instanceof Error ? e.message : String(e) });
    }
  }

  private set(change: Partial<DraftState>): void {
    if (this.left) return;
    this.current = { ...this.current, ...change };
    this.listeners.forEach((listener) => listener());
  }
}
