import type { Frame, Page, Target, WebWorker } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OwnTerm } from '@/utils/own-terms/own-term';
import { stepOnlyIn } from './support/browser-steps';
import { BROWSERS, launchWithExtension, type BrowserName, type ExtensionSession } from './support/browsers';
import { ExtensionApi } from './support/extension-api';
import {
  markedTexts,
  pointOnMark,
  popoverFrame,
  popoverShown,
  waitForMarksToSettle,
} from './support/page-marks';
import { startRecordingProxy, type RecordingProxy } from './support/recording-proxy';
import { logBrowserRequests, type LoggedRequest } from './support/request-log';
import { ARTICLE_PAGE, startTestServer, type TestServer } from './support/server';
import { sleep, waitUntil } from './support/wait';

const SNOOPER = '/fixtures/snooper.html';

const NOTE_SECRET = 'SECRET-NOTE-4K7';
/** A stored note that would run script if it were ever parsed as HTML or followed as a link. */
const NOTE_TEXT =
  `${NOTE_SECRET} <img src=x onerror=alert(1)> ` +
  `<img src=y onerror="document.documentElement.dataset.pwned='note'"> javascript:alert(1)`;
const TYPED_SECRET = 'TYPED-SECRET-9Z';
const PAGE_TYPED = 'PAGE-TYPED-3X';

const OWN_TERM: OwnTerm = {
  id: 'own-zorbex-accord',
  headword: 'Zorbex Accord',
  aliases: [],
  abbreviation: false,
  category: 'event',
  summary:
    'A pact <b>signed</b> <img src=x onerror=alert(1)> ' +
    `<img src=y onerror="document.documentElement.dataset.pwned='term'"> see javascript:alert(1) for more.`,
  createdAt: 1_700_000_000_000,
  updatedAt: 1_700_000_000_000,
};

/** What markup in the note or summary would have produced, had it been parsed: none of it may exist. */
const injected = (frame: Frame) =>
  frame.evaluate(() => ({
    elements: document.querySelectorAll('img, b, a[href^="javascript" i]').length,
    pwned: document.documentElement.dataset.pwned ?? null,
  }));

const noteField = (frame: Frame) =>
  frame.$eval('.note-editor__field', (field) => (field as HTMLTextAreaElement).value);

const textOf = (frame: Frame, selector: string) =>
  frame.$eval(selector, (element) => element.textContent ?? '');

/** The browser vendors' own service hosts, which the browsers contact by themselves. */
const BROWSER_OWN_HOSTS: Record<BrowserName, RegExp> = {
  chromium: /(^|\.)(google\.com|googleapis\.com|gvt1\.com|gstatic\.com)$/,
  firefox: /(^|\.)(mozilla\.(com|org|net)|firefox\.com)$/,
};
const EXTENSION_URL = /^(chrome|moz)-extension:\/\//;

/** The host of a proxy log line: "CONNECT host:443" or an absolute http URL. */
function proxiedHost(line: string): string {
  return line.startsWith('CONNECT ') ? line.slice(8).replace(/:\d+$/, '') : new URL(line).hostname;
}

/** The extension's service worker (Chromium), started if it was stopped. */
async function workerOf(session: ExtensionSession): Promise<WebWorker> {
  const isOurs = (t: Target) => t.type() === 'service_worker' && t.url().startsWith(session.extensionOrigin);
  const target = session.browser.targets().find(isOurs) ?? (await session.browser.waitForTarget(isOurs));
  const worker = await target.worker();
  if (!worker) throw new Error('No service worker');
  return worker;
}

interface Snoop {
  keys: { type: string; key: string | null; data: string | null; value: string | null }[];
  mutations: string[];
  messages: string[];
  found: string[];
}
const snoopOf = (page: Page) =>
  page.evaluate(() => {
    const { keys, mutations, messages, found } = (window as unknown as { snoop: Snoop }).snoop;
    return { keys: [...keys], mutations: [...mutations], messages: [...messages], found: [...found] };
  });

describe.each(BROWSERS)('security and privacy in %s', (browserName) => {
  let server: TestServer;
  let proxy: RecordingProxy;
  let session: ExtensionSession;
  let api: ExtensionApi;
  let browserRequests: LoggedRequest[];
  /** Every JavaScript dialog any page or frame opened (each is dismissed at once). */
  const dialogs: string[] = [];

  const watchDialogs = (page: Page) =>
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss().catch(() => undefined);
    });

  const openTermPopover = async (page: Page, term: string): Promise<Frame> => {
    await page.bringToFront();
    const point = await pointOnMark(page, term);
    await page.mouse.click(point.x, point.y);
    await waitUntil(() => popoverShown(page), `the popover for ${term}`);
    return popoverFrame(page);
  };

  const openPopup = async () => {
    const opened = await session.openExtensionPage('/popup.html', `${server.origin}/blank.html`);
    await opened.page.setViewport({ width: 380, height: 560 });
    await opened.frame.waitForSelector('.popup__search');
    return opened;
  };

  beforeAll(async () => {
    server = await startTestServer();
    proxy = await startRecordingProxy();
    session = await launchWithExtension(browserName, { proxyPort: proxy.port });
    browserRequests = await logBrowserRequests(session);
    session.browser.on('targetcreated', (target) => {
      void target.page().then((page) => page && watchDialogs(page));
    });
    for (const page of await session.browser.pages()) watchDialogs(page);
    api = new ExtensionApi(session, `${server.origin}/blank.html`);
    await api.storageSet({
      'note:ttp': {
        entryId: 'ttp',
        text: NOTE_TEXT,
        createdAt: 1_700_000_000_000,
        updatedAt: 1_700_000_000_000,
      },
      ownTerms: [OWN_TERM],
    });
  });

  afterAll(async () => {
    await api?.close();
    await session?.close();
    await proxy?.close();
    await server?.close();
  });

  it('shows a note and an own term holding markup as literal text in the page popover', async () => {
    const page = await session.openPage(`${server.origin}${SNOOPER}`);
    await waitForMarksToSettle(page);
    expect((await markedTexts(page)).sort()).toEqual(['TTP', 'Zorbex Accord']);

    const note = await openTermPopover(page, 'TTP');
    await waitUntil(
      async () => (await noteField(note)) === NOTE_TEXT,
      'the stored note in the popover',
      30_000,
    );
    expect(await injected(note)).toEqual({ elements: 0, pwned: null });
    await page.keyboard.press('Escape');
    await waitUntil(async () => !(await popoverShown(page)), 'the popover to close', 30_000);

    const term = await openTermPopover(page, 'Zorbex Accord');
    await waitUntil(
      async () => (await textOf(term, '.term-card__summary')) === OWN_TERM.summary,
      'the summary',
      30_000,
    );
    expect(await textOf(term, '.term-card__headword')).toBe('Zorbex Accord');
    expect(await injected(term)).toEqual({ elements: 0, pwned: null });
    await sleep(500); // time for an onerror handler to have run, had an img been made
    expect(await injected(term)).toEqual({ elements: 0, pwned: null });
    expect(dialogs).toEqual([]);

    // The dialog listener does hear a dialog opened inside the popover frame, so the check above can fail.
    await term.evaluate(() => void setTimeout(() => alert('probe from the popover')));
    await waitUntil(async () => dialogs.includes('probe from the popover'), 'the probe dialog');
    dialogs.length = 0;
    await page.keyboard.press('Escape');
    await page.close();
  });

  it('shows them as literal text in the toolbar popup and on the options page', async () => {
    const popup = await openPopup();
    const frame = popup.frame;
    await frame.type('.popup__search', 'Zorbex');
    await waitUntil(
      async () => (await textOf(frame, '.row__headword')) === 'Zorbex Accord',
      'the search result',
      30_000,
    );
    expect(await textOf(frame, '.row__summary')).toBe(OWN_TERM.summary);
    await popup.page.keyboard.press('Enter');
    await frame.waitForSelector('.term-card__summary');
    expect(await textOf(frame, '.term-card__summary')).toBe(OWN_TERM.summary);
    expect(await injected(frame)).toEqual({ elements: 0, pwned: null });

    await frame.click('.term-card__back');
    await frame.focus('.popup__search');
    await popup.page.keyboard.press('Escape');
    await frame.click('.popup__tab:nth-child(2)');
    await waitUntil(
      async () => (await textOf(frame, '.row__summary')) === NOTE_TEXT,
      'the note in My notes',
      30_000,
    );
    await frame.click('.option-list [role="option"]');
    await waitUntil(
      async () => (await noteField(frame)) === NOTE_TEXT,
      'the note in the popup entry',
      30_000,
    );
    await sleep(500);
    expect(await injected(frame)).toEqual({ elements: 0, pwned: null });
    await popup.page.close();

    const options = await session.openExtensionPage('/options.html', `${server.origin}/blank.html`);
    await waitUntil(
      () => options.frame.evaluate((s) => document.body.textContent!.includes(s), OWN_TERM.summary),
      'the own term on the options page',
      30_000,
    );
    await sleep(500);
    expect(await injected(options.frame)).toEqual({ elements: 0, pwned: null });
    await options.page.close();
    expect(dialogs).toEqual([]);
  });

  it("keeps a shown and typed note out of the page's scripts' reach", async () => {
    const page = await session.openPage(`${server.origin}${SNOOPER}`);
    await waitForMarksToSettle(page);
    await page.evaluate(
      (needles) => (window as unknown as { snoop: { needles: string[] } }).snoop.needles.push(...needles),
      [NOTE_SECRET, TYPED_SECRET, PAGE_TYPED, 'OPEN-SHADOW-CANARY', 'CLOSED-SHADOW-CANARY'],
    );

    // The note is shown…
    const popover = await openTermPopover(page, 'TTP');
    await waitUntil(async () => (await noteField(popover)) === NOTE_TEXT, 'the note in the popover', 30_000);
    await sleep(500); // several rounds of the page's search
    await page.evaluate(() => void ((window as unknown as { snoop: Snoop }).snoop.keys.length = 0));
    // …then typed into, key by key, in the popover's own frame.
    await popover.type('.note-editor__field', ` ${TYPED_SECRET}`);
    await waitUntil(async () => {
      const stored = (await api.storageGet(['note:ttp']))['note:ttp'] as { text?: string } | undefined;
      return !!stored?.text?.includes(TYPED_SECRET);
    }, 'the typed note saved');
    await page.bringToFront();
    await sleep(500);
    const whileTyping = await snoopOf(page);
    expect(whileTyping.keys, 'no key or input event reached the page').toEqual([]);
    expect(whileTyping.found).toEqual(['OPEN-SHADOW-CANARY', 'CLOSED-SHADOW-CANARY']);
    for (const secret of [NOTE_SECRET, TYPED_SECRET]) {
      expect(whileTyping.mutations.filter((m) => m.includes(secret))).toEqual([]);
      expect(whileTyping.messages.filter((m) => m.includes(secret))).toEqual([]);
    }

    // The snooper works: it hears keys typed into the page's own input and finds the text.
    await popover.focus('.note-editor__field');
    await page.keyboard.press('Escape');
    await waitUntil(async () => !(await popoverShown(page)), 'the popover to close', 30_000);
    await page.click('#page-input');
    await page.keyboard.type(PAGE_TYPED);
    await waitUntil(
      async () => (await snoopOf(page)).found.includes(PAGE_TYPED),
      'the snooper to find page text',
      30_000,
    );
    const afterPageTyping = await snoopOf(page);
    const keydowns = afterPageTyping.keys.filter((k) => k.type === 'keydown').map((k) => k.key);
    expect(keydowns.join('')).toContain(PAGE_TYPED);
    expect(afterPageTyping.keys.some((k) => k.type === 'input' && k.value === PAGE_TYPED)).toBe(true);
    expect(afterPageTyping.found).not.toContain(NOTE_SECRET);
    expect(afterPageTyping.found).not.toContain(TYPED_SECRET);
    await page.close();
  });

  it('makes no network request in a whole session: pages, hover, popover, popup search, options', async () => {
    const article = await session.openPage(`${server.origin}${ARTICLE_PAGE}`);
    await waitForMarksToSettle(article);
    const point = await pointOnMark(article, 'TTP');
    await article.mouse.move(point.x, point.y);
    await waitUntil(() => popoverShown(article), 'the popover on hover');
    const popover = await popoverFrame(article);
    await waitUntil(
      async () => (await textOf(popover, '.term-card__headword')).length > 0,
      'the entry',
      30_000,
    );
    const popup = await openPopup();
    await popup.frame.type('.popup__search', 'tehrik talibn');
    await popup.frame.waitForSelector('.row__headword');
    await popup.page.keyboard.press('Enter');
    await popup.frame.waitForSelector('.term-card__headword');
    await popup.page.close();
    const options = await session.openExtensionPage('/options.html', `${server.origin}/blank.html`);
    await options.frame.waitForSelector('input, button');
    await sleep(2_000); // anything the extension would send late
    await options.page.close();

    const allowedPaths = new Set(['/blank.html', SNOOPER, ARTICLE_PAGE, '/favicon.ico']);
    expect(server.requests.filter((p) => !allowedPaths.has(p))).toEqual([]);
    // The proxy sees the whole browser, and the browser itself calls home (Chromium: update, time, sign-in
    // and autofill services; Firefox: remote settings). Those hosts are the vendor's; nothing else may appear.
    const otherHosts = proxy.requests
      .map(proxiedHost)
      .filter((host) => !BROWSER_OWN_HOSTS[browserName].test(host));
    expect(otherHosts, "hosts other than the browser vendor's asked for").toEqual([]);
    const elsewhere = browserRequests.filter(
      ({ url }) =>
        !url.startsWith(`${server.origin}/`) && !EXTENSION_URL.test(url) && !/^(data|blob|about):/.test(url),
    );
    expect(elsewhere).toEqual([]);
    // The browser's own record saw the pages and the extension's resources, so it was listening.
    expect(browserRequests.some(({ url }) => url === `${server.origin}${ARTICLE_PAGE}`)).toBe(true);
    await stepOnlyIn(
      browserName,
      'chromium',
      "the browser's record lists the extension's own requests",
      "Firefox's BiDi network events report web pages only",
      async () => {
        expect(browserRequests.some(({ url }) => url.startsWith(`${session.extensionOrigin}/`))).toBe(true);
      },
    );

    // And the records do catch requests the extension makes, so the checks above can fail.
    const frame = await api.frameForApi();
    await frame.evaluate(async (origin) => {
      await fetch(`${origin}/probe-from-extension-page`).catch(() => undefined);
      await fetch('https://probe.invalid/from-extension-page').catch(() => undefined);
    }, server.origin);
    await waitUntil(
      async () => proxy.requests.includes('CONNECT probe.invalid:443'),
      'the proxy to see the probe',
      30_000,
    );
    expect(server.requests).toContain('/probe-from-extension-page');
    await waitUntil(
      async () => browserRequests.some(({ url }) => url.endsWith('/probe-from-extension-page')),
      'the browser record to see the probe',
      30_000,
    );
    await stepOnlyIn(
      browserName,
      'chromium',
      "the background's own requests are recorded too (service worker probe)",
      "BiDi has no record of Firefox's background page",
      async () => {
        const worker = await workerOf(session);
        await worker.evaluate(async (origin) => {
          await fetch(`${origin}/probe-from-service-worker`).catch(() => undefined);
        }, server.origin);
        await waitUntil(
          async () =>
            browserRequests.some(
              ({ url, from }) =>
                url.endsWith('/probe-from-service-worker') && from.startsWith('service_worker'),
            ),
          'the CDP record to see the service worker probe',
          30_000,
        );
      },
    );
    await article.close();
  });
});
