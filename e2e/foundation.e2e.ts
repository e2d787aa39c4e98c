import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BROWSERS,
  launchWithExtension,
  readExtensionStorage,
  type ExtensionSession,
} from './support/browsers';
import { startTestServer, type TestServer } from './support/server';

describe.each(BROWSERS)('foundation in %s', (browserName) => {
  let server: TestServer;
  let session: ExtensionSession;

  beforeAll(async () => {
    server = await startTestServer();
    session = await launchWithExtension(browserName);
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('runs the content script on a real news page served from 127.0.0.1', async () => {
    const startedAt = Date.now();
    await session.openPage(`${server.origin}/corpus/bbc-1.html`);
    const { frame } = await session.openExtensionPage('/popover.html', `${server.origin}/blank.html`);
    await frame.waitForFunction(
      async (since) => {
        const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
        const { contentReady } = (await api.storage.local.get('contentReady')) as {
          contentReady?: { at: number };
        };
        return (contentReady?.at ?? 0) >= since;
      },
      { timeout: 15_000 },
      startedAt,
    );
    const stored = await readExtensionStorage(frame, ['contentReady']);
    expect(stored.contentReady).toMatchObject({ protocol: 'http:' });
  });

  it('renders the toolbar popup', async () => {
    const { frame } = await session.openExtensionPage('/popup.html', `${server.origin}/blank.html`);
    const heading = await frame.waitForSelector('h1');
    expect(await heading?.evaluate((h) => h.textContent)).toBe('NewsGloss');
    expect(await frame.evaluate(() => document.title)).toBe('NewsGloss');
  });

  it('renders the options page', async () => {
    const { frame } = await session.openExtensionPage('/options.html', `${server.origin}/blank.html`);
    const heading = await frame.waitForSelector('h1');
    expect(await heading?.evaluate((h) => h.textContent)).toBe('NewsGloss settings');
  });
});
