import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Frame, Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import type { Pack } from '@/utils/glossary/types';
import { BROWSERS } from './support/browsers';
import { useExtensionSuite } from './support/extension-suite';
import { clickMark, markedTexts, popoverFrame, popoverText, waitForMarkedTexts } from './support/page-marks';
import { fixturesDir } from './support/paths';
import { waitUntil } from './support/wait';

const PAGE = '/fixtures/packs/accords.html';
const packFile = (name: string) => path.join(fixturesDir, 'packs', name);
const V1 = JSON.parse(readFileSync(packFile('fictional-accords-1.0.0.json'), 'utf8')) as Pack;

/**
 * A glossary pack added from a file in the options page (issue 18), as a reader does it: a broken pack
 * refused with the entry and field at fault and nothing stored; a good one listed, glossing a page (its
 * short form too) and shown in the popover; switched off and on; replaced by a newer version after the
 * change is shown; removed. Every name in the pack and the page is made up.
 */
describe.each(BROWSERS)('a glossary pack from a file, in %s', (browserName) => {
  const suite = useExtensionSuite(browserName);
  let options: { page: Page; frame: Frame };
  let article: Page;

  const upload = async (name: string) => {
    await options.page.bringToFront();
    const input = await options.frame.$('.pack-import input[type="file"]');
    await input!.uploadFile(packFile(name));
  };
  /** The text of the element, or '' while there is none. */
  const textOf = (selector: string) =>
    options.frame.$eval(selector, (e) => e.textContent ?? '').catch(() => '');
  const importedRows = () =>
    options.frame.$$eval('.imported-pack label', (labels) => labels.map((l) => l.textContent?.trim() ?? ''));
  const storedPacks = async () => (await suite.api.storageGet(['importedPacks'])).importedPacks as Pack[];

  it('refuses a pack with a bad entry, naming the entry and the field, and stores nothing', async () => {
    // Every mention marked, not just the first: the short form comes after its full name.
    await suite.api.storageSet({ settings: { enabled: true, density: 'all' } });
    options = await suite.session.openExtensionPage('/options.html', `${suite.server.origin}/blank.html`);
    await options.frame.waitForSelector('#glossary-heading');
    await upload('fictional-accords-broken.json');
    await waitUntil(async () => (await textOf('.pack-message[role="alert"]')) !== '', 'the refusal');
    expect(await textOf('.pack-message[role="alert"]')).toBe(
      'Nothing was imported: the pack has 1 problem. test-fictional-accords: entry ' +
        '"test-pack-quellmoor-treaty", field "sources[0].url": must be an https URL',
    );
    expect(await storedPacks()).toBeUndefined();
    expect(await importedRows()).toEqual([]);
  });

  it('adds a good pack, lists it with its version, licence and entries, and glosses a page with it', async () => {
    await upload('fictional-accords-1.0.0.json');
    await waitUntil(async () => (await textOf('.pack-message[role="status"]')) !== '', 'the import');
    expect(await textOf('.pack-message[role="status"]')).toBe(
      'Added Fictional accords (test) 1.0.0: 2 entries.',
    );
    expect((await storedPacks()).map((p) => [p.id, p.version])).toEqual([
      ['test-fictional-accords', '1.0.0'],
    ]);
    await waitUntil(async () => (await importedRows()).length === 1, 'the pack listed');
    expect(await importedRows()).toEqual([
      'Fictional accords (test) (2 entries, version 1.0.0, CC0 1.0; added from a file)',
    ]);

    article = await suite.session.openPage(`${suite.server.origin}${PAGE}`);
    await waitUntil(async () => {
      const marks = await markedTexts(article);
      return marks.includes('Zorvani Accord') && marks.includes('Quellmoor Treaty');
    }, 'the pack’s terms marked');
    expect(await markedTexts(article)).not.toContain('Brindle Compact');
  });

  it('marks the short form after its full name, and nothing else', async () => {
    await waitForMarkedTexts(article, ['Zorvani Accord', 'Quellmoor Treaty', 'Zorvani']);
  });

  it('shows the imported entry in the popover', async () => {
    await article.bringToFront();
    await clickMark(article, 'Zorvani Accord');
    const frame = await popoverFrame(article);
    await waitUntil(
      async () => (await popoverText(frame)).includes(V1.entries[0]!.summary),
      'the imported entry’s summary in the popover',
    );
    await article.keyboard.press('Escape');
  });

  it('stops glossing with the pack when it is switched off, and starts again', async () => {
    await options.page.bringToFront();
    const box = await options.frame.$('.imported-pack input[type="checkbox"]');
    await box!.click();
    await waitForMarkedTexts(article, []);
    expect((await suite.api.storageGet(['settings'])).settings).toMatchObject({
      disabledPacks: ['test-fictional-accords'],
    });
    await box!.click();
    await waitUntil(async () => (await markedTexts(article)).includes('Zorvani Accord'), 'marked again');
  });

  it('shows what a newer version changes, and replaces the old only on Replace', async () => {
    await upload('fictional-accords-1.1.0.json');
    await waitUntil(async () => (await textOf('.pack-change')) !== '', 'the change');
    expect(await textOf('#pack-change-summary')).toBe(
      'Fictional accords (test) 1.0.0 → 1.1.0: 1 added, 0 removed, 1 changed',
    );
    expect(await options.frame.$$eval('.pack-change li', (li) => li.map((l) => l.textContent))).toEqual([
      'Added: test-pack-brindle-compact',
      'Changed: test-pack-zorvani-accord',
    ]);
    expect((await storedPacks())[0]!.version).toBe('1.0.0');

    await options.frame.click('.pack-change button');
    await waitUntil(
      async () => (await textOf('.pack-message[role="status"]')).startsWith('Replaced'),
      'Replace',
    );
    expect(await textOf('.pack-message[role="status"]')).toBe(
      'Replaced Fictional accords (test) 1.0.0 with 1.1.0: 3 entries.',
    );
    expect((await storedPacks()).map((p) => [p.version, p.entries.length])).toEqual([['1.1.0', 3]]);
    await waitUntil(
      async () => (await importedRows())[0]?.includes('version 1.1.0') ?? false,
      'the new version',
    );
    expect(await importedRows()).toEqual([
      'Fictional accords (test) (3 entries, version 1.1.0, CC0 1.0; added from a file)',
    ]);
    await waitUntil(
      async () => (await markedTexts(article)).includes('Brindle Compact'),
      'the added entry marked on the page',
    );
  });

  it('refuses an own term that takes a name of an imported entry', async () => {
    const frame = options.frame;
    await options.page.bringToFront();
    await frame.click('#own-heading ~ button');
    await frame.type('.own-form input', 'Brindle Compact');
    const textareas = await frame.$$('.own-form textarea');
    await textareas[1]!.type('A clash with the imported pack.');
    await frame.click('.own-form button[type="submit"]');
    await frame.waitForSelector('.own-form .error');
    expect(await frame.$eval('.own-form .error', (e) => e.textContent)).toContain(
      '“Brindle Compact” is already a name of Brindle Compact.',
    );
    await frame.click('.own-form button[type="button"]');
    expect((await suite.api.storageGet(['ownTerms'])).ownTerms ?? []).toEqual([]);
  });

  it('removes the pack after a second press that names it', async () => {
    await options.page.bringToFront();
    await options.frame.click('.imported-pack button');
    await options.frame.waitForSelector('.imported-pack button.danger');
    expect(await textOf('.imported-pack button.danger')).toBe('Remove Fictional accords (test)?');
    await options.frame.click('.imported-pack button.danger');
    await waitUntil(async () => (await storedPacks())?.length === 0, 'the pack gone from storage');
    await waitUntil(async () => (await importedRows()).length === 0, 'the pack gone from the list');
    expect(await textOf('.pack-message[role="status"]')).toBe('Removed Fictional accords (test).');
    await waitForMarkedTexts(article, []);
  });
});
