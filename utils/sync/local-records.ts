import type { Note } from '../notes/note';
import { isOwnTerm, type OwnTerm } from '../own-terms/own-term';
import { DEFAULT_SETTINGS, normaliseSettings, type Settings } from '../settings/settings';
import { canonicalJson } from '../storage/canonical-json';
import type { SyncRecord } from './sync-items';
import type { SyncOutcome } from './sync-once';
import type { SyncState } from './store';

/** Keys in storage.sync: `n:<entry id>` a note, `t:<id>` an own term, `s` the settings. */
export const NOTE_SYNC = 'n:';
const TERM_SYNC = 't:';
const SETTINGS_SYNC = 's';

export interface LocalData {
  notes: Note[];
  ownTerms: OwnTerm[];
  settings: Settings;
}

const isNote = (v: unknown): v is Note =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as Note).entryId === 'string' &&
  typeof (v as Note).text === 'string';

/** Notes are the reader's to settle on a conflict; settings and own terms go to the newer edit. */
export const readerSettles = (key: string): boolean => key.startsWith(NOTE_SYNC);

/** Records compare by content, whatever their key order; notes by text: the same text written on two devices is no conflict. */
export function sameContent(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b) || (isNote(a) && isNote(b) && a.text === b.text);
}

/**
 * This browser's records, most important first: settings, own terms, then notes newest first (what
 * does not fit the quota is the oldest notes). A record synced before and gone here becomes a
 * tombstone, timed when its absence was first seen (kept in the state, so it does not change).
 */
export function localRecords(
  data: LocalData,
  state: SyncState,
  now: number,
): { records: SyncRecord[]; state: SyncState } {
  const settingsJson = JSON.stringify(data.settings);
  const next: SyncState = { ...state, deleted: { ...state.deleted } };
  // Settings carry no time: they count as changed when they differ from last time. On a first sync,
  // untouched defaults count as old as can be, so another device's chosen settings win over them.
  if (settingsJson !== state.settingsJson) {
    const untouched =
      !state.settingsJson && settingsJson === JSON.stringify(normaliseSettings(DEFAULT_SETTINGS));
    next.settingsAt = untouched ? 0 : now;
    next.settingsJson = settingsJson;
  }
  const records: SyncRecord[] = [
    { key: SETTINGS_SYNC, updatedAt: next.settingsAt, value: data.settings },
    ...data.ownTerms.map((term) => ({
      key: `${TERM_SYNC}${term.id}`,
      updatedAt: term.updatedAt,
      value: term,
    })),
    ...[...data.notes]
      .sort((a, b) => b.updatedAt - a.updatedAt)
      .map((note) => ({ key: `${NOTE_SYNC}${note.entryId}`, updatedAt: note.updatedAt, value: note })),
  ];
  const present = new Set(records.map((r) => r.key));
  for (const key of Object.keys(state.base)) if (!present.has(key)) next.deleted[key] ??= now;
  for (const key of Object.keys(next.deleted)) {
    if (present.has(key)) delete next.deleted[key];
    else records.push({ key, updatedAt: next.deleted[key]!, value: null });
  }
  return { records, state: next };
}

/** What a sync's outcome changes in this browser's data. */
export interface LocalChanges {
  writeNotes: Note[];
  deleteNotes: string[];
  /** The whole new list of own terms, or null when it does not change. */
  ownTerms: OwnTerm[] | null;
  settings: Settings | null;
  conflicts: Record<string, Note>;
}

export function localChanges(outcome: SyncOutcome, data: LocalData): LocalChanges {
  const changes: LocalChanges = {
    writeNotes: [],
    deleteNotes: [],
    ownTerms: null,
    settings: null,
    conflicts: {},
  };
  const terms = new Map(data.ownTerms.map((term) => [term.id, term]));
  let termsChanged = false;
  for (const { key, value } of outcome.take) {
    if (key === SETTINGS_SYNC) changes.settings = normaliseSettings(value);
    else if (key.startsWith(TERM_SYNC) && isOwnTerm(value)) {
      terms.set(value.id, value);
      termsChanged = true;
    } else if (key.startsWith(NOTE_SYNC) && isNote(value)) changes.writeNotes.push(value);
  }
  for (const key of outcome.deleteLocal) {
    if (key.startsWith(NOTE_SYNC)) changes.deleteNotes.push(key.slice(NOTE_SYNC.length));
    else if (key.startsWith(TERM_SYNC))
      termsChanged = terms.delete(key.slice(TERM_SYNC.length)) || termsChanged;
  }
  for (const { remote } of outcome.conflicts)
    if (isNote(remote.value)) changes.conflicts[remote.value.entryId] = remote.value;
  if (termsChanged) changes.ownTerms = [...terms.values()];
  return changes;
}
