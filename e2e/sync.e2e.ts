import type { Frame } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { SYNC_DEBOUNCE_MS } from '@/utils/constants';
import { toSyncItems } from '@/utils/sync/sync-items';
import { BROWSERS } from './support/browsers';
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

  it('keeps the full local copy when switched off, and sends nothing more', async () => {
    const area = syncArea(await suite.api.frameForApi());
    await (await options.$('#sync-heading ~ label input[type="checkbox"]'))!.click();
    await waitUntil(async () => (await suite.api.storageGet(['syncOn'])).syncOn === false, 'sync off');
    await suite.api.storageSet({ 'note:bla': { ...note('Only here.', 1_700_000_010_000), entryId: 'bla' } });
    // An absence can only be waited for: three times the sync's own wait after a change. (The switch
    // stopping every watcher is unit-tested without a clock: tests/utils/sync/keep-synced.test.ts.)
    await new Promise((resolve) => setTimeout(resolve, 3 * SYNC_DEBOUNCE_MS));
    expect(Object.keys(await area.get())).not.toContain('n:bla');
    const local = await suite.api.storageGet(['note:ttp', 'note:bla']);
    expect(Object.keys(local).sort()).toEqual(['note:bla', 'note:ttp']);
  });
});
