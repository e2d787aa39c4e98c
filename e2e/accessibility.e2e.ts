import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { useExtensionSuite } from './support/extension-suite';
import {
  markCount,
  pointOnMark,
  popoverFrame,
  popoverShown,
  waitForMarksToSettle,
} from './support/page-marks';
import { ARTICLE_PAGE } from './support/server';
import { waitUntil } from './support/wait';
import { waitForWelcomePage } from './support/welcome-tab';

/** axe-core's engine, evaluated in each page under test (DevTools evaluation is outside the pages' CSP). */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** The serious and critical violations axe finds in a frame's document. */
async function seriousViolations(frame: Frame): Promise<string[]> {
  await frame.evaluate(AXE_SOURCE);
  const violations = await frame.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: { run(context: Document, options: object): Promise<{ violations: Violation[] }> };
      }
    ).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.help}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

// In Chromium, as issue 17 asks for (in Firefox the popover frame inside an extension page is out of
// BiDi's reach; the popup, options and welcome markup is the same in both).
describe('automated accessibility check (axe-core) in chromium', () => {
  const suite = useExtensionSuite('chromium', { keepWelcome: true });

  it('finds a violation planted in a page (the check can fail)', async () => {
    const { page, frame } = await suite.session.openExtensionPage(
      '/options.html',
      `${suite.server.origin}/blank.html`,
    );
    await frame.waitForSelector('#glossary-heading');
    await frame.evaluate(() => document.body.append(document.createElement('button')));
    expect((await seriousViolations(frame)).join('\n')).toMatch(/^button-name /m);
    await page.close();
  });

  it('finds no serious violation on the welcome page', async () => {
    const welcome = await waitForWelcomePage(suite.session.browser);
    await welcome.waitForSelector('.welcome__packs li');
    expect(await seriousViolations(welcome.mainFrame())).toEqual([]);
    await welcome.close();
  });

  it.each(['/popup.html', '/options.html'])('finds no serious violation on %s', async (path) => {
    const { page, frame } = await suite.session.openExtensionPage(path, `${suite.server.origin}/blank.html`);
    await frame.waitForSelector(path === '/popup.html' ? '.popup__search' : '#glossary-heading');
    expect(await seriousViolations(frame)).toEqual([]);
    await page.close();
  });

  it('finds no serious violation in the popover', async () => {
    const article = await suite.session.openPage(`${suite.server.origin}${ARTICLE_PAGE}`);
    // In front of the welcome page the extension opened: a tab behind it gets no animation frames.
    await article.bringToFront();
    await waitForMarksToSettle(article);
    const point = await pointOnMark(article, 'TTP');
    await article.mouse.move(point.x, point.y);
    await waitUntil(() => popoverShown(article), 'the popover');
    const frame = await popoverFrame(article);
    await frame.waitForSelector('.term-card__summary');
    expect(await seriousViolations(frame)).toEqual([]);
    await article.close();
  });

  it('keeps the marks visible in forced-colors mode (Windows High Contrast)', async () => {
    const article = await suite.session.openPage(`${suite.server.origin}${ARTICLE_PAGE}`);
    // In front of the welcome page the extension opened: a tab behind it gets no animation frames.
    await article.bringToFront();
    await article.emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
    await waitForMarksToSettle(article);
    // The marked word, with its marks and then without them: forced colours must not erase them.
    const { x, y } = await pointOnMark(article, 'TTP');
    // (The point is in the viewport; a clip is measured from the top of the document.)
    const scroll = await article.evaluate(() => ({ x: window.scrollX, y: window.scrollY }));
    const clip = { x: scroll.x + x - 30, y: scroll.y + y - 14, width: 60, height: 28 };
    const marked = Buffer.from(await article.screenshot({ clip }));
    // Switched off for the site, as the reader would: the content script takes its marks away.
    const { api } = suite;
    await api.sendToPage(article, { type: 'toggle-site' });
    await waitUntil(async () => (await markCount(article)) === 0, 'the marks gone');
    const unmarked = Buffer.from(await article.screenshot({ clip }));
    await api.sendToPage(article, { type: 'toggle-site' });
    expect(marked.equals(unmarked), 'the mark changes what the reader sees').toBe(false);
    await article.close();
  });
});
