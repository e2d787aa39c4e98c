import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TermsOnPage } from '@/utils/messaging/messages';
import { BROWSERS, launchWithExtension, type ExtensionSession } from './support/browsers';
import { ExtensionApi } from './support/extension-api';
import { waitForMarksToSettle } from './support/page-marks';
import { startTestServer, type TestServer } from './support/server';

describe.each(BROWSERS)('foundation in %s', (browserName) => {
  let server: TestServer;
  let session: ExtensionSession;
  let api: ExtensionApi;

  beforeAll(async () => {
    server = await startTestServer();
    session = await launchWithExtension(browserName);
    api = new ExtensionApi(session, `${server.origin}/blank.html`);
  });

  afterAll(async () => {
    await api?.close();
    await session?.close();
    await server?.close();
  });

  it('runs the content script on a real news page served from 127.0.0.1', async () => {
    // The Washington Post page (2015, Tunisia) mentions Afghanistan: the content script marks it and
    // answers the popup's question about what the page holds.
    const page = await session.openPage(`${server.origin}/corpus/wapo-1.html`);
    expect((await waitForMarksToSettle(page)).length).toBeGreaterThan(0);
    const answer = await api.sendToPage<TermsOnPage>(page, { type: 'terms-on-page' });
    expect(answer.status).toBe('ok');
    expect(answer.status === 'ok' && answer.terms.map((t) => t.entryId)).toContain('afghanistan');
  });

  it('renders the toolbar popup', async () => {
    const { page, frame } = await session.openExtensionPage('/popup.html', `${server.origin}/blank.html`);
    const heading = await frame.waitForSelector('h1');
    expect(await heading?.evaluate((h) => h.textContent)).toBe('NewsGloss');
    expect(await frame.evaluate(() => document.title)).toBe('NewsGloss');
    await page.close();
  });

  it('renders the options page', async () => {
    const { page, frame } = await session.openExtensionPage('/options.html', `${server.origin}/blank.html`);
    const heading = await frame.waitForSelector('h1');
    expect(await heading?.evaluate((h) => h.textContent)).toBe('NewsGloss settings');
    await page.close();
  });
});
