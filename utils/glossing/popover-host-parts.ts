import { browser } from 'wxt/browser';
import { POPOVER_WIDTH_PX } from '@/utils/constants';

/** The popover host's fixed parts: its inline layout, the frame's origin, where it can be attached. */

// The host carries its own layout, !important inline so page stylesheets cannot move or hide it.
// `all: initial` first puts every property at its initial value (no margin, padding, border or
// background, overflow visible, inset and height auto), beating the page's rules and the user agent's
// [popover] style alike; only what differs from that follows.
export const HOST_STYLE: Record<string, string> = {
  all: 'initial',
  position: 'fixed',
  top: '0px',
  left: '0px',
  'z-index': '2147483647',
  width: `${POPOVER_WIDTH_PX}px`,
  'max-width': '100vw',
  // Its own compositing layer: showing a drawn popover (opacity 0 to 1) then repaints nothing of the page.
  'will-change': 'opacity',
  display: 'none',
};

/**
 * The origin the popover document really has. new URL(src).origin is "null" for extension schemes
 * (not "special" in the URL standard: https://url.spec.whatwg.org/#special-scheme), and on Chrome a
 * use_dynamic_url address loads under the extension's static id, so the dynamic host of src is not the
 * frame's origin.
 */
export function extensionOrigin(src: string): string {
  const url = new URL(src);
  return url.protocol === 'chrome-extension:'
    ? `chrome-extension://${browser.runtime.id}`
    : `${url.protocol}//${url.host}`;
}

/**
 * Where the host can take input: in the topmost modal dialog while the page shows one (everything
 * outside a modal is inert), else on <html>.
 */
export function usableParent(): Element {
  const modals = document.querySelectorAll('dialog:modal');
  return modals.length ? modals[modals.length - 1]! : document.documentElement;
}
