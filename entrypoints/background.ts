import { browser } from 'wxt/browser';
import { messageForCommand } from '@/utils/messaging/commands';
import { isRuntimeMessage, type TabMessage } from '@/utils/messaging/messages';
import { isGlossingOn, toggleSite } from '@/utils/settings/site-switch';
import { addTermUrl } from '@/utils/own-terms/add-term-link';
import { showTermCount } from '@/utils/badge/tab-badge';
import { SITE_SWITCH_SETTLE_MS } from '@/utils/constants';
import { getSettings, updateSettings, watchSettings } from '@/utils/settings/store';
import { noteUpdate } from '@/utils/whats-new/store';
import { keepReaderGlossaryCompiled } from '@/utils/reader-glossary/store';
import { keepSynced } from '@/utils/sync/keep-synced';
import { t } from '@/utils/i18n/t';

const MENU_LOOK_UP = 'newsgloss-look-up';
const MENU_ADD_TERM = 'newsgloss-add-term';

export default defineBackground(() => {
  // Registered first and everywhere: the content script's per-site switch must work even where the
  // optional APIs below are missing.
  browser.runtime.onMessage.addListener((message: unknown) =>
    isRuntimeMessage(message) ? toggleSiteFor(message.host) : undefined,
  );
  // Firefox for Android has neither menus nor commands
  // (https://developer.mozilla.org/en-US/docs/Mozilla/Add-ons/WebExtensions/API/menus#browser_compatibility,
  // .../API/commands#browser_compatibility): there the popup offers what they do.
  if (browser.contextMenus) addSelectionMenus();
  // Pages read the reader's own terms compiled, as they read the bundled glossary.
  const readerGlossary = keepReaderGlossaryCompiled();
  // Opt-in: does nothing until the reader switches sync on in the options.
  const sync = keepSynced();
  // Work that catches up with what changed unseen runs when the browser starts and when NewsGloss is
  // installed or updated, not at every wake: Chromium restarts this service worker for any message or
  // event after 30 s idle, and a refresh reads and fingerprints every imported pack.
  const catchUp = () => {
    readerGlossary.refresh();
    sync.syncIfOn();
  };
  browser.runtime.onStartup.addListener(catchUp);
  browser.runtime.onInstalled.addListener(({ reason, previousVersion }) => {
    catchUp();
    // A new reader gets the welcome page; one who updated gets a line in the popup, once (whats-new).
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
    if (reason === 'update') void noteUpdate(previousVersion, browser.runtime.getManifest().version);
  });
  followTermCounts();
  if (browser.commands) {
    browser.commands.onCommand.addListener((command, tab) => {
      const message = messageForCommand(command);
      if (message) void sendToTab(tab?.id, message);
    });
  }
});

/**
 * The toolbar badge: the number of terms explained on a page, counted when the page has loaded, when
 * its tab is shown, and when the settings change (a site switched off, the badge switched off).
 */
function followTermCounts(): void {
  const count = async (tabId: number) => showTermCount(tabId, (await getSettings()).badge);
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'complete') void count(tabId);
  });
  browser.tabs.onActivated.addListener(({ tabId }) => void count(tabId));
  watchSettings(() => {
    // After the content script has applied the change too (it hears the same storage event).
    setTimeout(() => {
      void browser.tabs.query({ active: true }).then((tabs) => {
        for (const tab of tabs) if (tab.id !== undefined) void count(tab.id);
      });
    }, SITE_SWITCH_SETTLE_MS);
  });
}

/** "Look up" and "Add to my glossary" on a selection. */
function addSelectionMenus(): void {
  // Menus are created afresh at every start: Firefox keeps none across restarts, and in Chromium a
  // restarted service worker must not add duplicates (removeAll first).
  void browser.contextMenus.removeAll().then(() => {
    // The browser writes the selected text where a menu title has %s.
    const selection = '%s';
    browser.contextMenus.create({
      id: MENU_LOOK_UP,
      title: t('menu_lookUp', { selection }),
      contexts: ['selection'],
    });
    browser.contextMenus.create({
      id: MENU_ADD_TERM,
      title: t('menu_addTerm', { selection }),
      contexts: ['selection'],
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    const text = (info.selectionText ?? '').trim();
    if (!text) return;
    if (info.menuItemId === MENU_LOOK_UP) void sendToTab(tab?.id, { type: 'lookup-selection', text });
    if (info.menuItemId === MENU_ADD_TERM) {
      void browser.tabs.create({ url: addTermUrl(text) });
    }
  });
}

/** The content script's toggle-site command, written here: one writer, whichever tab asked. */
async function toggleSiteFor(host: string): Promise<boolean> {
  const next = await updateSettings(toggleSite(await getSettings(), host));
  return isGlossingOn(next, host);
}

async function sendToTab(tabId: number | undefined, message: TabMessage): Promise<void> {
  const id = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (id === undefined) return;
  // A tab without the content script (a browser page, a PDF) has no one to answer: nothing to do, but
  // for the welcome page, which glosses its sample itself and hears runtime messages instead.
  await browser.tabs
    .sendMessage(id, message)
    .catch(() => browser.runtime.sendMessage(message))
    .catch(() => undefined);
}
