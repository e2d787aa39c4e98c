/**
 * Every message between the extension's parts, typed in one place.
 *
 * Popup/background → content script (browser.tabs.sendMessage):
 *   terms-on-page  → TermsOnPage
 *   reveal-term    scroll to an entry's first occurrence and open its popover
 *   step-term      the next/previous-term commands
 *
 * Content script ↔ popover page (a private MessagePort handed to the popover iframe; the page's own
 * scripts never see it): PopoverCommand one way, PopoverEvent the other.
 */

export type TabMessage =
  | { type: 'terms-on-page' }
  | { type: 'reveal-term'; entryId: string }
  | { type: 'step-term'; direction: 1 | -1 };

export interface TermOnPage {
  entryId: string;
  count: number;
}

export type TermsOnPage = { status: 'ok'; terms: TermOnPage[] } | { status: 'disabled' };

export type PopoverCommand = { type: 'show'; entryId: string; focus: boolean } | { type: 'hide' };

export type PopoverEvent =
  | { type: 'ready' }
  | { type: 'size'; width: number; height: number }
  | { type: 'close'; restoreFocus: boolean };

export function isTabMessage(value: unknown): value is TabMessage {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Record<string, unknown>;
  switch (m.type) {
    case 'terms-on-page':
      return true;
    case 'reveal-term':
      return typeof m.entryId === 'string';
    case 'step-term':
      return m.direction === 1 || m.direction === -1;
    default:
      return false;
  }
}
