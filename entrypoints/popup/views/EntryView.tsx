import { NoteEditor } from '@/components/NoteEditor';
import { SyncConflictNotice } from '@/components/SyncConflict';
import { TermCard } from '@/components/TermCard';
import type { Entry } from '@/utils/glossary/types';
import { browserNoteStore } from '@/utils/notes/browser-note-store';

/** One entry opened from a list, with the reader's note on it. */
export function EntryView({
  entry,
  entries,
  onOpen,
  onBack,
}: {
  entry: Entry;
  entries: ReadonlyMap<string, Entry>;
  onOpen(entryId: string): void;
  onBack(): void;
}) {
  return (
    <TermCard
      key={entry.id}
      entry={entry}
      headword={(id) => entries.get(id)?.headword}
      onOpenRelated={onOpen}
      onBack={onBack}
      contextOpen
    >
      <SyncConflictNotice entryId={entry.id} headword={entry.headword} />
      <NoteEditor entryId={entry.id} store={browserNoteStore} />
    </TermCard>
  );
}
