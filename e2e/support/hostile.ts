import type { Page } from 'puppeteer-core';
import { expect } from 'vitest';
import type { TermsOnPage } from '@/utils/messaging/messages';
import type { Category } from '@/utils/glossary/types';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings/settings';
import type { ExtensionSession } from './browsers';
import type { ExtensionApi } from './extension-api';
import { watchErrors } from './page-errors';
import { waitForMarksToSettle } from './page-marks';
import { waitUntil } from './wait';

export type Cost = Extract<TermsOnPage, { status: 'ok' }>['cost'];

export interface OpenedFixture {
  page: Page;
  /** Uncaught errors and error-level console messages, the content script's included (watchErrors). */
  errors: string[];
}

/** Opens a fixture page with its error watch attached before the first byte arrives. */
export async function openFixture(session: ExtensionSession, url: string): Promise<OpenedFixture> {
  const page = await session.newPage();
  const errors = watchErrors(page);
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  return { page, errors };
}

/** The page's own timer keeps beating and its own click handler still runs. */
export async function expectPageAlive(page: Page, clickButton = true): Promise<void> {
  const beats = await page.evaluate(() => window.hostileProbe.beats);
  await waitUntil(
    () => page.evaluate((b) => window.hostileProbe.beats >= b + 5, beats),
    "the page's own timer",
    20_000,
  );
  if (!clickButton) return;
  const clicks = await page.evaluate(() => window.hostileProbe.clicks);
  await page.click('#page-button');
  await waitUntil(
    () => page.evaluate((c) => window.hostileProbe.clicks === c + 1, clicks),
    "the page's own click handler",
  );
}

/** What the content script reports it has cost so far (and that it is alive and glossing). */
export async function extensionCost(api: ExtensionApi, page: Page): Promise<Cost> {
  const response = await api.sendToPage<TermsOnPage>(page, { type: 'terms-on-page' });
  if (response.status !== 'ok') throw new Error(`The content script answered ${JSON.stringify(response)}`);
  return response.cost;
}

interface PageTimings {
  /** The entry types the page could observe ('longtask' in Chromium; none in Firefox). */
  observing: string[];
  /**
   * Long tasks (Chromium) after the page settled that do not overlap the page's own recorded work:
   * the extension's tasks, or rendering they caused.
   */
  longTasksAfterSettling: { start: number; duration: number }[];
}

export function pageTimings(page: Page): Promise<PageTimings> {
  return page.evaluate(() => {
    const probe = window.hostileProbe;
    const settledAt = probe.settledAt ?? Infinity;
    const overlapsPage = (t: { start: number; duration: number }) =>
      probe.pageWork.some((w) => t.start < w.end && t.start + t.duration > w.start);
    return {
      observing: probe.observing,
      longTasksAfterSettling: probe.longTasks.filter((t) => t.start >= settledAt && !overlapsPage(t)),
    };
  });
}

export interface FixtureFigures {
  marks: string[];
  cost: Cost;
  timings: PageTimings | null;
}

/**
 * Waits for glossing to settle, then checks what every hostile page must show: the page still runs
 * (its own timer and click handler), nothing was thrown, and, with `sliced`, that the scan was cut into
 * slices that gave the main thread back (the scanner's own count of yields). No wall-clock figure is
 * asserted here: on a shared, busy machine any task can run long for reasons of its own. The figures
 * (longest task, long tasks the page saw) are logged, and `npm run bench` measures them against targets.
 */
export async function expectWellBehaved(
  label: string,
  api: ExtensionApi,
  opened: OpenedFixture,
  options: {
    probe?: boolean;
    clickButton?: boolean;
    settleMs?: number;
    /** The page is large enough that its scan must take more than one slice. */
    sliced?: boolean;
  } = {},
): Promise<FixtureFigures> {
  const { page, errors } = opened;
  const marks = await waitForMarksToSettle(page, options.settleMs ?? 1_000, 120_000);
  const cost = await extensionCost(api, page);
  const timings = options.probe === false ? null : await pageTimings(page);
  console.log(
    `[hostile] ${label}: marks ${JSON.stringify(marks)}; cost ${JSON.stringify(cost)}; ` +
      `long tasks after settling ${JSON.stringify(timings?.longTasksAfterSettling ?? 'n/a')}; ` +
      `errors ${JSON.stringify(errors)}`,
  );
  if (timings) await expectPageAlive(page, options.clickButton ?? true);
  expect(errors, 'errors').toEqual([]);
  if (options.sliced) {
    expect(cost.yields, 'scan slices that yielded with work left').toBeGreaterThan(0);
    expect(cost.slices, 'scan slices').toBeGreaterThan(cost.yields);
  }
  return { marks, cost, timings };
}

/**
 * Rescans the whole page (a category switched off and on again rebuilds the matcher) and, until the
 * scan is over, clicks the page's own button and asks the content script how far it is. The page
 * stays interactive when a click is handled and the content script answers between two slices of the
 * scan: while it still reports `scanning`, after a slice of it has run. An unsliced scan can answer
 * only before its one slice or after it.
 */
export async function expectInteractiveWhileScanning(api: ExtensionApi, page: Page): Promise<void> {
  const stored = await api.storageGet(['settings']);
  const settings = (stored.settings ?? DEFAULT_SETTINGS) as Settings;
  const button = await pointOnElement(page, '#page-button');
  const answers: Answer[][] = [];
  // A fast machine may finish a rescan between two questions: rescan again, a few times at most.
  for (let attempt = 0; attempt < 5 && !answers.flat().some(interleaved); attempt++) {
    const hidden: Category[] = attempt % 2 ? [] : ['operation'];
    await api.storageSet({ settings: { ...settings, hiddenCategories: hidden } });
    answers.push(await clickAndAskUntilScanned(api, page, button));
  }
  console.log(`[hostile] answers while rescanning: ${JSON.stringify(answers)}`);
  await api.storageSet({ settings });
  await waitUntil(async () => !(await extensionCost(api, page)).scanning, 'the last rescan', 60_000);
  expect(
    answers.flat().some(interleaved),
    'a click handled and an answer given while the scan was still under way',
  ).toBe(true);
}

interface Answer {
  scanning: boolean;
  slicesOfCurrentScan: number;
  clicksHandled: number;
}

/** Answered while the scan was under way and after one of its slices had run, with the click handled. */
const interleaved = (a: Answer) => a.scanning && a.slicesOfCurrentScan > 0 && a.clicksHandled === 1;

async function pointOnElement(page: Page, selector: string): Promise<{ x: number; y: number }> {
  return page.$eval(selector, (element) => {
    const r = element.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
}

/** Clicks and asks until the scan is over (or was never seen running, after 20 questions). */
async function clickAndAskUntilScanned(api: ExtensionApi, page: Page, button: { x: number; y: number }) {
  const answers: Answer[] = [];
  for (let i = 0; i < 200; i++) {
    const clicks = await page.evaluate(() => window.hostileProbe.clicks);
    await page.mouse.click(button.x, button.y);
    const { scanning, slicesOfCurrentScan } = await extensionCost(api, page);
    const handled = await page.evaluate((c) => window.hostileProbe.clicks - c, clicks);
    answers.push({ scanning, slicesOfCurrentScan, clicksHandled: handled });
    const seen = answers.some((a) => a.scanning);
    if ((!scanning && seen) || (!seen && i >= 20)) break;
  }
  return answers;
}

declare global {
  interface Window {
    hostileProbe: {
      beats: number;
      clicks: number;
      observing: string[];
      longTasks: { start: number; duration: number }[];
      pageWork: { start: number; end: number }[];
      settledAt: number | null;
      work<T>(fn: () => T): T;
      inChunks(count: number, chunk: number, step: (i: number) => void): Promise<void>;
    };
  }
}
