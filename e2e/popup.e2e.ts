import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POPOVER_HOST_TAG } from '@/utils/glossing/skip-rules';
import { stepOnlyIn } from './support/browser-steps';
import { BROWSERS, launchWithExtension, type ExtensionSession } from './support/browsers';
import { bundledEntry } from './support/bundled-entries';
import { ExtensionApi } from './support/extension-api';
import { pointOnMark, popoverFrame, popoverShown, waitForMarksToSettle } from './support/page-marks';
import { artifactsDir } from './support/paths';
import { captureDownloads } from './support/captured-downloads';
import { ARTICLE_PAGE, startTestServer, type TestServer } from './support/server';
import { innerTexts } from './support/text-in-page';
import { bringToFront, sleep, waitUntil } from './support/wait';

describe.each(BROWSERS)('the toolbar popup in %s', (browserName) => {
  let server: TestServer;
  let session: ExtensionSession;
  let api: ExtensionApi;
  let article: Page;
  let popup: { page: Page; frame: Frame };

  /**
   * Opens the popup page in a tab of its own, about `over`: the popup page takes the tab used last
   * before it, so `over` is brought to the front and then the popup (which looks again on showing).
   */
  const openPopup = async (over: Page) => {
    const opened = await session.openExtensionPage('/popup.html', `${server.origin}/blank.html`);
    await opened.page.setViewport({ width: 380, height: 560 });
    await over.bringToFront();
    await sleep(100);
    await opened.page.bringToFront();
    await opened.frame.waitForSelector('.popup__search');
    return opened;
  };
  /**
   * Screenshots in light and dark. Firefox's WebDriver BiDi cannot emulate prefers-color-scheme
   * (puppeteer needs CDP for it), so there only the system's scheme (light) is taken.
   */
  const shoot = async (name: string) => {
    mkdirSync(artifactsDir, { recursive: true });
    await popup.page.bringToFront();
    const screenshot = (scheme: string) =>
      popup.page.screenshot({ path: path.join(artifactsDir, `popup-${name}-${scheme}-${browserName}.png`) });
    await screenshot('light');
    await stepOnlyIn(
      browserName,
      'chromium',
      `dark screenshot of ${name}`,
      "Firefox's BiDi cannot emulate prefers-color-scheme",
      async () => {
        await popup.page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
        await screenshot('dark');
        await popup.page.emulateMediaFeatures([]);
      },
    );
  };

  beforeAll(async () => {
    server = await startTestServer();
    session = await launchWithExtension(browserName);
    api = new ExtensionApi(session, `${server.origin}/blank.html`);
    article = await session.openPage(`${server.origin}${ARTICLE_PAGE}`);
    await waitForMarksToSettle(article);
    popup = await openPopup(article);
  });

  afterAll(async () => {
    await api?.close();
    await session?.close();
    await server?.close();
  });

  it('lists the terms of the page it was opened over, in page order with counts', async () => {
    const frame = popup.frame;
    await frame.waitForSelector('.option-list [role="option"]');
    const rows = await innerTexts(frame, '.option-list .row__headword');
    expect(rows[0]).toBe(bundledEntry('pakistan').headword);
    expect(rows).toContain(bundledEntry('ttp').headword);
    expect(rows).toContain(bundledEntry('khawaja-asif').headword);
    expect(await innerTexts(frame, '.row__count')).toContain('×14');
    const smallestFont = await frame.evaluate(() =>
      Math.min(
        ...[...document.querySelectorAll('body *')].map((e) => parseFloat(getComputedStyle(e).fontSize)),
      ),
    );
    expect(smallestFont, 'no text smaller than 12 px').toBeGreaterThanOrEqual(12);
    const unlabelled = await frame.evaluate(
      () =>
        [...document.querySelectorAll('button, input, textarea, [role="option"]')].filter(
          (e) => !(e.getAttribute('aria-label') || (e as HTMLElement).innerText.trim() || e.closest('label')),
        ).length,
    );
    expect(unlabelled, 'every control has a name').toBe(0);
    await shoot('on-this-page');
  });

  it('has the search box focused, finds entries despite typos, and Escape clears the query', async () => {
    const frame = popup.frame;
    expect(await frame.evaluate(() => document.activeElement?.className)).toBe('popup__search');
    await frame.type('.popup__search', 'tehrik talibn');
    await waitUntil(
      async () => (await innerTexts(frame, '.row__headword'))[0] === bundledEntry('ttp').headword,
      'TTP first',
    );
    await popup.page.keyboard.press('Escape');
    expect(await frame.$eval('.popup__search', (i) => (i as HTMLInputElement).value)).toBe('');
    await frame.type('.popup__search', 'chamen');
    await waitUntil(
      async () => (await innerTexts(frame, '.row__headword'))[0] === bundledEntry('chaman').headword,
      'Chaman first',
    );
    await shoot('search');
    await popup.page.keyboard.press('Escape');
  });

  it('opens an entry from the keyboard and keeps a note that the page popover shows at once', async () => {
    const frame = popup.frame;
    await frame.type('.popup__search', 'zarb e azb');
    await waitUntil(
      async () => (await innerTexts(frame, '.row__headword'))[0] === bundledEntry('zarb-e-azb').headword,
      'Zarb-e-Azb first',
    );
    await popup.page.keyboard.press('Enter');
    await frame.waitForSelector('.term-card__headword');
    expect(await innerTexts(frame, '.term-card__headword')).toEqual([bundledEntry('zarb-e-azb').headword]);
    await frame.type('.note-editor__field', 'Launched June 2014, not 2015 as the article says.');
    await waitUntil(async () => (await innerTexts(frame, '.note-editor__status'))[0] === 'Saved', 'saved');
    const stored = await api.storageGet(['note:zarb-e-azb']);
    expect(stored['note:zarb-e-azb']).toMatchObject({
      text: 'Launched June 2014, not 2015 as the article says.',
    });
    await shoot('entry-with-note');

    // The same note in the page popover… (the article in front: background tabs do not paint)
    await article.bringToFront();
    const point = await pointOnMark(article, 'Operation Zarb-i-Azb');
    await article.mouse.click(point.x, point.y);
    await waitUntil(() => popoverShown(article), 'the popover');
    const popover = await popoverFrame(article);
    await waitUntil(
      () =>
        popover.$eval(
          'textarea',
          (t) => (t as HTMLTextAreaElement).value === 'Launched June 2014, not 2015 as the article says.',
        ),
      'the note in the popover',
    );
    // …and an edit there shows up in the open popup without reloading it.
    await popover.type('textarea', ' Checked.');
    await waitUntil(
      () => frame.$eval('.note-editor__field', (t) => (t as HTMLTextAreaElement).value.endsWith('Checked.')),
      'the edit in the popup',
    );
    await article.keyboard.press('Escape');
  });

  it('lists notes newest first and exports them as JSON and CSV, then imports the JSON back', async () => {
    const frame = popup.frame;
    await popup.page.bringToFront();
    const downloads = await captureDownloads(frame);
    await frame.click('.popup__tab:nth-child(2)');
    await frame.waitForSelector('.option-list .row__headword');
    expect(await innerTexts(frame, '.option-list .row__headword')).toEqual([
      bundledEntry('zarb-e-azb').headword,
    ]);
    await frame.click('.transfer__buttons button:nth-child(1)');
    await frame.click('.transfer__buttons button:nth-child(2)');
    await waitUntil(() => downloads().then((d) => d.length === 2), 'exports');
    const [json, csv] = await downloads();
    const exported = JSON.parse(json!) as {
      format: string;
      version: number;
      notes: { entryId: string; text: string }[];
    };
    expect(exported).toMatchObject({ format: 'newsgloss-notes', version: 1 });
    expect(exported.notes.map((n) => n.entryId)).toEqual(['zarb-e-azb']);
    expect(csv!.split('\r\n')[0]).toBe('entry_id,headword,note,created,updated');

    // Remove the note, then import the export: the preview counts it as new; nothing is written until confirmed.
    await api.storageSet({ 'note:zarb-e-azb': null });
    await frame.evaluate(async () => {
      const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
      await api.storage.local.remove('note:zarb-e-azb');
    });
    const file = path.join(artifactsDir, `notes-export-${browserName}.json`);
    writeFileSync(file, json!);
    const input = await frame.$('.transfer__import input');
    await input!.uploadFile(file);
    await frame.waitForSelector('.transfer__plan');
    expect((await innerTexts(frame, '.transfer__plan p'))[0]).toMatch(
      /^1 new, 0 updated, 0 unchanged, 0 in conflict/,
    );
    expect((await api.storageGet(['note:zarb-e-azb']))['note:zarb-e-azb']).toBeUndefined();
    await frame.click('.transfer__plan button');
    await waitUntil(
      async () => !!(await api.storageGet(['note:zarb-e-azb']))['note:zarb-e-azb'],
      'the imported note in storage',
    );
  });

  it('refuses a malformed import with a clear message and changes nothing', async () => {
    const frame = popup.frame;
    const before = await api.storageGet(null);
    const file = path.join(artifactsDir, `bad-import-${browserName}.json`);
    writeFileSync(file, '{"format": "newsgloss-notes", "version": 99, "notes": []}');
    const input = await frame.$('.transfer__import input');
    await input!.uploadFile(file);
    await frame.waitForSelector('.transfer__message--error');
    expect((await innerTexts(frame, '.transfer__message--error'))[0]).toMatch(/newer NewsGloss/);
    expect(await api.storageGet(null)).toEqual(before);
  });

  it('scrolls the page to a chosen term and opens its popover there', async () => {
    const third = await openPopup(article);
    await third.frame.waitForSelector('.option-list [role="option"]');
    const headwords = await innerTexts(third.frame, '.option-list .row__headword');
    const index = headwords.indexOf(bundledEntry('gul-bahadur-group').headword);
    expect(index).toBeGreaterThan(0);
    await third.frame.click(`.option-list [role="option"]:nth-child(${index + 1})`);
    await bringToFront(article);
    await waitUntil(() => popoverShown(article), 'the popover on the page');
    const popover = await popoverFrame(article);
    await waitUntil(
      async () =>
        (await popover.$eval('.popover', (p) => (p as HTMLElement).innerText)).includes(
          bundledEntry('gul-bahadur-group').summary,
        ),
      'the chosen entry',
    );
    const inView = await article.evaluate((tag) => {
      const host = document.querySelector(tag)!.getBoundingClientRect();
      return host.top >= 0 && host.bottom <= window.innerHeight;
    }, POPOVER_HOST_TAG);
    expect(inView).toBe(true);
    await article.keyboard.press('Escape');
    if (!third.page.isClosed()) await third.page.close();
  });

  it('says in one line when the page cannot be glossed', async () => {
    const other = await session.newPage(); // about:blank: no content script can run there
    const second = await openPopup(other);
    await second.frame.waitForSelector('.popup__empty');
    expect((await innerTexts(second.frame, '.popup__empty'))[0]).toMatch(/cannot read this page/);
    await second.page.close();
    await other.close();
  });

  it('looks up the text selected on the page and offers to add it to my glossary', async () => {
    const phrase = 'core concerns';
    await bringToFront(article);
    await article.evaluate((text) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(text);
        if (at === -1) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + text.length);
        window.getSelection()!.removeAllRanges();
        window.getSelection()!.addRange(range);
        return;
      }
      throw new Error(`"${text}" is not in the article`);
    }, phrase);
    const opened = await openPopup(article);
    await waitUntil(
      () => opened.frame.$eval('.popup__search', (i) => (i as HTMLInputElement).value === 'core concerns'),
      'the selection in the search box',
    );
    const add = await opened.frame.waitForSelector('.popup__add-term');
    expect(await add!.evaluate((b) => b.textContent)).toBe(`Add “${phrase}” to my glossary`);
    await add!.click();
    let options: Page | undefined;
    // Firefox's BiDi reports extension documents as about:blank: ask each page where it is.
    const isOptionsWithTerm = (p: Page) =>
      p.evaluate(() => location.href.includes('/options.html#add=')).catch(() => false);
    await waitUntil(async () => {
      for (const p of await session.browser.pages()) if (await isOptionsWithTerm(p)) options = p;
      return !!options;
    }, 'the options page with the term');
    if (!options) throw new Error('unreachable');
    await options.waitForSelector('.own-form input');
    expect(await options.$eval('.own-form input', (i) => (i as HTMLInputElement).value)).toBe(phrase);
    await options.close();
    await article.evaluate(() => window.getSelection()!.removeAllRanges());
  });
});
