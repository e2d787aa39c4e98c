import type { Why } from '../resolver/why';
/**
 * Every message between the extension's parts, typed in one place.
 *
 * Popup/background → content script (browser.tabs.sendMessage):
 *   terms-on-page     → TermsOnPage
 *   reveal-term       scroll to an entry's first occurrence and open its popover → boolean
 *   step-term         the next/previous-term commands → boolean
 *   toggle-site       the toggle-this-site command → boolean (glossing on afterwards)
 *   lookup-selection  the context menu's "Look up": the entry, or search results, beside the selection
 *   selection         the popup asks what text the reader has selected → string (empty: none)
 *
 * Content script → background (browser.runtime.sendMessage):
 *   toggle-site       switch glossing on or off for a host → boolean (glossing on afterwards)
 *
 * Content script ↔ popover page (a private MessagePort handed to the popover iframe; the page's own
 * scripts never see it): PopoverCommand one way, PopoverEvent the other.
 */

export type TabMessage =
  | { type: 'terms-on-page' }
  | { type: 'reveal-term'; entryId: string }
  | { type: 'step-term'; direction: 1 | -1 }
  | { type: 'toggle-site' }
  | { type: 'lookup-selection'; text: string }
  | { type: 'selection' };

export type RuntimeMessage = { type: 'toggle-site'; host: string };

export function isRuntimeMessage(value: unknown): value is RuntimeMessage {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Record<string, unknown>;
  return m.type === 'toggle-site' && typeof m.host === 'string';
}

export interface TermOnPage {
  entryId: string;
  count: number;
}

/** What glossing this page has cost so far, in main-thread time (the benchmark reads it). */
export interface GlossCost {
  /**
   * The start-up task: decoding the compiled glossary, compiling the reader's own terms into the matcher
   * and queuing the first scan slice (the scan itself is counted in slices).
   */
  startupMs: number;
  /** From the content script's start (before it fetched the glossary) to its first marks painted. */
  firstMarkMs: number | null;
  slices: number;
  /** Scan slices that ended with work left: the scan yielded the main thread and went on later. */
  yields: number;
  /** Whether a scan is under way as this is answered (answered between two of its slices). */
  scanning: boolean;
  /** Slices the scan under way has run: an answer while scanning, after one, came between two slices. */
  slicesOfCurrentScan: number;
  totalMs: number;
  /** The longest single task: start-up, a scan slice, handling mutations or drawing marks. */
  longestTaskMs: number;
}

/** What a tab's content script says of its page; `host` lets the popup offer the per-site switch. */
export type TermsOnPage =
  { status: 'ok'; host: string; terms: TermOnPage[]; cost: GlossCost } | { status: 'disabled'; host: string };

export type PopoverCommand =
  | { type: 'show'; entryId: string; focus: boolean; why?: Why; others?: readonly string[] }
  | { type: 'search'; query: string; focus: boolean }
  | { type: 'hide' };

export type PopoverEvent =
  | { type: 'ready' }
  | { type: 'size'; width: number; height: number }
  | { type: 'close'; restoreFocus: boolean }
  /** The reader picked another sense of the mention shown. */
  | { type: 'choose'; entryId: string };

export function isTabMessage(value: unknown): value is TabMessage {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Record<string, unknown>;
  switch (m.type) {
    case 'terms-on-page':
    case 'selection':
      return true;
    case 'toggle-site':
      // Not a content script's request to the background (RuntimeMessage), which extension pages hear
      // too: the welcome page glosses with a session of its own.
      return !('host' in m);
    case 'reveal-term':
      return typeof m.entryId === 'string';
    case 'step-term':
      return m.direction === 1 || m.direction === -1;
    case 'lookup-selection':
      return typeof m.text === 'string';
    default:
      return false;
  }
}
