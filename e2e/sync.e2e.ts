import type { Frame } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { SYNC_DEBOUNCE_MS, SYNC_MIN_INTERVAL_MS } from '@/utils/constants';
import { toSyncItems } from '@/utils/sync/sync-items';
import { BROWSERS } from './support/browsers';
import { clickInPopover, clickMark, popoverFrame, waitForMarksToSettle } from './support/page-marks';
import { ARTICLE_PAGE } from './support/server';
import { useExtensionSuite } from './support/extension-suite';
import { waitUntil } from './support/wait';

const note = (text: string, updatedAt: number) => ({
  entryId: 'ttp',
  text,
  createdAt: 1_700_000_000_000,
  updatedAt,
});

/** storage.sync as the extension sees it, read or written from one of its pages. */
function syncArea(frame: Frame) {
  return {
    get: () =>
      frame.evaluate(() =>
        ((globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome).storage.sync.get(null),
      ),
    set: (items: Record<string, unknown>) =>
      frame.evaluate(
        (i) => ((globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome).storage.sync.set(i),
        items,
      ),
  };
}

describe.each(BROWSERS)('opt-in sync in %s', (browserName) => {
  const suite = useExtensionSuite(browserName);
  let options: Frame;

  beforeAll(async () => {
    await suite.api.storageSet({ 'note:ttp': note('Written on this computer.', 1_700_000_001_000) });
    options = (await suite.session.openExtensionPage('/options.html', `${suite.server.origin}/blank.html`))
      .frame;
    await options.waitForSelector('#sync-heading');
  });

  it('is off until switched on, then sends the notes to storage.sync and says how much it holds', async () => {
    const area = syncArea(await suite.api.frameForApi());
    const toggle = await options.$('#sync-heading ~ label input[type="checkbox"]');
    expect(await toggle!.evaluate((input) => (input as HTMLInputElement).checked)).toBe(false);
    expect(await area.get()).toEqual({});
    await toggle!.click();
    await waitUntil(async () => 'n:ttp' in (await area.get()), 'the note in storage.sync');
    await options.waitForSelector('.sync__status');
    expect(await options.$eval('.sync__status', (el) => el.textContent)).toMatch(
      /KB of 100 KB of sync storage in use/,
    );
  });

  it('takes another device’s newer edit of a note this computer has not changed', async () => {
    const area = syncArea(await suite.api.frameForApi());
    await area.set(
      toSyncItems({
        key: 'n:ttp',
        updatedAt: 1_700_000_009_000,
        value: note('Edited on the laptop.', 1_700_000_009_000),
      }),
    );
    await waitUntil(
      async () =>
        ((await suite.api.storageGet(['note:ttp']))['note:ttp'] as { text?: string })?.text ===
        'Edited on the laptop.',
      'the other device’s edit here',
    );
  });

  it('offers a note changed on both devices in the page popover, and settles it there', async () => {
    const frameForApi = await suite.api.frameForApi();
    const area = syncArea(frameForApi);
    // The last test's syncs are over (the one its own change started included)…
    await new Promise((resolve) => setTimeout(resolve, SYNC_DEBOUNCE_MS + SYNC_MIN_INTERVAL_MS));
    // …and both sides change in one task, before the next sync can run (it waits after a change).
    const laptop = toSyncItems({
      key: 'n:ttp',
      updatedAt: 1_700_000_020_000,
      value: note('Edited on the laptop again.', 1_700_000_020_000),
    });
    const here = { 'note:ttp': note('Edited here as well.', 1_700_000_021_000) };
    await frameForApi.evaluate(
      (remote, local) => {
        const ext = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
        return Promise.all([ext.storage.sync.set(remote), ext.storage.local.set(local)]);
      },
      laptop,
      here,
    );
    await waitUntil(
      async () => 'ttp' in (((await suite.api.storageGet(['syncConflicts'])).syncConflicts ?? {}) as object),
      'the conflict kept for the reader',
    );
    const article = await suite.session.openPage(`${suite.server.origin}${ARTICLE_PAGE}`);
    await article.bringToFront();
    await waitForMarksToSettle(article);
    await clickMark(article, 'TTP');
    const frame = await popoverFrame(article);
    await frame.waitForSelector('.sync__conflict blockquote');
    expect(await frame.$eval('.sync__conflict blockquote', (e) => e.textContent)).toBe(
      'Edited on the laptop again.',
    );
    await clickInPopover(article, frame, '.sync__conflict button:nth-of-type(3)'); // Keep both
    const both = 'Edited on the laptop again.\n\nEdited here as well.';
    await waitUntil(
      async () =>
        ((await suite.api.storageGet(['note:ttp']))['note:ttp'] as { text?: string })?.text === both,
      'both texts kept',
    );
    await waitUntil(async () => !(await frame.$('.sync__conflict')), 'the conflict gone from the popover');
    // The choice travels: the next sync sends the merged text.
    await waitUntil(
      async () => JSON.stringify(await area.get()).includes('Edited here as well.'),
      'the merged note in storage.sync',
    );
    await article.close();
  });

  it('keeps the full local copy when switched off, and sends nothing more', async () => {
    const area = syncArea(await suite.api.frameForApi());
    await (await options.$('#sync-heading ~ label input[type="checkbox"]'))!.click();
    await waitUntil(async () => (await suite.api.storageGet(['syncOn'])).syncOn === false, 'sync off');
    await suite.api.storageSet({ 'note:bla': { ...note('Only here.', 1_700_000_010_000), entryId: 'bla' } });
    // An absence can only be waited for: twice the longest a sync waits after a change. (The switch
    // stopping every watcher is unit-tested without a clock: tests/utils/sync/keep-synced.test.ts.)
    await new Promise((resolve) => setTimeout(resolve, 2 * Math.max(SYNC_DEBOUNCE_MS, SYNC_MIN_INTERVAL_MS)));
    expect(Object.keys(await area.get())).not.toContain('n:bla');
    const local = await suite.api.storageGet(['note:ttp', 'note:bla']);
    expect(Object.keys(local).sort()).toEqual(['note:bla', 'note:ttp']);
  });
});
