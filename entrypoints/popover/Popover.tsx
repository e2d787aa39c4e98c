import { useEffect, useRef, useState } from 'preact/hooks';
import { NoteEditor } from '@/components/NoteEditor';
import { SyncConflictNotice } from '@/components/SyncConflict';
import { TermCard } from '@/components/TermCard';
import { useEntryHistory } from '@/components/use-entry-history';
import type { Entry } from '@/utils/glossary/types';
import type { PopoverCommand, PopoverEvent } from '@/utils/messaging/messages';
import { t } from '@/utils/i18n/t';
import { browserNoteStore } from '@/utils/notes/browser-note-store';
import { wrapTabFocus } from './focus-wrap';
import { ReadingNote, type Reading } from './ReadingNote';
import { SearchResults } from './SearchResults';
import { useCommands } from './use-commands';
import { useLookup } from './use-lookup';
import type { PopoverEntries } from './use-popover-entries';
import { useSizeReport } from './use-size-report';

export interface PopoverProps {
  entries: PopoverEntries;
  /** Registers for commands from the content script; returns the way to send events back. */
  connect(onCommand: (command: PopoverCommand) => void): (event: PopoverEvent) => void;
}

/** The page popover: a dialog showing one entry and the reader's note, sized to its content. */
export function Popover({ entries, connect }: PopoverProps) {
  const { entry, depth, open, back, reset } = useEntryHistory(entries);
  /** Set when the reader looked up a selection that is not a known term: show the closest entries. */
  const [searchQuery, setSearchQuery] = useState<string | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  /** How the content script read the mention shown, and what else it could mean. */
  const [reading, setReading] = useState<Reading>({});
  const root = useRef<HTMLDivElement>(null);
  const content = useRef<HTMLDivElement>(null);
  const sendRef = useCommands(connect, entries.load, { reset, setReading, setSearchQuery, setFocusRequest });

  useSizeReport(root, content, sendRef);

  useEffect(() => {
    if (focusRequest) root.current?.focus();
  }, [focusRequest]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      sendRef.current({ type: 'close', restoreFocus: true });
      return;
    }
    if (root.current) wrapTabFocus(event, root.current);
  };

  const results = useLookup(entries, searchQuery);
  /** Opens an entry once it has been read (related entries and look-up results are not read yet). */
  const readThen = (go: (id: string) => void) => (id: string) => void entries.load([id]).then(() => go(id));
  const showing = entry ? 'entry' : searchQuery !== null ? 'search' : 'nothing';

  return (
    <div
      ref={root}
      class="popover"
      role="dialog"
      aria-label={dialogLabel(entry, searchQuery)}
      tabIndex={-1}
      onKeyDown={onKeyDown}
      hidden={showing === 'nothing'}
    >
      <div ref={content}>
        {showing !== 'nothing' && (
          <CloseButton onClose={() => sendRef.current({ type: 'close', restoreFocus: true })} />
        )}
        {entry && depth === 1 && (
          <ReadingNote
            reading={reading}
            headword={entries.headword}
            onChoose={(entryId) => sendRef.current({ type: 'choose', entryId })}
          />
        )}
        {entry ? (
          <TermCard
            key={entry.id}
            entry={entry}
            headword={entries.headword}
            onOpenRelated={readThen(open)}
            onBack={depth > 1 || searchQuery !== null ? back : undefined}
          >
            <SyncConflictNotice entryId={entry.id} headword={entry.headword} />
            <NoteEditor entryId={entry.id} store={browserNoteStore} collapsed />
          </TermCard>
        ) : (
          searchQuery !== null && (
            <SearchResults query={searchQuery} results={results} onOpen={readThen((id) => reset([id]))} />
          )
        )}
      </div>
    </div>
  );
}

function CloseButton({ onClose }: { onClose: () => void }) {
  return (
    <button type="button" class="popover__close" aria-label={t('popover_close')} onClick={onClose}>
      ×
    </button>
  );
}

function dialogLabel(entry: Entry | undefined, searchQuery: string | null): string {
  if (entry) return t('popover_dialogEntry', { headword: entry.headword });
  if (searchQuery) return t('popover_dialogLookUp', { query: searchQuery });
  return t('extName');
}
