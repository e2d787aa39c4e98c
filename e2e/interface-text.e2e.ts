import type { Frame } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { EN_FRAGMENTS } from '@/utils/i18n/en';
import { BROWSERS } from './support/browsers';
import { useExtensionSuite } from './support/extension-suite';
import { innerTexts } from './support/text-in-page';
import { waitForWelcomePage } from './support/welcome-tab';

const MESSAGE_NAMES = new Set(EN_FRAGMENTS.flatMap((fragment) => Object.keys(fragment)));

/** Everything a page shows or says: its title, its text, and the attributes people read or hear. */
function shownText(frame: Frame): Promise<string[]> {
  return frame.evaluate(() => {
    const spoken = ['title', 'aria-label', 'placeholder', 'alt', 'aria-description'];
    const attributes = [...document.querySelectorAll('*')].flatMap((el) =>
      spoken.map((name) => el.getAttribute(name)).filter((value): value is string => !!value),
    );
    return [document.title, document.body.innerText, ...attributes];
  });
}

/** Words of the shown text that are catalog message names or unresolved manifest messages. */
function leaks(texts: readonly string[]): string[] {
  const words = texts.flatMap((text) => text.split(/[^\w@]+/));
  return words.filter((word) => MESSAGE_NAMES.has(word) || word.startsWith('__MSG_'));
}

describe.each(BROWSERS)('the interface text in %s', (browserName) => {
  const suite = useExtensionSuite(browserName, { keepWelcome: true });

  let welcome: Frame;
  beforeAll(async () => {
    welcome = (await waitForWelcomePage(suite.session.browser)).mainFrame();
    await welcome.waitForSelector('.welcome__packs');
  });

  it('resolves the manifest messages: command descriptions and the toolbar title', async () => {
    const rows = await innerTexts(welcome, '.welcome__keys tr');
    expect(rows.join('\n')).toContain('Switch glossing on or off for this site');
    expect(rows.join('\n')).toContain('Go to the previous glossed term and open it');
    const frame = await suite.api.frameForApi();
    const title = await frame.evaluate(() => {
      const ext = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
      return (
        ext.action ?? (ext as unknown as { browserAction: typeof chrome.action }).browserAction
      ).getTitle({});
    });
    expect(title).toBe('NewsGloss');
  });

  it('would catch a message name shown as text (the check above can fail)', () => {
    const planted = [...MESSAGE_NAMES][0]!;
    expect(leaks([`Save ${planted}.`, 'Name: __MSG_extName__'])).toEqual([planted, '__MSG_extName__']);
  });

  it.each([
    ['/welcome.html', 'Welcome to NewsGloss', '.welcome__packs', 'NewsGloss is ready'],
    ['/popup.html', 'NewsGloss', '.popup__search', 'Search the glossary and your notes'],
    ['/options.html', 'NewsGloss settings', '#glossary-heading', 'What is glossed'],
  ])('shows %s with its title and no message name in place of text', async (path, title, ready, shown) => {
    const frame =
      path === '/welcome.html'
        ? welcome
        : (await suite.session.openExtensionPage(path, `${suite.server.origin}/blank.html`)).frame;
    await frame.waitForSelector(ready);
    const texts = await shownText(frame);
    expect(texts[0]).toBe(title);
    expect(texts.join(' ')).toContain(shown);
    expect(leaks(texts)).toEqual([]);
  });
});
