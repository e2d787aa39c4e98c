import { browser } from 'wxt/browser';
import type { TabMessage, TermsOnPage } from '@/utils/messaging/messages';

/**
 * The tab the popup is about: the active tab of its window. When the popup page is open in a tab of
 * its own (Firefox can do this, and so do the tests), it is the tab used most recently before it.
 * No "tabs" permission is needed: only ids and activity are read, never URLs.
 */
export async function targetTabId(): Promise<number | undefined> {
  const own = await browser.tabs.getCurrent();
  if (!own) return (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  // Any window: a page opened with window.open may land in a window of its own.
  const ownPages = browser.runtime.getURL('/');
  return (await browser.tabs.query({}))
    .filter((t) => t.id !== own.id && !t.url?.startsWith(ownPages))
    .sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0]?.id;
}

export type PageTerms = TermsOnPage | { status: 'unavailable' };

/** Asks the tab's content script what it found; a tab without one (browser page, PDF) is "unavailable". */
export async function askPageTerms(tabId: number | undefined): Promise<PageTerms> {
  if (tabId === undefined) return { status: 'unavailable' };
  try {
    const answer = (await browser.tabs.sendMessage(tabId, { type: 'terms-on-page' } satisfies TabMessage)) as
      TermsOnPage | undefined;
    return answer ?? { status: 'unavailable' };
  } catch {
    return { status: 'unavailable' };
  }
}

export async function revealOnPage(tabId: number | undefined, entryId: string): Promise<boolean> {
  if (tabId === undefined) return false;
  try {
    return Boolean(
      await browser.tabs.sendMessage(tabId, { type: 'reveal-term', entryId } satisfies TabMessage),
    );
  } catch {
    return false;
  }
}

/** The text selected in the tab ('' when none, or when the tab has no content script). */
export async function askSelection(tabId: number | undefined): Promise<string> {
  if (tabId === undefined) return '';
  try {
    const answer: unknown = await browser.tabs.sendMessage(tabId, { type: 'selection' } satisfies TabMessage);
    return typeof answer === 'string' ? answer : '';
  } catch {
    return '';
  }
}
