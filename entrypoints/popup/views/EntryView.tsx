import { NoteEditor } from '@/components/NoteEditor';
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
      <NoteEditor entryId={entry.id} store={browserNoteStore} />
    </TermCard>
  );
}
