import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { NoteEditor } from '@/components/NoteEditor';
import { TermCard } from '@/components/TermCard';
import { useEntryHistory } from '@/components/use-entry-history';
import type { Entry } from '@/utils/glossary/types';
import type { PopoverCommand, PopoverEvent } from '@/utils/messaging/messages';
import { createSearchIndex } from '@/utils/search/search-index';
import { browserNoteStore } from '@/utils/notes/browser-note-store';
import { SearchResults } from './SearchResults';

const FOCUSABLE = 'button, a[href], textarea, input, select, [tabindex]:not([tabindex="-1"])';

export interface PopoverProps {
  entries: ReadonlyMap<string, Entry>;
  /** Registers for commands from the content script; returns the way to send events back. */
  connect(onCommand: (command: PopoverCommand) => void): (event: PopoverEvent) => void;
}

/** The page popover: a dialog showing one entry and the reader's note, sized to its content. */
export function Popover({ entries, connect }: PopoverProps) {
  const { entry, depth, open, back, reset } = useEntryHistory(entries);
  /** Set when the reader looked up a selection that is not a known term: show the closest entries. */
  const [searchQuery, setSearchQuery] = useState<string | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  const root = useRef<HTMLDivElement>(null);
  const content = useRef<HTMLDivElement>(null);
  const sendRef = useRef<(event: PopoverEvent) => void>(() => undefined);

  useEffect(() => {
    sendRef.current = connect((command) => {
      if (command.type === 'hide') {
        reset();
        setSearchQuery(null);
        return;
      }
      reset(command.type === 'show' ? [command.entryId] : []);
      setSearchQuery(command.type === 'search' ? command.query : null);
      if (command.focus) setFocusRequest((n) => n + 1);
    });
  }, [connect, reset]);

  // Report the content's natural size so the host can size the iframe to fit. The inner wrapper is
  // observed, not the dialog: the dialog is capped to the iframe's height (and scrolls), the content
  // is not, so growing content is seen even while the iframe is still small.
  useEffect(() => {
    const dialog = root.current;
    const inner = content.current;
    if (!dialog || !inner) return;
    const observer = new ResizeObserver(() => {
      const chrome = dialog.offsetHeight - dialog.clientHeight + paddingOf(dialog);
      sendRef.current({
        type: 'size',
        width: dialog.offsetWidth,
        height: Math.ceil(inner.offsetHeight + chrome),
      });
    });
    observer.observe(inner);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    if (focusRequest) root.current?.focus();
  }, [focusRequest]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      sendRef.current({ type: 'close', restoreFocus: true });
      return;
    }
    if (event.key !== 'Tab' || !root.current) return;
    // Tab moves within the popover: wrap round instead of leaving for the page.
    const focusable = [...root.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) return;
    const active = document.activeElement;
    if (event.shiftKey && (active === first || active === root.current)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  };

  // Built only when a look-up needs it: most popovers show one known entry.
  const index = useMemo(
    () => (searchQuery === null ? null : createSearchIndex(entries.values())),
    [entries, searchQuery],
  );
  const results = useMemo(
    () => (index && searchQuery ? index.search(searchQuery, 6) : []),
    [index, searchQuery],
  );
  const showing = entry ? 'entry' : searchQuery !== null ? 'search' : 'nothing';

  return (
    <div
      ref={root}
      class="popover"
      role="dialog"
      aria-label={
        entry
          ? `NewsGloss: ${entry.headword}`
          : searchQuery
            ? `NewsGloss: look up “${searchQuery}”`
            : 'NewsGloss'
      }
      tabIndex={-1}
      onKeyDown={onKeyDown}
      hidden={showing === 'nothing'}
    >
      <div ref={content}>
        {showing !== 'nothing' && (
          <button
            type="button"
            class="popover__close"
            aria-label="Close"
            onClick={() => sendRef.current({ type: 'close', restoreFocus: true })}
          >
            ×
          </button>
        )}
        {entry ? (
          <TermCard
            key={entry.id}
            entry={entry}
            getEntry={(id) => entries.get(id)}
            onOpenRelated={open}
            onBack={depth > 1 || searchQuery !== null ? back : undefined}
          >
            <NoteEditor entryId={entry.id} store={browserNoteStore} />
          </TermCard>
        ) : (
          searchQuery !== null && (
            <SearchResults query={searchQuery} results={results} onOpen={(id) => reset([id])} />
          )
        )}
      </div>
    </div>
  );
}

function paddingOf(element: HTMLElement): number {
  const style = getComputedStyle(element);
  return parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
}
