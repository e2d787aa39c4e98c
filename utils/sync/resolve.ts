import { mergeNoteTexts } from '../notes/note-conflict';
import { getNote, saveNoteText } from '../notes/store';
import { NOTE_SYNC } from './local-records';
import { syncConflictsItem, syncStateItem } from './store';

export type ConflictChoice = 'mine' | 'theirs' | 'both';

/**
 * Settles a note edited on two devices as the reader chose. The result is saved as a new edit, and the
 * other device's version counts as seen (the base), so the next sync sends the choice to every device.
 */
export async function resolveSyncConflict(
  entryId: string,
  choice: ConflictChoice,
  now = Date.now(),
): Promise<void> {
  const conflicts = await syncConflictsItem.getValue();
  const theirs = conflicts[entryId];
  if (!theirs) return;
  const mine = (await getNote(entryId))?.text ?? '';
  const text =
    choice === 'mine' ? mine : choice === 'theirs' ? theirs.text : mergeNoteTexts(theirs.text, mine);
  const state = await syncStateItem.getValue();
  await syncStateItem.setValue({
    ...state,
    base: { ...state.base, [`${NOTE_SYNC}${entryId}`]: theirs.updatedAt },
  });
  await saveNoteText(entryId, text, Math.max(now, theirs.updatedAt + 1));
  const rest = { ...conflicts };
  delete rest[entryId];
  await syncConflictsItem.setValue(rest);
}
