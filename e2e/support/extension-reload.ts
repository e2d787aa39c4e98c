import { expect } from 'vitest';
import type { ExtensionSession } from './browsers';
import { chromeExtensionDir } from './paths';
import { sleep, waitUntil } from './wait';

/** The extension's API in a frame: chrome in Chromium, browser in Firefox. */
type ExtensionGlobal = { browser?: typeof chrome; chrome?: typeof chrome };

/**
 * Reloads the extension, as the browser does on an update, and waits until its pages open and work
 * again. Firefox: from one of its own pages (runtime.reload); the temporary add-on is reloaded from its
 * directory, keeping its UUID (fixed by a pref in launchWithExtension) and its storage.
 *
 * Chromium: by installing the unpacked build again from the same directory (CDP Extensions.loadUnpacked,
 * what chrome://extensions does for an update), which keeps its id and storage. runtime.reload() is no
 * use there: the extension puppeteer installed never comes back for the test (every later navigation to
 * its pages fails with net::ERR_BLOCKED_BY_CLIENT, and the service worker target puppeteer holds is stale).
 */
export async function reloadExtension(session: ExtensionSession, blankUrl: string): Promise<void> {
  const { page, frame } = await session.openExtensionPage('/popover.html', blankUrl);
  // storage.session lives only as long as the extension runs: finding it empty afterwards proves a reload.
  await frame.evaluate(async () => {
    const api = (globalThis as ExtensionGlobal).browser ?? chrome;
    await api.storage.session.set({ alive: 'before reload' });
  });
  if (session.name === 'chromium') {
    await page.close();
    await session.browser.installExtension(chromeExtensionDir);
    return waitForFreshExtension(session, blankUrl);
  }
  // The page goes away with the extension, so the call may never answer.
  void frame
    .evaluate(() => {
      const api = (globalThis as ExtensionGlobal).browser ?? chrome;
      api.runtime.reload();
    })
    .catch(() => undefined);
  // The old document goes with the old extension (Firefox keeps the tab but drops its browsing context).
  const gone = async () => {
    if (page.isClosed() || frame.detached) return true;
    return frame.evaluate(() => false).catch(() => true);
  };
  await waitUntil(gone, 'the old extension page to go', 30_000);
  await page.close().catch(() => undefined);
  await waitForFreshExtension(session, blankUrl);
}

/** Waits until an extension page opens again, and checks it belongs to a new run (storage.session empty). */
async function waitForFreshExtension(session: ExtensionSession, blankUrl: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      const probe = await session.openExtensionPage('/popover.html', blankUrl);
      const session_ = await probe.frame.evaluate(async () => {
        const api = (globalThis as ExtensionGlobal).browser ?? chrome;
        return api.storage.session.get('alive');
      });
      await probe.page.close();
      expect(session_, 'storage.session is emptied by a reload').toEqual({});
      return;
    } catch (error) {
      if (attempt >= 20) throw error;
      await sleep(500);
    }
  }
}
