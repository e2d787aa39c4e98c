import { useEffect, useRef, type MutableRef } from 'preact/hooks';
import type { PopoverCommand, PopoverEvent } from '@/utils/messaging/messages';
import type { Reading } from './ReadingNote';

type Connect = (onCommand: (command: PopoverCommand) => void) => (event: PopoverEvent) => void;

/** What the content script's commands change in the popover (all stable across renders). */
export interface CommandTargets {
  reset(entryIds?: readonly string[]): void;
  setReading(reading: Reading): void;
  setSearchQuery(query: string | null): void;
  setFocusRequest(next: (n: number) => number): void;
}

/**
 * Connects to the content script once and carries out its commands; returns the way to send events
 * back. A shown entry (and the other senses offered) is read first, then shown all at once; a command
 * that comes while an entry is being read supersedes it.
 */
export function useCommands(
  connect: Connect,
  load: (ids: readonly string[]) => Promise<void>,
  targets: CommandTargets,
): MutableRef<(event: PopoverEvent) => void> {
  const sendRef = useRef<(event: PopoverEvent) => void>(() => undefined);
  // The connection is made once; the way to read entries changes under it (with the own terms).
  const loadRef = useRef(load);
  useEffect(() => {
    loadRef.current = load;
  }, [load]);
  const { reset, setReading, setSearchQuery, setFocusRequest } = targets;

  useEffect(() => {
    let latest = 0;
    sendRef.current = connect((command) => {
      const current = ++latest;
      if (command.type === 'hide') {
        reset();
        setSearchQuery(null);
        return;
      }
      const show = command.type === 'show' ? command : null;
      // The entry, the other senses offered and the entry its reading names ("Read from this article's
      // mention of …"): read together, so the popover names each at once.
      const named = show?.why?.kind === 'entry' ? [show.why.entryId] : [];
      void loadRef.current(show ? [show.entryId, ...(show.others ?? []), ...named] : []).then(() => {
        if (current !== latest) return;
        reset(show ? [show.entryId] : []);
        setReading(show ? { why: show.why, others: show.others } : {});
        setSearchQuery(command.type === 'search' ? command.query : null);
        if (command.focus) setFocusRequest((n) => n + 1);
      });
    });
  }, [connect, reset, setReading, setSearchQuery, setFocusRequest]);
  return sendRef;
}
