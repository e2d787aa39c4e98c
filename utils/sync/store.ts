import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { Note } from '../notes/note';
import type { SyncArea } from './sync-once';

/*
 * Opt-in sync's own records, all in storage.local of this browser: the switch (never synced: each device
 * chooses), what the last sync agreed on, what the reader should be told, and notes edited on two
 * devices. And the browser's storage.sync itself, which only the background writes.
 */

/** Off by default; the options page turns it on. */
export const syncOnItem = storage.defineItem<boolean>('local:syncOn', { fallback: false });

export interface SyncState {
  /** updatedAt agreed per synced key (utils/sync/sync-merge.ts). */
  base: Record<string, number>;
  /** When a record synced before was found deleted here, per key: its tombstone's stable time. */
  deleted: Record<string, number>;
  /** The settings as last seen (JSON) and when they changed: settings carry no time of their own. */
  settingsJson: string;
  settingsAt: number;
}
export const EMPTY_SYNC_STATE: SyncState = { base: {}, deleted: {}, settingsJson: '', settingsAt: 0 };
export const syncStateItem = storage.defineItem<SyncState>('local:syncState', { fallback: EMPTY_SYNC_STATE });

export interface SyncStatus {
  at: number;
  bytes: number;
  nearFull: boolean;
  /** Entry ids of notes kept in this browser only: they do not fit storage.sync. */
  localOnlyNotes: string[];
  /** Why the last sync failed (quota, write rate), in the reader's words; empty when it worked. */
  error: string;
}
export const syncStatusItem = storage.defineItem<SyncStatus | null>('local:syncStatus', { fallback: null });

/** Another device's text of a note edited on both since they last synced, by entry id. */
export const syncConflictsItem = storage.defineItem<Record<string, Note>>('local:syncConflicts', {
  fallback: {},
});

/** The browser's storage.sync (Chrome and Firefox keep it with the browser account). */
export const browserSyncArea = (): SyncArea => ({
  get: (keys) => browser.storage.sync.get(keys),
  set: (items) => browser.storage.sync.set(items),
  remove: (keys) => browser.storage.sync.remove(keys),
});

/** Calls back when storage.sync changes, which another device's sync does. */
export function watchSyncArea(onChange: () => void): () => void {
  const listener = (_: unknown, area: string) => {
    if (area === 'sync') onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
