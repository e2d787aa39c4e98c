import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPackFile } from '@/utils/packs/pack-file';
import { checkedPacks } from '../scripts/compile-glossary';
import { ownTerm } from '../tests/support/own-term';
import { BROWSERS } from './support/browsers';
import { captureDownloads } from './support/captured-downloads';
import { useExtensionSuite } from './support/extension-suite';
import { waitUntil } from './support/wait';

const BUNDLED = checkedPacks(path.resolve(__dirname, '../data'));
const SOURCED = ownTerm('Bannu jirga', {
  context: 'A council of elders met in Bannu over a land dispute; the reader follows its rulings.',
  source: { title: 'A report on the jirga', url: 'https://example.org/jirga', published: '2026-11-20' },
});
const UNSOURCED = ownTerm('Kurram truce');

describe.each(BROWSERS)('sharing own terms in %s', (browserName) => {
  const suite = useExtensionSuite(browserName);

  it('exports them as a pack another reader can import, naming what was left out, and as CSV', async () => {
    await suite.api.storageSet({ ownTerms: [SOURCED, UNSOURCED] });
    const { frame } = await suite.session.openExtensionPage(
      '/options.html',
      `${suite.server.origin}/blank.html`,
    );
    await frame.waitForSelector('#own-heading');
    const downloads = await captureDownloads(frame);
    const [asPack, asCsv] = await frame.$$('#own-heading ~ .row button');
    expect(await asPack!.evaluate((b) => b.textContent)).toBe('Share as a glossary pack');
    await asPack!.click();
    await waitUntil(() => downloads().then((d) => d.length === 1), 'the pack file');
    const status = () => frame.$eval('#own-heading ~ [role="status"]', (el) => el.textContent ?? '');
    expect(await status()).toBe(
      'Exported 1 term as a glossary pack. Left out 1 term without context and a source: Kurram truce.',
    );
    const [packText] = await downloads();
    const read = readPackFile(packText!, BUNDLED, []);
    if (!read.ok) throw new Error(read.error);
    expect(read.value.pack.entries.map((e) => e.headword)).toEqual(['Bannu jirga']);

    await asCsv!.click();
    await waitUntil(() => downloads().then((d) => d.length === 2), 'the CSV file');
    const csv = (await downloads())[1]!.split('\r\n');
    expect(csv[0]).toMatch(/^id,headword,other_spellings,/);
    expect(csv.filter(Boolean)).toHaveLength(3);
  });
});
