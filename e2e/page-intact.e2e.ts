import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MARK_HIGHLIGHT } from '@/utils/glossing/mark-styles';
import { POPOVER_HOST_TAG } from '@/utils/glossing/skip-rules';
import { corpusPageNames } from '../tests/support/corpus';
import { BROWSERS, launchPlain, launchWithExtension, type ExtensionSession } from './support/browsers';
import { waitForMarksToSettle } from './support/page-marks';
import { startTestServer, type TestServer } from './support/server';
import { sleep } from './support/wait';

const PAGES = corpusPageNames();

interface PageShape {
  /** Where the page ended up: economictimes.html sends itself to its own host when served elsewhere. */
  url: string;
  elements: number;
  textLength: number;
  text: string;
}

/**
 * The page's own elements and text, leaving out the two things NewsGloss may add (its popover host and
 * its highlight style). Text inside script and style elements is left out, and long digit runs are
 * masked: some pages write a millisecond timestamp into the document, which differs between any two
 * loads with or without an extension (herald-sun-1.html).
 */
async function shapeOf(page: Page): Promise<PageShape> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await readShape(page);
    } catch (error) {
      // The page navigated itself while we read it; read the document it went to.
      if (attempt >= 20) throw error;
      await sleep(250);
    }
  }
}

function readShape(page: Page): Promise<PageShape> {
  return page.evaluate(
    (hostTag, highlight) => {
      let elements = 0;
      for (const element of document.getElementsByTagName('*')) {
        if (element.tagName === hostTag) continue;
        if (element.tagName === 'STYLE' && element.textContent?.includes(`::highlight(${highlight})`))
          continue;
        elements++;
      }
      const parts: string[] = [];
      const walker = document.createTreeWalker(
        document.body ?? document.documentElement,
        NodeFilter.SHOW_TEXT,
      );
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement?.tagName;
        if (parent !== 'SCRIPT' && parent !== 'STYLE') parts.push(node.nodeValue ?? '');
      }
      const text = parts.join('').replace(/\d{10,}/g, '#');
      return { url: location.href, elements, textLength: text.length, text };
    },
    POPOVER_HOST_TAG.toUpperCase(),
    MARK_HIGHLIGHT,
  );
}

describe.each(BROWSERS)('pages stay intact in %s', (browserName) => {
  let server: TestServer;
  let withExtension: ExtensionSession;
  let plain: Awaited<ReturnType<typeof launchPlain>>;

  beforeAll(async () => {
    server = await startTestServer();
    [withExtension, plain] = await Promise.all([launchWithExtension(browserName), launchPlain(browserName)]);
  });

  afterAll(async () => {
    await withExtension?.close();
    await plain?.close();
    await server?.close();
  });

  it.each(PAGES)('%s: same elements and text with and without NewsGloss', async (name) => {
    const url = `${server.origin}/corpus/${name}`;
    const [glossed, baseline] = await Promise.all([withExtension.openPage(url), plain.openPage(url)]);
    await waitForMarksToSettle(glossed);
    // Some pages keep changing for a while after load (late scripts, timers); look again before failing.
    let [after, before] = await Promise.all([shapeOf(glossed), shapeOf(baseline)]);
    for (
      let attempt = 0;
      attempt < 3 &&
      (after.url !== before.url || after.elements !== before.elements || after.text !== before.text);
      attempt++
    ) {
      await sleep(1_500);
      [after, before] = await Promise.all([shapeOf(glossed), shapeOf(baseline)]);
    }
    await Promise.all([glossed.close(), baseline.close()]);
    expect(after.url).toBe(before.url);
    expect(after.elements).toBe(before.elements);
    expect(after.textLength).toBe(before.textLength);
    expect(after.text === before.text).toBe(true);
  });
});
