import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, type BrowserName } from './support/browsers';
import { bundledEntry } from './support/bundled-entries';
import { useExtensionSuite } from './support/extension-suite';
import { markedTexts, pointOnMark, popoverFrame, popoverShown, popoverText } from './support/page-marks';
import { artifactsDir } from './support/paths';
import { innerTexts } from './support/text-in-page';
import { waitUntil } from './support/wait';
import { waitForWelcomePage } from './support/welcome-tab';
import background from '@/utils/i18n/en/background';
import { WHATS_NEW } from '@/utils/whats-new/whats-new';

/**
 * The popover's text over one of the extension's own pages. Firefox's BiDi does not list a frame inside
 * an extension page among the page's frames; there the popover page, same-origin with its parent, is
 * reached as one of the extension's views (which in Chromium leave out frames).
 */
async function popoverTextInExtensionPage(page: Page, browserName: BrowserName): Promise<string> {
  if (browserName === 'chromium') return popoverText(await popoverFrame(page));
  return page.evaluate(() => {
    const ext = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
    const popover = ext.extension
      .getViews()
      .map((view) => view.document.querySelector<HTMLElement>('.popover'))
      .find((p) => p && !p.hidden);
    return popover?.innerText ?? '';
  });
}

describe.each(BROWSERS)('the welcome page in %s', (browserName) => {
  const suite = useExtensionSuite(browserName, { keepWelcome: true });
  let welcome: Page;

  beforeAll(async () => {
    // Opened by the extension itself on install: no test navigates to it.
    welcome = await waitForWelcomePage(suite.session.browser);
    await welcome.setViewport({ width: 1280, height: 800 });
  });

  it('glosses its sample with the real engine: the marks and the popover of a news page', async () => {
    await waitUntil(async () => (await markedTexts(welcome)).includes('TTP'), 'the sample marked', 30_000);
    expect(await markedTexts(welcome)).toEqual(expect.arrayContaining(['TTP', 'BLA', 'Qatar']));
    const point = await pointOnMark(welcome, 'TTP');
    await welcome.mouse.move(point.x, point.y);
    await waitUntil(() => popoverShown(welcome), 'the popover over the welcome page');
    await waitUntil(
      async () =>
        (await popoverTextInExtensionPage(welcome, browserName)).includes(bundledEntry('ttp').summary),
      'the TTP summary',
    );
    mkdirSync(artifactsDir, { recursive: true });
    await welcome.screenshot({ path: path.join(artifactsDir, `welcome-${browserName}.png`), fullPage: true });
    await welcome.mouse.move(2, 2);
    await welcome.keyboard.press('Escape');
  });

  it('lists the shortcuts as the browser binds them, and says what the glossaries cover and when', async () => {
    const rows = await innerTexts(welcome.mainFrame(), '.welcome__keys tr');
    expect(rows).toHaveLength(4);
    for (const row of rows) expect(row, 'each command bound to keys').toMatch(/Alt\+Shift\+/);
    expect(rows.join('\n')).toMatch(/Open NewsGloss/);
    const packs = await innerTexts(welcome.mainFrame(), '.welcome__packs li');
    expect(packs).toHaveLength(2);
    for (const pack of packs) expect(pack).toMatch(/\d[\d,.]* entries, reviewed up to .*20\d\d\)$/);
  });

  it('steps to a term when the background relays the shortcut to it', async () => {
    const { api } = suite;
    // What the background does for a tab whose content script does not answer (the welcome page's).
    const frame = await api.frameForApi();
    await welcome.bringToFront();
    await frame.evaluate(async () => {
      const ext = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
      await ext.runtime.sendMessage({ type: 'step-term', direction: 1 });
    });
    await waitUntil(() => popoverShown(welcome), 'the popover of the first term');
  });

  it("shows an updated reader what's new in the popup once, until dismissed", async () => {
    const { api, session, server } = suite;
    // What the background keeps on an update to a release with news (unit-tested in background.test.ts).
    const [version, key] = Object.entries(WHATS_NEW)[0]!;
    const line = background[key];
    await api.storageSet({ whatsNew: version });
    const first = await session.openExtensionPage('/popup.html', `${server.origin}/blank.html`);
    await first.frame.waitForSelector('.popup__news');
    expect(await innerTexts(first.frame, '.popup__news span')).toEqual([line]);
    await first.frame.click('.popup__news-dismiss');
    await waitUntil(async () => !('whatsNew' in (await api.storageGet(['whatsNew']))), 'the news dismissed');
    // Gone for good: the popup reads nothing once it is dismissed (store unit tests).
    await first.page.close();
  });
});
