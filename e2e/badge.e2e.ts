import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TermsOnPage } from '@/utils/messaging/messages';
import { BROWSERS } from './support/browsers';
import { useExtensionSuite } from './support/extension-suite';
import { waitForMarksToSettle } from './support/page-marks';
import { ARTICLE_PAGE } from './support/server';
import { waitUntil } from './support/wait';

describe.each(BROWSERS)('the toolbar badge in %s', (browserName) => {
  const suite = useExtensionSuite(browserName);
  let article: Page;

  /** The badge text and accessible name of the toolbar button over the article's tab. */
  const button = async () => {
    const frame = await suite.api.frameForApi();
    await article.bringToFront();
    return frame.evaluate(async () => {
      const ext = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
      const action = ext.action ?? (ext as unknown as { browserAction: typeof chrome.action }).browserAction;
      const [tab] = await ext.tabs.query({ active: true, currentWindow: true });
      const details = { tabId: tab!.id! };
      return { text: await action.getBadgeText(details), title: await action.getTitle(details) };
    });
  };
  const settle = (what: string, wanted: { text: string; title: string }) =>
    waitUntil(async () => JSON.stringify(await button()) === JSON.stringify(wanted), what);

  beforeAll(async () => {
    article = await suite.session.openPage(`${suite.server.origin}${ARTICLE_PAGE}`);
    await waitForMarksToSettle(article);
  });

  it('counts the distinct terms the page explains, and says so in words', async () => {
    const answer = await suite.api.sendToPage<TermsOnPage>(article, { type: 'terms-on-page' });
    const count = answer.status === 'ok' ? answer.terms.length : 0;
    expect(count).toBeGreaterThan(10);
    await settle('the count on the badge', {
      text: String(count),
      title: `NewsGloss: ${count} terms explained on this page`,
    });
  });

  it('clears when the site is switched off, and counts again when it is back on', async () => {
    const before = await button();
    await suite.api.sendToPage(article, { type: 'toggle-site' });
    await settle('the badge cleared', { text: '', title: 'NewsGloss' });
    await suite.api.sendToPage(article, { type: 'toggle-site' });
    await settle('the count back', before);
  });

  it('goes when the reader switches it off in the options', async () => {
    const { settings } = (await suite.api.storageGet(['settings'])) as { settings?: Record<string, unknown> };
    await suite.api.storageSet({ settings: { ...settings, badge: false } });
    await settle('the badge off', { text: '', title: 'NewsGloss' });
    await suite.api.storageSet({ settings: { ...settings, badge: true } });
  });
});
