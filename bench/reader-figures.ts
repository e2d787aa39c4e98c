import type { Page } from 'puppeteer-core';
import { HOVER_OPEN_DELAY_MS } from '@/utils/constants';
import type { TermsOnPage } from '../utils/messaging/messages';
import { launchWithExtension, type BrowserName, type ExtensionSession } from '../e2e/support/browsers';
import { ExtensionApi } from '../e2e/support/extension-api';
import { markedTexts } from '../e2e/support/page-marks';
import { ARTICLE_PAGE, type TestServer } from '../e2e/support/server';
import { afterFirstScan } from './first-scan';
import { timeHover } from './hover-timing';
import type { Target } from './targets';

/** What a reader waits for on each page, per load: raw samples, summarised by the caller. */
export interface ReaderSamples {
  /** After the hover delay, until the tab's first popover is painted with its text. */
  firstHoverMs: number[];
  /** The same for a later hover on another term in the same tab. */
  nextHoverMs: number[];
  /** From the content script's start to its first marks painted, as it reports it (Chromium). */
  firstMarkMs: number[];
  /** Pages left out, or left out of the next hover, with why ("no term marked", "one term marked…"). */
  skipped: string[];
}

/**
 * The distinct marked texts of a page, in the highlight's order, once the content script's first scan
 * has ended (bench/first-scan.ts). The first is hovered first, the second next.
 */
async function markedTerms(page: Page, api: ExtensionApi): Promise<string[]> {
  await afterFirstScan(page, api);
  return [...new Set(await markedTexts(page))];
}

/**
 * With the real extension installed in `browserName`: each page loaded `reps` times in a fresh tab,
 * a first hover (any page with a mark) and a next hover (any with two distinct terms marked) timed on
 * each load, and the content script's own first-mark time.
 */
export async function readerSamples(
  browserName: BrowserName,
  server: TestServer,
  pages: readonly Target[],
  reps: number,
): Promise<ReaderSamples> {
  const samples: ReaderSamples = { firstHoverMs: [], nextHoverMs: [], firstMarkMs: [], skipped: [] };
  const session = await launchWithExtension(browserName);
  const api = new ExtensionApi(session, `${server.origin}/blank.html`);
  try {
    await api.frameForApi();
    await warmUp(session, api, `${server.origin}${ARTICLE_PAGE}`);
    for (const target of pages) {
      for (let rep = 0; rep < reps; rep++) {
        const started = Date.now();
        const page = await session.openPage(`${server.origin}${target.path}`);
        try {
          const terms = await markedTerms(page, api);
          if (!terms.length) {
            samples.skipped.push(`${target.name}: no term marked`);
            break;
          }
          if (browserName === 'chromium') {
            const answer = await api.sendToPage<TermsOnPage>(page, { type: 'terms-on-page' });
            // A build from before the content script reported it answers without the figure.
            if (answer.status === 'ok' && typeof answer.cost.firstMarkMs === 'number')
              samples.firstMarkMs.push(answer.cost.firstMarkMs);
          }
          const first = await timeHover(page, terms[0]!, HOVER_OPEN_DELAY_MS);
          samples.firstHoverMs.push(first);
          const next = terms[1] === undefined ? null : await timeHover(page, terms[1], HOVER_OPEN_DELAY_MS);
          if (next === null) {
            if (rep === 0) samples.skipped.push(`${target.name}: one term marked, no next hover`);
          } else samples.nextHoverMs.push(next);
          console.log(
            `${browserName} ${target.name}: first hover ${first.toFixed(1)} ms, next ` +
              `${next === null ? '–' : `${next.toFixed(1)} ms`} ` +
              `(${((Date.now() - started) / 1000).toFixed(0)} s)`,
          );
        } catch (error) {
          samples.skipped.push(`${target.name}: ${String(error).slice(0, 120)}`);
          break;
        } finally {
          await page.close();
        }
      }
    }
  } finally {
    await session.close();
  }
  return samples;
}

/**
 * One hover, not counted, before any is timed: the browser's first popover starts the extension's
 * process (Chromium runs extension frames in a process of their own), once per browser session and not
 * once per tab. It is printed, so the cold figure is on record.
 */
async function warmUp(session: ExtensionSession, api: ExtensionApi, url: string): Promise<void> {
  const page = await session.openPage(url);
  try {
    const [first] = await markedTerms(page, api);
    if (!first) throw new Error(`No term was marked on the warm-up page ${url}`);
    console.log(
      `${session.name}: cold first hover (not counted) ${(await timeHover(page, first, HOVER_OPEN_DELAY_MS)).toFixed(1)} ms`,
    );
  } finally {
    await page.close();
  }
}
