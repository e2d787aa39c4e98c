import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page, Target } from 'puppeteer-core';
import { launchPlain, launchWithExtension } from '../e2e/support/browsers';
import { pointOnMark, popoverFrame, waitForMarksToSettle } from '../e2e/support/page-marks';
import { chromeExtensionDir } from '../e2e/support/paths';
import { waitUntil } from '../e2e/support/wait';
import { QUICK } from './mode';
import { median } from './stats';

const MiB = 2 ** 20;
/** Page loads per figure; the median is kept (a heap's size after GC still varies a little). */
const MEMORY_REPS = QUICK ? 1 : 3;

/** The JS heap of a target's isolate after a full garbage collection, through CDP. */
async function heapAfterGc(target: Target): Promise<number> {
  const cdp = await target.createCDPSession();
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize;
  } finally {
    await cdp.detach();
  }
}

/** The popover page's own target: in Chromium an extension frame runs in the extension's process. */
async function popoverTarget(browser: Browser): Promise<Target> {
  let found: Target | undefined;
  await waitUntil(async () => {
    found = browser.targets().find((t) => /^chrome-extension:\/\/[^/]+\/popover\.html/.test(t.url()));
    return !!found;
  }, 'the popover frame target');
  return found!;
}

async function showOnePopover(page: Page): Promise<void> {
  const [first] = await waitForMarksToSettle(page, 800, 60_000);
  if (!first) throw new Error('No term was marked on the memory page');
  const point = await pointOnMark(page, first);
  await page.mouse.move(point.x, point.y);
  const frame = await popoverFrame(page);
  await waitUntil(
    () => frame.evaluate(() => !document.querySelector<HTMLElement>('.popover')!.hidden),
    'the popover to show',
  );
}

/**
 * The same build doing nothing: its content script only frames the (blank) popover page. What the
 * browser itself charges any extension built like this one: the content script's isolated world and
 * an extension page in a frame.
 */
function floorBuild(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'newsgloss-floor-'));
  cpSync(chromeExtensionDir, dir, { recursive: true });
  writeFileSync(
    path.join(dir, 'content-scripts/content.js'),
    "(() => { const f = document.createElement('iframe'); f.src = chrome.runtime.getURL('/popover.html'); " +
      'document.documentElement.append(f); })();',
  );
  writeFileSync(path.join(dir, 'popover.html'), '<!DOCTYPE html><html lang="en"><body></body></html>');
  return dir;
}

export interface TabMemory {
  totalMiB: number;
  pageMiB: number;
  frameMiB: number;
  /** The do-nothing build's figures (floorBuild): the part of the total no code of ours can remove. */
  floorPageMiB: number;
  floorFrameMiB: number;
}

/**
 * What NewsGloss adds to a tab's JS heap in Chromium, with `url` open and one popover shown: the page's
 * isolate (page world and content script) minus the same page in the same browser without the
 * extension, plus the whole heap of the popover frame's process (only that frame runs there while one
 * tab is open). Returned in MiB, with the two parts, and the same two for the do-nothing build.
 */
export async function tabMemory(url: string): Promise<TabMemory> {
  const plain: number[] = [];
  const withUs: number[] = [];
  const frame: number[] = [];
  const floorPage: number[] = [];
  const floorFrame: number[] = [];
  const floorDir = floorBuild();
  try {
    for (let rep = 0; rep < MEMORY_REPS; rep++) {
      const bare = await launchPlain('chromium');
      try {
        const page = await bare.openPage(url);
        plain.push(await heapAfterGc(page.target()));
      } finally {
        await bare.close();
      }
      const session = await launchWithExtension('chromium');
      try {
        const page = await session.openPage(url);
        await showOnePopover(page);
        withUs.push(await heapAfterGc(page.target()));
        frame.push(await heapAfterGc(await popoverTarget(session.browser)));
      } finally {
        await session.close();
      }
      const floor = await launchWithExtension('chromium', { chromiumExtensionDir: floorDir });
      try {
        const page = await floor.openPage(url);
        const target = await popoverTarget(floor.browser);
        floorFrame.push(await heapAfterGc(target));
        floorPage.push(await heapAfterGc(page.target()));
      } finally {
        await floor.close();
      }
    }
  } finally {
    rmSync(floorDir, { recursive: true, force: true });
  }
  const pageMiB = (median(withUs) - median(plain)) / MiB;
  const frameMiB = median(frame) / MiB;
  return {
    totalMiB: pageMiB + frameMiB,
    pageMiB,
    frameMiB,
    floorPageMiB: (median(floorPage) - median(plain)) / MiB,
    floorFrameMiB: median(floorFrame) / MiB,
  };
}
