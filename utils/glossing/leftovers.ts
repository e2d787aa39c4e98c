import { ACTIVE_HIGHLIGHT, MARK_HIGHLIGHT } from './mark-styles';
import { POPOVER_HOST_TAG } from './skip-rules';

/**
 * Removes what an earlier NewsGloss content script left in the page. Firefox injects the content script
 * again into open tabs when the extension is reloaded or updated, and the old script's sandbox is torn
 * down without running its teardown: its listeners, timers and observer die with it, but its marks, its
 * stylesheet and its popover host stay (seen in e2e/extension-update.e2e.ts: two hosts, two sheets).
 * Chromium leaves the old script running, and it cleans up after itself (see EXTENSION_ALIVE_CHECK_MS).
 * Called before a session adds anything of its own.
 */
export function removeLeftovers(): void {
  for (const host of document.querySelectorAll(POPOVER_HOST_TAG)) host.remove();
  CSS.highlights.delete(MARK_HIGHLIGHT);
  CSS.highlights.delete(ACTIVE_HIGHLIGHT);
  const marker = `::highlight(${MARK_HIGHLIGHT})`;
  const isOurs = (sheet: CSSStyleSheet) => {
    try {
      return [...sheet.cssRules].some((rule) => rule.cssText.includes(marker));
    } catch {
      return false; // a cross-origin sheet of the page's: never ours
    }
  };
  // Optional: a document without adoptedStyleSheets (jsdom in the unit tests) has only <style> ones.
  const adopted = document.adoptedStyleSheets ?? [];
  if (adopted.some(isOurs)) document.adoptedStyleSheets = adopted.filter((sheet) => !isOurs(sheet));
  for (const style of document.querySelectorAll('style'))
    if (style.textContent?.includes(marker)) style.remove();
}
