import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MARK_HIGHLIGHT } from '@/utils/glossing/mark-styles';
import { BROWSERS, launchWithExtension, type ExtensionSession } from './support/browsers';
import { ExtensionApi } from './support/extension-api';
import {
  markCount,
  markedTexts,
  pointOnMark,
  popoverFrame,
  popoverShown,
  waitForMarksToSettle,
} from './support/page-marks';
import { artifactsDir } from './support/paths';
import { captureDownloads } from './support/captured-downloads';
import { ARTICLE_PAGE, startTestServer, type TestServer } from './support/server';
import { sleep, waitUntil } from './support/wait';

/** The text of NewsGloss's highlight stylesheet, wherever the page holds it (adopted sheet or <style>). */
const markStyleText = (page: Page) =>
  page.evaluate((name) => {
    const sheets = [
      ...document.adoptedStyleSheets,
      ...[...document.querySelectorAll('style')].map((s) => s.sheet!),
    ];
    return sheets
      .flatMap((s) => [...s.cssRules].map((r) => r.cssText))
      .filter((t) => t.includes(name))
      .join('\n');
  }, MARK_HIGHLIGHT);

describe.each(BROWSERS)('the reader in control, in %s', (browserName) => {
  let server: TestServer;
  let session: ExtensionSession;
  let api: ExtensionApi;
  let article: Page;
  let options: { page: Page; frame: Frame };

  beforeAll(async () => {
    server = await startTestServer();
    session = await launchWithExtension(browserName);
    api = new ExtensionApi(session, `${server.origin}/blank.html`);
    await api.frameForApi();
    article = await session.openPage(`${server.origin}${ARTICLE_PAGE}`);
    await waitForMarksToSettle(article);
    options = await session.openExtensionPage('/options.html', `${server.origin}/blank.html`);
    await options.page.setViewport({ width: 900, height: 1400 });
    await options.frame.waitForSelector('#general-heading');
  });

  afterAll(async () => {
    await api?.close();
    await session?.close();
    await server?.close();
  });

  it('switches a site off and on from the popup, live in the open tab', async () => {
    const before = await markCount(article);
    expect(before).toBeGreaterThan(10);
    const popup = await session.openExtensionPage('/popup.html', `${server.origin}/blank.html`);
    await article.bringToFront();
    await sleep(100);
    await popup.page.bringToFront();
    const toggle = await popup.frame.waitForSelector('.site-switch input');
    await waitUntil(() => toggle!.evaluate((t) => (t as HTMLInputElement).checked), 'the switch to show on');
    await toggle!.click();
    await waitUntil(async () => (await markCount(article)) === 0, 'marks to disappear');
    expect((await api.storageGet(['settings'])).settings).toMatchObject({ sites: ['127.0.0.1'] });
    await waitUntil(
      () => popup.frame.$eval('.popup__empty', (e) => /off for this site/.test(e.textContent ?? '')),
      'the popup to say so',
    );
    await toggle!.click();
    await waitUntil(async () => (await markCount(article)) === before, 'marks to come back');
    await popup.page.close();
  });

  it('applies the mark style at once', async () => {
    await options.page.bringToFront();
    await options.frame.click('input[name="mark-style"]:nth-of-type(1)');
    const tint = await options.frame.$$('input[name="mark-style"]');
    await tint[2]!.click();
    await waitUntil(
      async () => (await markStyleText(article)).includes('background-color: rgba(255, 194, 71, 0.28)'),
      'the tint',
    );
    await tint[0]!.click();
    await waitUntil(async () => (await markStyleText(article)).includes('dotted'), 'dotted again');
  });

  it('stops glossing a category when it is switched off, and brings it back', async () => {
    const withPeople = await markedTexts(article);
    expect(withPeople).toContain('Khawaja Asif');
    const personBox = await options.frame.$$eval('#glossary-heading ~ fieldset label', (labels) =>
      labels.findIndex((l) => l.textContent?.trim() === 'Person'),
    );
    const boxes = await options.frame.$$('#glossary-heading ~ fieldset input[type="checkbox"]');
    await boxes[personBox]!.click();
    await waitUntil(async () => !(await markedTexts(article)).includes('Khawaja Asif'), 'people unmarked');
    await boxes[personBox]!.click();
    await waitUntil(async () => (await markedTexts(article)).includes('Khawaja Asif'), 'people marked again');
  });

  it('lists both bundled glossaries and stops glossing one when it is switched off', async () => {
    const labels = await options.frame.$$eval('#glossary-heading ~ fieldset:last-of-type label', (ls) =>
      ls.map((l) => l.textContent?.trim() ?? ''),
    );
    expect(labels.map((l) => l.replace(/ \(.*$/, ''))).toEqual([
      'Pakistan–Afghanistan: security and politics',
      'Pakistan: politics, law and economy',
      'My terms',
    ]);
    const boxes = await options.frame.$$('#glossary-heading ~ fieldset:last-of-type input[type="checkbox"]');
    expect(await markedTexts(article)).toContain('Khawaja Asif');
    await boxes[0]!.click();
    await waitUntil(async () => {
      const marked = await markedTexts(article);
      return !marked.includes('Khawaja Asif') && !marked.includes('TTP');
    }, 'the security pack unmarked');
    await boxes[0]!.click();
    await waitUntil(async () => (await markedTexts(article)).includes('Khawaja Asif'), 'marked again');
  });

  it('opens popovers only on click when the trigger says so', async () => {
    await options.page.bringToFront();
    const triggers = await options.frame.$$('input[name="trigger"]');
    await triggers[1]!.click();
    await waitUntil(
      async () => ((await api.storageGet(['settings'])).settings as { trigger: string }).trigger === 'click',
      'the setting',
    );
    await article.bringToFront();
    const point = await pointOnMark(article, 'BLA');
    await article.mouse.move(point.x, point.y);
    await sleep(1_000);
    expect(await popoverShown(article), 'hovering opens nothing').toBe(false);
    await article.mouse.click(point.x, point.y);
    await waitUntil(() => popoverShown(article), 'the popover on click');
    await article.keyboard.press('Escape');
    await options.page.bringToFront();
    await triggers[0]!.click();
  });

  it('validates site patterns', async () => {
    await options.frame.type('#site-input', 'not a site');
    await options.frame.click('#sites-heading ~ form button[type="submit"]');
    await options.frame.waitForSelector('#site-error');
    await options.frame.$eval('#site-input', (i) => ((i as HTMLInputElement).value = ''));
    await options.frame.type('#site-input', 'https://www.Dawn.com/news/1');
    await options.frame.click('#sites-heading ~ form button[type="submit"]');
    await waitUntil(
      async () =>
        ((await api.storageGet(['settings'])).settings as { sites: string[] }).sites.includes('dawn.com'),
      'dawn.com listed',
    );
  });

  it('glosses a term the reader adds, on the open page, without reload', async () => {
    expect(await markedTexts(article)).not.toContain('shuttle diplomacy');
    const frame = options.frame;
    await frame.click('#own-heading ~ button');
    await frame.type('.own-form input', 'Shuttle diplomacy');
    await frame.type('.own-form textarea', 'shuttle-diplomacy');
    const textareas = await frame.$$('.own-form textarea');
    await textareas[1]!.type('Mediators carrying messages between parties that do not meet directly.');
    await textareas[2]!.type('My own note.');
    await frame.click('.own-form button[type="submit"]');
    await frame.waitForSelector('[aria-label="My terms"]');
    await waitUntil(
      async () => (await markedTexts(article)).includes('shuttle diplomacy'),
      'the own term marked',
    );
    mkdirSync(artifactsDir, { recursive: true });
    await options.page.screenshot({
      path: path.join(artifactsDir, `options-${browserName}.png`),
      fullPage: true,
    });
  });

  it('refuses an own term that clashes with a bundled name, with a clear message', async () => {
    const frame = options.frame;
    await frame.click('#own-heading ~ button');
    await frame.type('.own-form input', 'TTP');
    const textareas = await frame.$$('.own-form textarea');
    await textareas[1]!.type('A clash.');
    await frame.click('.own-form button[type="submit"]');
    await frame.waitForSelector('.own-form .error');
    expect(await frame.$eval('.own-form .error', (e) => e.textContent)).toMatch(
      /already a name of Tehrik-i-Taliban Pakistan/,
    );
    await frame.click('.own-form button[type="button"]');
  });

  it('looks up a selection (the context menu) and prefills "Add to my glossary"', async () => {
    await article.bringToFront();
    const select = (text: string) =>
      article.evaluate((wanted) => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const at = n.nodeValue!.indexOf(wanted);
          if (at === -1) continue;
          const range = document.createRange();
          range.setStart(n, at);
          range.setEnd(n, at + wanted.length);
          (n.parentElement as Element).scrollIntoView({ block: 'center', behavior: 'instant' });
          getSelection()!.removeAllRanges();
          getSelection()!.addRange(range);
          return;
        }
        throw new Error(`"${wanted}" not on the page`);
      }, text);

    // A known term: its entry opens beside the selection.
    await select('Gul Bahadur group');
    expect(await api.sendToPage(article, { type: 'lookup-selection', text: 'Gul Bahadur group' })).toBe(true);
    await waitUntil(() => popoverShown(article), 'the popover');
    const popover = await popoverFrame(article);
    await waitUntil(
      () => popover.$eval('.term-card__headword', (h) => h.textContent === 'Hafiz Gul Bahadur group'),
      'the entry',
    );
    await article.keyboard.press('Escape');

    // Not a term: the closest entries instead.
    await select('verbal commitments');
    expect(await api.sendToPage(article, { type: 'lookup-selection', text: 'verbal commitments' })).toBe(
      true,
    );
    await waitUntil(
      () =>
        popover.$eval(
          '.lookup__title',
          (h) => h.textContent === '“verbal commitments” is not in the glossary',
        ),
      'the search results',
    );
    await article.keyboard.press('Escape');

    const added = await session.openExtensionPage(
      '/options.html#add=Wana%20cadet%20college',
      `${server.origin}/blank.html`,
    );
    await added.frame.waitForSelector('.own-form');
    expect(await added.frame.$eval('.own-form input', (i) => (i as HTMLInputElement).value)).toBe(
      'Wana cadet college',
    );
    await added.page.close();
  });

  it('exports everything and imports it back after clearing all data', async () => {
    const frame = options.frame;
    await options.page.bringToFront();
    const downloads = await captureDownloads(frame);
    await frame.click('#data-heading ~ .row button');
    await waitUntil(() => downloads().then((d) => d.length === 1), 'the export');
    const backup = (await downloads())[0]!;
    const parsed = JSON.parse(backup) as {
      format: string;
      ownTerms: { headword: string }[];
      notes: { entryId: string }[];
    };
    expect(parsed.format).toBe('newsgloss-backup');
    expect(parsed.ownTerms.map((t) => t.headword)).toEqual(['Shuttle diplomacy']);

    await frame.click('#data-heading ~ .row button.danger');
    await frame.waitForSelector('[role="alertdialog"]');
    await frame.click('[role="alertdialog"] button.danger');
    await waitUntil(async () => Object.keys(await api.storageGet(null)).length === 0, 'storage to be empty');
    await waitUntil(
      async () => !(await markedTexts(article)).includes('shuttle diplomacy'),
      'the own term gone from the page',
    );

    const file = path.join(artifactsDir, `backup-${browserName}.json`);
    writeFileSync(file, backup);
    const input = await frame.$('#data-heading ~ .row input[type="file"]');
    await input!.uploadFile(file);
    await frame.waitForSelector('.plan');
    expect(await frame.$eval('.plan p', (p) => p.textContent)).toMatch(/My terms: 1 new/);
    await frame.click('.plan button');
    await waitUntil(
      async () => (await markedTexts(article)).includes('shuttle diplomacy'),
      'the own term back on the page',
    );
    expect((await api.storageGet(['settings'])).settings).toMatchObject({ sites: ['dawn.com'] });
  });
});
