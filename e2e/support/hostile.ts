import type { Page } from 'puppeteer-core';
import { expect } from 'vitest';
import type { TermsOnPage } from '@/utils/messaging/messages';
import type { ExtensionSession } from './browsers';
import type { ExtensionApi } from './extension-api';
import { LONG_TASK_MS } from '@/utils/constants';
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
 * Waits for glossing to settle, then checks what every hostile page must show: the page still runs,
 * nothing was thrown, and no task of the extension reached 50 ms, by its own account and, in
 * Chromium, by the long tasks the page observed after it settled. The timing checks are soft: they
 * fail the test but let its other checks (the marks) run too. Logs the figures for the report.
 */
export async function expectWellBehaved(
  label: string,
  api: ExtensionApi,
  opened: OpenedFixture,
  options: {
    probe?: boolean;
    clickButton?: boolean;
    settleMs?: number;
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
  expect.soft(cost.startupMs, 'the content script start-up task').toBeLessThan(LONG_TASK_MS);
  expect.soft(cost.longestTaskMs, 'the longest task the content script reports').toBeLessThan(LONG_TASK_MS);
  if (timings?.observing.includes('longtask')) {
    const long = timings.longTasksAfterSettling.filter((t) => t.duration >= LONG_TASK_MS);
    expect.soft(long, 'long tasks after the page settled that were not its own').toEqual([]);
  }
  return { marks, cost, timings };
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
