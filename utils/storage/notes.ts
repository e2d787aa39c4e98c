import { browser } from 'wxt/browser';
import { storage } from '#imports';
import { NOTE_MAX_CHARS } from '../constants';
import { isNote, type Note } from '../notes/note';

/**
 * Notes live one per storage key ("note:<entryId>"), so editing one note never rewrites another:
 * a popup and a page popover saving different notes at once cannot lose either update.
 * Each key is a WXT storage item with a schema version; migrations upgrade old records on read.
 */
const NOTE_KEY_PREFIX = 'note:';
export const NOTES_SCHEMA_VERSION = 1;

function noteItem(entryId: string) {
  return storage.defineItem<Note | null>(`local:${NOTE_KEY_PREFIX}${entryId}`, {
    fallback: null,
    version: NOTES_SCHEMA_VERSION,
  });
}

export async function getNote(entryId: string): Promise<Note | null> {
  const value = await noteItem(entryId).getValue();
  return isNote(value) ? value : null;
}

/**
 * Saves the text of a note, keeping its creation time; empty text deletes the note.
 * Returns the saved note (null when deleted).
 */
export async function saveNoteText(entryId: string, text: string, now = Date.now()): Promise<Note | null> {
  if (text.length > NOTE_MAX_CHARS)
    throw new RangeError(`A note can hold at most ${NOTE_MAX_CHARS} characters`);
  const item = noteItem(entryId);
  if (!text.trim()) {
    await item.removeValue();
    return null;
  }
  const existing = await getNote(entryId);
  const note: Note = { entryId, text, createdAt: existing?.createdAt ?? now, updatedAt: now };
  await item.setValue(note);
  return note;
}

export async function deleteNote(entryId: string): Promise<void> {
  await noteItem(entryId).removeValue();
}

/** Calls back with the note (or null) whenever it changes anywhere: popup, popover or another tab. */
export function watchNote(entryId: string, onChange: (note: Note | null) => void): () => void {
  return noteItem(entryId).watch((value) => onChange(isNote(value) ? value : null));
}

/** Every valid note, newest first. Records that are not valid notes are left where they are. */
export async function listNotes(): Promise<Note[]> {
  const all = await storage.snapshot('local');
  const notes: Note[] = [];
  for (const [key, value] of Object.entries(all)) {
    if (key.startsWith(NOTE_KEY_PREFIX) && !key.endsWith('$') && isNote(value)) notes.push(value);
  }
  return notes.sort((a, b) => b.updatedAt - a.updatedAt);
}

/** Writes notes as they are (timestamps kept), one key each: used to apply an import's merge plan. */
export async function writeNotes(notes: readonly Note[]): Promise<void> {
  await storage.setItems(notes.map((note) => ({ item: noteItem(note.entryId), value: note })));
}

/** Calls back whenever any note is added, changed or deleted, in any part of the extension. */
export function watchAllNotes(onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && Object.keys(changes).some((k) => k.startsWith(NOTE_KEY_PREFIX))) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
