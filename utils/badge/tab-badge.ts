import { browser } from 'wxt/browser';
import { BADGE_RECHECK_MS, BADGE_RECHECKS } from '@/utils/constants';
import type { TabMessage, TermsOnPage } from '@/utils/messaging/messages';
import { badgeLook } from './badge';

/** The toolbar button's API: `action` in Manifest V3 (Chrome), `browserAction` in V2 (Firefox). */
type ButtonApi = Pick<typeof browser.action, 'setBadgeText' | 'setTitle'>;
function button(): ButtonApi | undefined {
  return browser.action ?? (browser as unknown as { browserAction?: ButtonApi }).browserAction;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const ASK: TabMessage = { type: 'terms-on-page' };

/** Shows `count` (or nothing) on the toolbar button for one tab. */
async function paint(tabId: number, count: number | null): Promise<void> {
  const api = button();
  if (!api) return; // Firefox for Android has no toolbar button
  const { text, title } = badgeLook(count);
  // The tab may have closed meanwhile.
  await Promise.all([api.setBadgeText({ tabId, text }), api.setTitle({ tabId, title })]).catch(
    () => undefined,
  );
}

/**
 * Puts on the tab's toolbar button how many distinct terms its page explains, asking the page's
 * content script (the popup's own question, terms-on-page): the content script sends nothing by itself,
 * so it stays small. While the first scan runs, it asks again. Nothing where the badge is off, where
 * glossing is off for the site, or where no content script answers (a browser page, a PDF).
 */
export async function showTermCount(tabId: number, badgeOn: boolean): Promise<void> {
  if (!badgeOn) return paint(tabId, null);
  for (let asked = 0; asked <= BADGE_RECHECKS; asked++) {
    const answer = (await browser.tabs.sendMessage(tabId, ASK).catch(() => undefined)) as
      TermsOnPage | undefined;
    if (answer?.status !== 'ok') return paint(tabId, null);
    await paint(tabId, answer.terms.length);
    if (!answer.cost.scanning) return;
    await sleep(BADGE_RECHECK_MS);
  }
}
