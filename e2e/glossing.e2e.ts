import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOVER_CLOSE_GRACE_MS, HOVER_DELAY_MAX_MS, HOVER_OPEN_DELAY_MS } from '@/utils/constants';
import { MARK_HIGHLIGHT } from '@/utils/glossing/mark-styles';
import { POPOVER_HOST_TAG } from '@/utils/glossing/skip-rules';
import type { TermsOnPage } from '@/utils/messaging/messages';
import { MUST_HAVE_TERMS } from '../tests/support/must-have-terms';
import { BROWSERS, launchWithExtension, type ExtensionSession } from './support/browsers';
import { bundledEntry } from './support/bundled-entries';
import { ExtensionApi } from './support/extension-api';
import {
  clickInPopover,
  clickMark,
  markCount,
  markedTexts,
  pointOnMark,
  popoverFrame,
  popoverHasFocus,
  popoverShown,
  popoverText,
  waitForMarks,
  waitForMarksToSettle,
} from './support/page-marks';
import { watchErrors } from './support/page-errors';
import { artifactsDir } from './support/paths';
import { ARTICLE_PAGE, startTestServer, type TestServer } from './support/server';
import { sleep, WAIT_TIMEOUT_MS, waitUntil } from './support/wait';
import { pointOnText } from './support/text-in-page';

describe.each(BROWSERS)('glossing in %s', (browserName) => {
  let server: TestServer;
  let session: ExtensionSession;
  let api: ExtensionApi;
  let article: Page;
  let articleErrors: string[];

  beforeAll(async () => {
    server = await startTestServer();
    session = await launchWithExtension(browserName);
    api = new ExtensionApi(session, `${server.origin}/blank.html`);
    article = await session.openPage(`${server.origin}${ARTICLE_PAGE}`);
    articleErrors = watchErrors(article);
    await waitForMarksToSettle(article);
  });

  afterAll(async () => {
    await api?.close();
    await session?.close();
    await server?.close();
  });

  it('finds every must-have term of the article and marks the first occurrence of each', async () => {
    const response = await api.sendToPage<TermsOnPage>(article, { type: 'terms-on-page' });
    expect(response.status).toBe('ok');
    const found = response.status === 'ok' ? response.terms.map((t) => t.entryId) : [];
    for (const [, id] of MUST_HAVE_TERMS) expect(found, id).toContain(id);
    const marks = await markedTexts(article);
    expect(marks).toHaveLength(found.length);
    expect(marks).toEqual(
      expect.arrayContaining(['TTP', 'FaK', 'BLA', 'FaH', 'Khawaja Asif', 'Gul Bahadur group']),
    );
  });

  it('opens a popover with the entry summary when the pointer rests on a mark', async () => {
    const point = await pointOnMark(article, 'TTP');
    await article.mouse.move(point.x, point.y);
    await sleep(HOVER_OPEN_DELAY_MS / 2);
    expect(await popoverShown(article), 'not before the hover delay').toBe(false);
    await waitUntil(() => popoverShown(article), 'the popover');
    const frame = await popoverFrame(article);
    await waitUntil(
      async () => (await popoverText(frame)).includes(bundledEntry('ttp').summary),
      'the TTP summary',
    );
    expect(
      await frame.evaluate(() => document.querySelector('[role="dialog"]')?.getAttribute('aria-label')),
    ).toBe(`NewsGloss: ${bundledEntry('ttp').headword}`);
    const smallestFont = await frame.evaluate(() =>
      Math.min(
        ...[...document.querySelectorAll('.popover *')].map((e) => parseFloat(getComputedStyle(e).fontSize)),
      ),
    );
    expect(smallestFont, 'no text smaller than 12 px').toBeGreaterThanOrEqual(12);
    mkdirSync(artifactsDir, { recursive: true });
    await article.screenshot({ path: path.join(artifactsDir, `popover-${browserName}.png`) });
  });

  it('keeps the popover while the pointer moves into it, and closes it after the pointer leaves', async () => {
    const box = await article.evaluate((tag) => {
      const r = document.querySelector(tag)!.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + 20 };
    }, POPOVER_HOST_TAG);
    await article.mouse.move(box.x, box.y, { steps: 5 });
    await sleep(HOVER_CLOSE_GRACE_MS + 300);
    expect(await popoverShown(article)).toBe(true);
    await article.mouse.move(5, 5, { steps: 3 });
    await waitUntil(async () => !(await popoverShown(article)), 'the popover to close');
  });

  it('draws the entry unseen while the hover delay runs, and only shows it when the delay runs out', async () => {
    await article.mouse.move(5, 5);
    await waitUntil(async () => !(await popoverShown(article)), 'the popover to close');
    // The longest delay the options allow, so the entry is drawn well before it runs out on a busy machine.
    await api.storageSet({ settings: { enabled: true, hoverDelayMs: HOVER_DELAY_MAX_MS } });
    try {
      const frame = await popoverFrame(article);
      const point = await pointOnMark(article, 'BLA');
      await article.mouse.move(point.x, point.y);
      await waitUntil(
        async () => (await popoverText(frame)).includes(bundledEntry('bla').summary),
        'the BLA entry drawn ahead',
      );
      const previewed = await article.evaluate((tag) => {
        const host = document.querySelector<HTMLElement>(tag)!;
        const style = getComputedStyle(host);
        return {
          display: style.display,
          opacity: style.opacity,
          inert: host.inert,
        };
      }, POPOVER_HOST_TAG);
      expect(previewed, 'drawn beside the term, transparent, inert').toEqual({
        display: 'block',
        opacity: '0',
        inert: true,
      });
      await waitUntil(() => popoverShown(article), 'the popover once the delay has run out');
      expect(await popoverText(frame)).toContain(bundledEntry('bla').summary);
      // Leaving a term before its delay runs out takes its unseen popover away too.
      await article.mouse.move(5, 5);
      await waitUntil(async () => !(await popoverShown(article)), 'the popover to close');
      const other = await pointOnMark(article, 'TTP');
      await article.mouse.move(other.x, other.y);
      await waitUntil(
        async () => (await popoverText(frame)).includes(bundledEntry('ttp').summary),
        'the TTP entry drawn ahead',
      );
      await article.mouse.move(5, 5);
      await waitUntil(
        () =>
          article.evaluate(
            (tag) => getComputedStyle(document.querySelector(tag)!).display === 'none',
            POPOVER_HOST_TAG,
          ),
        'the unseen popover to go',
      );
      expect(await popoverShown(article)).toBe(false);
    } finally {
      await api.storageSet({ settings: { enabled: true } });
    }
  });

  it('opens on click, switches to a related entry and back, and closes on a click outside', async () => {
    await clickMark(article, 'BLA');
    await waitUntil(() => popoverShown(article), 'the popover');
    const frame = await popoverFrame(article);
    await waitUntil(
      async () => (await popoverText(frame)).includes(bundledEntry('bla').summary),
      'the BLA summary',
    );
    const relatedId = bundledEntry('bla').related[0]!;
    await clickInPopover(article, frame, '.term-card__related button');
    await waitUntil(
      async () => (await popoverText(frame)).includes(bundledEntry(relatedId).summary),
      'the related entry',
    );
    await clickInPopover(article, frame, '.term-card__back');
    await waitUntil(
      async () => (await popoverText(frame)).includes(bundledEntry('bla').summary),
      'going back',
    );
    await article.mouse.click(5, 5);
    await waitUntil(async () => !(await popoverShown(article)), 'the popover to close');
  });

  it('steps to the next term with focus inside the popover, and Escape closes it and gives focus back', async () => {
    // What the next-term keyboard command makes the background send to the tab.
    expect(await api.sendToPage(article, { type: 'step-term', direction: 1 })).toBe(true);
    await waitUntil(() => popoverShown(article), 'the popover');
    await waitUntil(() => popoverHasFocus(article), 'focus in the popover');
    const frame = await popoverFrame(article);
    await waitUntil(
      () => frame.evaluate(() => document.activeElement?.classList.contains('popover') ?? false),
      'focus',
    );
    await article.keyboard.press('Tab');
    expect(await frame.evaluate(() => document.activeElement?.tagName)).toBe('BUTTON');
    await article.keyboard.press('Escape');
    await waitUntil(async () => !(await popoverShown(article)), 'the popover to close');
    expect(await popoverHasFocus(article)).toBe(false);
    // Hidden, it cannot take focus back either (the popover page, in its own process, may still try).
    expect(
      await article.evaluate((tag) => (document.querySelector(tag) as HTMLElement).inert, POPOVER_HOST_TAG),
    ).toBe(true);
  });

  it('saves a note typed in the popover to extension storage', async () => {
    await clickMark(article, 'Khawaja Asif');
    await waitUntil(() => popoverShown(article), 'the popover');
    const frame = await popoverFrame(article);
    // No note yet: the popover offers to add one, and the editor opens in place with the caret in it.
    await frame.waitForSelector('.note-editor__add');
    await clickInPopover(article, frame, '.note-editor__add');
    await waitUntil(
      () => frame.evaluate(() => document.activeElement?.tagName === 'TEXTAREA'),
      'the note field focused',
    );
    await frame.type('textarea', 'Defence minister; led the Doha talks.');
    await waitUntil(
      async () =>
        ((await api.storageGet(['note:khawaja-asif']))['note:khawaja-asif'] as { text?: string })?.text ===
        'Defence minister; led the Doha talks.',
      'the note in storage',
    );
    await waitUntil(async () => (await popoverText(frame)).includes('Saved'), 'the saved state');
    await article.keyboard.press('Escape');
  });

  it('looks up an occurrence that is not marked when the pointer rests on it', async () => {
    // "FO" is not marked: its entry's first occurrence on the page is "Pakistan’s Foreign Office".
    expect(await markedTexts(article)).not.toContain('FO');
    const point = await pointOnText(article, ' FO ', 0);
    await article.mouse.move(point.x, point.y);
    await waitUntil(() => popoverShown(article), 'the popover');
    const frame = await popoverFrame(article);
    await waitUntil(
      async () => (await popoverText(frame)).includes(bundledEntry('foreign-office').summary),
      'the Foreign Office entry',
    );
  });

  it('closes the popover when its term scrolls out of view', async () => {
    expect(await popoverShown(article)).toBe(true);
    await article.evaluate(() => window.scrollBy(0, window.innerHeight * 2));
    await waitUntil(async () => !(await popoverShown(article)), 'the popover to close');
  });

  it('marks every occurrence when the density setting says so, at once and without reload', async () => {
    const response = await api.sendToPage<TermsOnPage>(article, { type: 'terms-on-page' });
    const total = response.status === 'ok' ? response.terms.reduce((n, t) => n + t.count, 0) : 0;
    const firstOnly = (await markedTexts(article)).length;
    expect(total).toBeGreaterThan(firstOnly);
    // "Defence Minister Khawaja Asif": the title is marked as him too, but counted with the name.
    const holderTitles = await article.evaluate(
      () => document.body.textContent!.split('Defence Minister Khawaja Asif').length - 1,
    );
    expect(holderTitles).toBeGreaterThan(0);
    await api.storageSet({ settings: { enabled: true, density: 'all' } });
    await waitForMarks(article, total + holderTitles);
    expect(await markedTexts(article)).toHaveLength(total + holderTitles);
    await api.storageSet({ settings: { enabled: true, density: 'first' } });
    await article.waitForFunction(
      (name, n) => CSS.highlights.get(name)?.size === n,
      {},
      MARK_HIGHLIGHT,
      firstOnly,
    );
  });

  it('caused no page errors on the article', () => {
    expect(articleErrors).toEqual([]);
  });

  it('glosses text added after load and drops the marks of removed text', async () => {
    const page = await session.openPage(`${server.origin}/blank.html`);
    expect(await markCount(page)).toBe(0);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'late';
      p.textContent = 'The TTP said it would send envoys to Doha.';
      document.body.append(p);
    });
    await waitForMarks(page, 2);
    expect((await markedTexts(page)).sort()).toEqual(['Doha', 'TTP']);
    await page.evaluate(() => document.getElementById('late')!.remove());
    await page.waitForFunction(
      (name) => (CSS.highlights.get(name)?.size ?? 0) === 0,
      { timeout: WAIT_TIMEOUT_MS },
      MARK_HIGHLIGHT,
    );
    await page.close();
  });

  it('marks nothing inside inputs, textareas, contenteditable, code, SVG or hidden subtrees', async () => {
    const page = await session.openPage(`${server.origin}/fixtures/editable.html`);
    await waitForMarks(page, 1);
    await waitForMarksToSettle(page);
    const marked = await page.evaluate(
      (name) =>
        [...(CSS.highlights.get(name) ?? [])].map((r) => (r.startContainer.parentElement as Element).id),
      MARK_HIGHLIGHT,
    );
    expect(marked.sort()).toEqual(['plain', 'plain']);
    // Typing a term in an editable area opens nothing.
    await page.click('#textarea');
    await page.keyboard.type(' BLA TTP');
    await page.click('#editable p');
    await page.keyboard.type(' BLA TTP');
    await sleep(HOVER_OPEN_DELAY_MS + 500);
    expect(await popoverShown(page)).toBe(false);
    expect(await markedTexts(page)).toEqual(['TTP', 'BLA']);
    await page.close();
  });
});
