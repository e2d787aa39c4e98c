import { browser } from 'wxt/browser';
import { TERM_MAX_CHARS } from '../constants';

/**
 * "Add … to my glossary" hands its text to the options page's own-term form in the address:
 * options.html#add=<text>. Used by the context menu (desktop) and the popup (everywhere, Firefox for
 * Android included, which has no context menus).
 */
export function addTermUrl(text: string): string {
  return `${browser.runtime.getURL('/options.html')}#add=${encodeURIComponent(text.trim())}`;
}

/** The text handed over in an options page address (its hash), or null when none or unreadable. */
export function addTermText(hash: string): string | null {
  const match = /^#add=(.*)$/.exec(hash);
  if (!match) return null;
  try {
    return decodeURIComponent(match[1]!).trim().slice(0, TERM_MAX_CHARS) || null;
  } catch {
    return null;
  }
}
