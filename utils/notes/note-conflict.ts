/**
 * When an editor leaves a note (closing the popover, choosing another entry) with an edit that another
 * window has meanwhile overtaken, there is no one left to ask which to keep, so both are kept: the other
 * window's text, then the reader's, separated by a blank line. Pure.
 */
export function mergeNoteTexts(theirs: string, mine: string): string {
  if (!theirs.trim()) return mine;
  if (!mine.trim() || theirs.includes(mine)) return theirs;
  if (mine.includes(theirs)) return mine;
  return `${theirs.trimEnd()}\n\n${mine}`;
}
