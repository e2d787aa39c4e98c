import { t } from '@/utils/i18n/t';
import type { Note } from '@/utils/notes/note';
import { resolveSyncConflict } from '@/utils/sync/resolve';
import { syncConflictsItem } from '@/utils/sync/store';
import { itemAccess, useStoredValue } from './use-stored-value';

const NO_CONFLICTS: Record<string, Note> = {};
const CONFLICTS = itemAccess(syncConflictsItem);

/** Notes edited here and on another device since they last synced, by entry id, followed as they change. */
export function useSyncConflicts(): Record<string, Note> {
  return useStoredValue<Record<string, Note>>(...CONFLICTS, NO_CONFLICTS)[0];
}

/** A note edited on two devices: the other device's text, and the three ways to settle it. */
export function SyncConflict({
  entryId,
  theirs,
  headword,
}: {
  entryId: string;
  theirs: Note;
  headword: string;
}) {
  return (
    <div class="sync__conflict" role="group" aria-label={t('sync_conflictLabel', { term: headword })}>
      <p>{t('sync_conflict', { term: headword })}</p>
      <p class="muted">{t('sync_theirText')}</p>
      <blockquote dir="auto">{theirs.text}</blockquote>
      <div class="row">
        <button type="button" onClick={() => void resolveSyncConflict(entryId, 'mine')}>
          {t('sync_keepMine')}
        </button>
        <button type="button" onClick={() => void resolveSyncConflict(entryId, 'theirs')}>
          {t('sync_keepTheirs')}
        </button>
        <button type="button" onClick={() => void resolveSyncConflict(entryId, 'both')}>
          {t('sync_keepBoth')}
        </button>
      </div>
    </div>
  );
}

/**
 * Where the note is edited (the page popover, the popup), the sync conflict on it, if there is one: the
 * reader settles it there instead of only in the options.
 */
export function SyncConflictNotice({ entryId, headword }: { entryId: string; headword: string }) {
  const theirs = useSyncConflicts()[entryId];
  return theirs ? <SyncConflict entryId={entryId} theirs={theirs} headword={headword} /> : null;
}
