import type { Page, Target } from 'puppeteer-core';
import type { ExtensionSession } from './browsers';

export interface LoggedRequest {
  url: string;
  /** Where it was seen: the target's type and URL (Chromium) or the page's URL (Firefox). */
  from: string;
}

/**
 * Records the URL of every request the browser reports, from now on:
 * - Chromium: CDP Network events on every target, the extension's service worker, its pages and the
 *   popover's out-of-process iframe included (each target is attached as it appears).
 * - Firefox: WebDriver BiDi network events through puppeteer's page "request" event, for every tab. It
 *   reports http(s) and data: requests, an extension tab's fetch included, but no moz-extension: loads,
 *   and nothing of the background page (not a tab): there the recording proxy and the test server's
 *   log are the record.
 */
export async function logBrowserRequests(session: ExtensionSession): Promise<LoggedRequest[]> {
  const log: LoggedRequest[] = [];
  const seen = new Set<Target>();
  const watchPage = (page: Page) => {
    page.on('request', (request) => log.push({ url: request.url(), from: `page ${page.url()}` }));
  };
  const attach = async (target: Target) => {
    if (seen.has(target)) return;
    seen.add(target);
    if (session.name === 'firefox') {
      const page = await target.page().catch(() => null);
      if (page) watchPage(page);
      return;
    }
    if (target.type() === 'browser') return;
    try {
      const cdp = await target.createCDPSession();
      cdp.on('Network.requestWillBeSent', (event) =>
        log.push({ url: event.request.url, from: `${target.type()} ${target.url()}` }),
      );
      await cdp.send('Network.enable');
    } catch {
      // A target that closed before it could be attached made no request worth seeing after that.
    }
  };
  session.browser.on('targetcreated', (target: Target) => void attach(target));
  await Promise.all(session.browser.targets().map(attach));
  return log;
}

/** Targets seen so far by type (Chromium), to show the log covered the service worker and frames. */
export function targetTypes(session: ExtensionSession): string[] {
  return [...new Set(session.browser.targets().map((t) => t.type()))].sort();
}
