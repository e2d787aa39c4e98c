import type { Frame, Page } from 'puppeteer-core';
import type { ExtensionSession } from './browsers';

/**
 * Runs code with the extension's privileges, in one of its own pages, so tests can read storage and
 * message a tab's content script the way the popup and background do.
 */
export class ExtensionApi {
  private frame: Frame | null = null;
  private page: Page | null = null;

  constructor(
    private readonly session: ExtensionSession,
    private readonly blankUrl: string,
  ) {}

  async frameForApi(): Promise<Frame> {
    if (!this.frame || this.frame.detached) {
      const opened = await this.session.openExtensionPage('/popover.html', this.blankUrl);
      this.frame = opened.frame;
      this.page = opened.page;
    }
    return this.frame;
  }

  async storageGet(keys: string[] | null): Promise<Record<string, unknown>> {
    const frame = await this.frameForApi();
    return frame.evaluate(async (k) => {
      const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
      return api.storage.local.get(k);
    }, keys);
  }

  async storageSet(items: Record<string, unknown>): Promise<void> {
    const frame = await this.frameForApi();
    await frame.evaluate(async (i) => {
      const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
      await api.storage.local.set(i);
    }, items);
  }

  /**
   * Sends a message to the content script of the page, as the popup does: brings the page's tab to
   * the front and messages the active tab (the extension asks for no "tabs" permission, so it cannot
   * look tabs up by URL).
   */
  async sendToPage<T>(page: Page, message: unknown): Promise<T> {
    const frame = await this.frameForApi();
    await page.bringToFront();
    return frame.evaluate(async (msg) => {
      const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
      const [tab] = await api.tabs.query({ active: true, currentWindow: true });
      if (tab?.id === undefined) throw new Error('No active tab');
      return api.tabs.sendMessage(tab.id, msg);
    }, message) as Promise<T>;
  }

  async close(): Promise<void> {
    await this.page?.close().catch(() => undefined);
    this.frame = null;
    this.page = null;
  }
}
