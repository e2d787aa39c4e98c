import type { Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launchWithExtension, type ExtensionSession } from './support/browsers';
import { bundledEntry } from './support/bundled-entries';
import { ExtensionApi } from './support/extension-api';
import { reloadExtension } from './support/extension-reload';
import { startTestServer, type TestServer } from './support/server';
import { innerTexts } from './support/text-in-page';
import { waitUntil } from './support/wait';

/** What the reader has, written straight into the extension's storage.local. */
const STORED = {
  'note:ttp': {
    entryId: 'ttp',
    text: 'Ask about the 2024 talks.',
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_500_000,
  },
  'note:zarb-e-azb': {
    entryId: 'zarb-e-azb',
    text: 'Launched June 2014.',
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_900_000,
  },
  ownTerms: [
    {
      id: 'own-shuttle-talks',
      headword: 'Shuttle talks',
      aliases: ['shuttle diplomacy'],
      abbreviation: false,
      category: 'event',
      summary: 'Talks where a mediator carries messages between two sides.',
      createdAt: 1_700_000_000_000,
      updatedAt: 1_700_000_000_000,
    },
  ],
  settings: {
    enabled: true,
    trigger: 'click',
    hoverDelayMs: 600,
    density: 'all',
    markStyle: 'tint',
    hiddenCategories: [],
    disabledPacks: [],
    siteMode: 'off-on-listed',
    sites: ['dawn.com'],
  },
  settings$: { v: 2 },
  // A damaged note: it must survive too, untouched, and be reported.
  'note:broken': '{"entryId":"broken","text":"half',
};

describe.each(BROWSERS)('data safety in %s', (browserName) => {
  let server: TestServer;
  let session: ExtensionSession;
  let api: ExtensionApi;
  let blankUrl: string;

  beforeAll(async () => {
    server = await startTestServer();
    session = await launchWithExtension(browserName);
    blankUrl = `${server.origin}/blank.html`;
    api = new ExtensionApi(session, blankUrl);
  });

  afterAll(async () => {
    await api?.close();
    await session?.close();
    await server?.close();
  });

  it('stores notes, own terms, settings and a damaged record through the extension', async () => {
    await api.storageSet(STORED);
    expect(await api.storageGet(Object.keys(STORED))).toEqual(STORED);
    await api.close();
  });

  it('keeps all of it, the damaged record too, through a reload of the extension', async () => {
    await reloadExtension(session, blankUrl);
    expect(await api.storageGet(Object.keys(STORED))).toEqual(STORED);
    await api.close();
  });

  it('shows the kept notes in the popup, and says which record was set aside', async () => {
    const popup: { page: Page; frame: Frame } = await session.openExtensionPage('/popup.html', blankUrl);
    const frame = popup.frame;
    await frame.waitForSelector('.popup__tab');
    await frame.click('.popup__tab:nth-child(2)');
    await waitUntil(
      async () =>
        (await innerTexts(frame, '.option-list .row__headword')).join('|') ===
        [bundledEntry('zarb-e-azb').headword, bundledEntry('ttp').headword].join('|'),
      'both notes, newest first',
    );
    const notice = await frame.waitForSelector('.popup__set-aside');
    expect(await notice!.evaluate((e) => e.textContent)).toBe(
      '1 stored record could not be read and was set aside, kept unchanged: note:broken.',
    );
    await popup.page.close();
  });

  it('shows the kept own term, counts and settings in the options page', async () => {
    const options = await session.openExtensionPage('/options.html', blankUrl);
    const frame = options.frame;
    await frame.waitForSelector('[aria-label="My terms"]');
    expect(await innerTexts(frame, '[aria-label="My terms"] strong')).toEqual(['Shuttle talks']);
    await waitUntil(
      async () =>
        (await innerTexts(frame, '#data-heading ~ p.muted'))[0]?.includes('2 notes, 1 own term') ?? false,
      'the data counts',
    );
    expect((await innerTexts(frame, '#data-heading ~ .set-aside-notice'))[0]).toMatch(
      /set aside.*note:broken/,
    );
    // The stored mark style (tint, the third choice), not the default (dotted).
    await waitUntil(
      () =>
        frame.$$eval(
          'input[name="mark-style"]',
          (inputs) => inputs.map((i) => (i as HTMLInputElement).checked).join() === 'false,false,true',
        ),
      'the stored mark style',
    );
    await options.page.close();
  });
});
