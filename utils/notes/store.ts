import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { NOTE_MAX_CHARS } from '../constants';
import { t } from '../i18n/t';
import { isNote, type Note } from './note';
import type { SaveResult } from './note-store-api';
import { withKeyLock } from '../storage/key-lock';
import { metaKey, quarantineEntries, storedVersion } from '../storage/quarantine';
import { explainWriteFailure } from '../storage/write-errors';

/**
 * Notes live one per storage key ("note:<entryId>"), so editing one note never rewrites another:
 * a popup and a page popover saving different notes at once cannot lose either update. Editing the same
 * note from two places is settled by saveNoteIfUnchanged (compare-and-set on updatedAt).
 *
 * Only schema version 1 exists; WXT writes no meta key for v1 items, so "note:<id>$" is normally absent.
 * A record whose meta names a later version was written by a newer NewsGloss: it is not read (its shape
 * may mean something else), and saving over it keeps a quarantine copy first, as for damaged records.
 */
export const NOTE_KEY_PREFIX = 'note:';
export const NOTES_SCHEMA_VERSION = 1;

export const noteKey = (entryId: string) => `${NOTE_KEY_PREFIX}${entryId}`;

function noteItem(entryId: string) {
  return storage.defineItem<Note | null>(`local:${noteKey(entryId)}`, {
    fallback: null,
    version: NOTES_SCHEMA_VERSION,
  });
}

/** Whether a stored note record can be read by this version: a valid note, of a version it knows. */
export function readableNote(value: unknown, meta: unknown): value is Note {
  return storedVersion(meta) <= NOTES_SCHEMA_VERSION && isNote(value);
}

interface StoredNote {
  raw: unknown;
  meta: unknown;
  note: Note | null;
}

async function readStored(entryId: string): Promise<StoredNote> {
  const key = noteKey(entryId);
  const got = await browser.storage.local.get([key, metaKey(key)]);
  const raw: unknown = got[key];
  const meta: unknown = got[metaKey(key)];
  return { raw, meta, note: readableNote(raw, meta) ? raw : null };
}

/**
 * The entries that replace the stored record of entryId with note: a quarantine copy of a record this
 * version could not read, and a v1 meta when the old one named another version.
 */
function replacementEntries(stored: StoredNote, note: Note, now: number): Record<string, unknown> {
  const key = noteKey(note.entryId);
  const entries: Record<string, unknown> =
    stored.note === null ? quarantineEntries(key, stored.raw, stored.meta, now) : {};
  if (stored.meta !== undefined && stored.meta !== null) entries[metaKey(key)] = { v: NOTES_SCHEMA_VERSION };
  entries[key] = note;
  return entries;
}

export async function getNote(entryId: string): Promise<Note | null> {
  return (await readStored(entryId)).note;
}

/** The note editor shows the error's message as why the note was not saved (note-draft.ts). */
function checkLength(text: string): void {
  if (text.length > NOTE_MAX_CHARS) throw new RangeError(t('err_noteTooLong', { max: NOTE_MAX_CHARS }));
}

/** Writes text over what is stored (empty text deletes); the caller holds the note's lock. */
async function writeText(
  entryId: string,
  stored: StoredNote,
  text: string,
  now: number,
): Promise<Note | null> {
  const key = noteKey(entryId);
  if (!text.trim()) {
    const keep = stored.note === null ? quarantineEntries(key, stored.raw, stored.meta, now) : {};
    await explainWriteFailure(async () => {
      if (Object.keys(keep).length > 0) await browser.storage.local.set(keep);
      await browser.storage.local.remove([key, metaKey(key)]);
    });
    return null;
  }
  const note: Note = {
    entryId,
    text,
    createdAt: stored.note?.createdAt ?? now,
    // Always later than the version it replaces, so a compare-and-set on updatedAt sees every change.
    updatedAt: Math.max(now, (stored.note?.updatedAt ?? -1) + 1),
  };
  await explainWriteFailure(() => browser.storage.local.set(replacementEntries(stored, note, now)));
  return note;
}

/**
 * Saves the text of a note, keeping its creation time; empty text deletes the note. Last write wins:
 * for an editor, use saveNoteIfUnchanged. Returns the saved note (null when deleted).
 */
export async function saveNoteText(entryId: string, text: string, now = Date.now()): Promise<Note | null> {
  checkLength(text);
  return withKeyLock(noteKey(entryId), async () => writeText(entryId, await readStored(entryId), text, now));
}

/**
 * Compare-and-set: saves only when the stored note is still the one the editor started from (its
 * updatedAt is baseUpdatedAt; null: there was no note). Otherwise nothing is written and the current
 * note is returned, so two editors of one note (popup and page popover) never silently overwrite each
 * other: the later one is told and chooses.
 */
export async function saveNoteIfUnchanged(
  entryId: string,
  text: string,
  baseUpdatedAt: number | null,
  now = Date.now(),
): Promise<SaveResult> {
  checkLength(text);
  return withKeyLock(noteKey(entryId), async () => {
    const stored = await readStored(entryId);
    if ((stored.note?.updatedAt ?? null) !== baseUpdatedAt) return { saved: false, current: stored.note };
    return { saved: true, note: await writeText(entryId, stored, text, now) };
  });
}

export async function deleteNote(entryId: string, now = Date.now()): Promise<void> {
  await saveNoteText(entryId, '', now);
}

/** Calls back with the note (or null) whenever it changes anywhere: popup, popover or another tab. */
export function watchNote(entryId: string, onChange: (note: Note | null) => void): () => void {
  return noteItem(entryId).watch((value) => onChange(isNote(value) ? value : null));
}

/** A stored key that holds a note record (not its "$" meta). */
export function isNoteKey(key: string): boolean {
  return key.startsWith(NOTE_KEY_PREFIX) && !key.endsWith('$');
}

/** Every readable note, newest first. Records this version cannot read are left where they are. */
export async function listNotes(): Promise<Note[]> {
  const all = await browser.storage.local.get(null);
  const notes: Note[] = [];
  for (const [key, value] of Object.entries(all)) {
    if (isNoteKey(key) && readableNote(value, all[metaKey(key)])) notes.push(value);
  }
  return notes.sort((a, b) => b.updatedAt - a.updatedAt);
}

/**
 * The storage entries that write imported notes as they are (timestamps kept), one key each, with a
 * quarantine copy of any unreadable record they replace.
 */
export async function noteWriteEntries(
  notes: readonly Note[],
  now = Date.now(),
): Promise<Record<string, unknown>> {
  const entries: Record<string, unknown> = {};
  for (const note of notes)
    Object.assign(entries, replacementEntries(await readStored(note.entryId), note, now));
  return entries;
}

/** Writes imported notes in one storage write: all of them, or (on failure) none. */
export async function writeNotes(notes: readonly Note[], now = Date.now()): Promise<void> {
  const entries = await noteWriteEntries(notes, now);
  await explainWriteFailure(() => browser.storage.local.set(entries));
}

/** Calls back whenever any note is added, changed or deleted, in any part of the extension. */
export function watchAllNotes(onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && Object.keys(changes).some((k) => k.startsWith(NOTE_KEY_PREFIX))) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
