import { existsSync } from 'node:fs';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import { builtManifest, chromeExtensionDir, firefoxExtensionDir } from './paths';
import { navigateFirefox, waitForChildFrame, waitForNewPage } from './firefox-pages';
import { waitForWelcomePage } from './welcome-tab';

export type BrowserName = 'chromium' | 'firefox';
export const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

/** A real browser with the built extension installed, and ways into the extension's own pages. */
export interface ExtensionSession {
  name: BrowserName;
  browser: Browser;
  /** The extension's origin, e.g. chrome-extension://<id> or moz-extension://<uuid>. */
  extensionOrigin: string;
  newPage(): Promise<Page>;
  /** Opens url in a new tab and waits for its load event. */
  openPage(url: string): Promise<Page>;
  /**
   * Opens an extension page (e.g. '/popup.html') in a tab of its own and returns the frame to drive.
   * Chromium: a tab navigated to it. Firefox: WebDriver BiDi refuses to navigate a tab to a
   * moz-extension:// URL, so the web-accessible popover page is framed into a test page and opens the
   * wanted page with window.open (allowed for the extension's own origin).
   */
  openExtensionPage(path: string, blankUrl: string): Promise<{ page: Page; frame: Frame }>;
  close(): Promise<void>;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox', // CI runs as root, where Chromium's sandbox cannot start.
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking', // no internet here: background fetches only fail noisily
  '--disable-component-update',
  '--disable-sync',
  // Real pages reference unreachable hosts; fail those lookups at once instead of stalling loads.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

/** A fixed add-on UUID for Firefox, so tests know the moz-extension:// origin in advance. */
const FIREFOX_UUID = '5e1f0c6a-7d3b-4c1e-9a2f-0123456789ab';

export const FIREFOX_PREFS = {
  // No internet here: send every non-local request to a closed port so it fails at once.
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 9,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 9,
  'network.proxy.no_proxies_on': '127.0.0.1',
  'network.proxy.allow_hijacking_localhost': false,
};

export function browserPath(name: BrowserName): string {
  const [envVar, fallback, pkg] =
    name === 'chromium'
      ? ['CHROME_PATH', '/usr/bin/chromium', 'chromium']
      : ['FIREFOX_PATH', '/usr/bin/firefox-esr', 'firefox-esr'];
  const executable = process.env[envVar] ?? fallback;
  if (!existsSync(executable)) {
    throw new Error(
      `${name} was not found at ${executable}. Install it with \`apt-get install -y ${pkg}\` ` +
        `(Debian), or set ${envVar} to the browser's executable.`,
    );
  }
  return executable;
}

function requireBuild(dir: string, script: string): string {
  if (!existsSync(`${dir}/manifest.json`)) {
    throw new Error(`No extension build at ${dir}. Run \`npm run ${script}\` first (npm run test:e2e does).`);
  }
  return dir;
}

/** The add-on id a Firefox build declares (browser_specific_settings.gecko.id in its manifest). */
function geckoId(extensionDir: string): string {
  const settings = builtManifest(extensionDir).browser_specific_settings as
    { gecko?: { id?: string } } | undefined;
  const id = settings?.gecko?.id;
  if (!id) throw new Error(`The Firefox build at ${extensionDir} declares no add-on id`);
  return id;
}

export interface LaunchOptions {
  /**
   * Sends every request for a host other than 127.0.0.1 through an HTTP proxy on this local port
   * (e2e/support/recording-proxy.ts), so a test sees what the whole browser asked the network for.
   */
  proxyPort?: number;
  /** Chromium only: a build other than `npm run build`'s (the benchmark's do-nothing floor). */
  chromiumExtensionDir?: string;
  /**
   * Leaves open the welcome page the extension opens on install (its own test looks at it). Otherwise
   * it is closed once open, so its marks and popover frame are in no other test's or figure's way.
   */
  keepWelcome?: boolean;
}

export async function launchWithExtension(
  name: BrowserName,
  options: LaunchOptions = {},
): Promise<ExtensionSession> {
  return name === 'chromium' ? launchChromium(options) : launchFirefox(options);
}

/** The same browser, set up the same way, without the extension: the baseline pages are compared to. */
export async function launchPlain(name: BrowserName): Promise<Pick<ExtensionSession, 'openPage' | 'close'>> {
  const browser =
    name === 'chromium'
      ? await puppeteer.launch({
          executablePath: browserPath('chromium'),
          headless: true,
          args: CHROMIUM_ARGS,
        })
      : await puppeteer.launch({
          browser: 'firefox',
          executablePath: browserPath('firefox'),
          headless: true,
          extraPrefsFirefox: FIREFOX_PREFS,
        });
  return {
    async openPage(url) {
      const page = await browser.newPage();
      if (name === 'firefox') await navigateFirefox(page, url);
      else await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    close: () => browser.close(),
  };
}

async function launchChromium({
  proxyPort,
  chromiumExtensionDir,
  keepWelcome,
}: LaunchOptions): Promise<ExtensionSession> {
  const extensionDir = requireBuild(chromiumExtensionDir ?? chromeExtensionDir, 'build');
  const browser = await puppeteer.launch({
    executablePath: browserPath('chromium'),
    headless: true,
    enableExtensions: true,
    // Loopback addresses bypass the proxy by default, so the test server is still reached directly.
    args: proxyPort ? [...CHROMIUM_ARGS, `--proxy-server=http://127.0.0.1:${proxyPort}`] : CHROMIUM_ARGS,
  });
  const id = await browser.installExtension(extensionDir);
  if (!keepWelcome) await (await waitForWelcomePage(browser)).close();
  const extensionOrigin = `chrome-extension://${id}`;
  return {
    name: 'chromium',
    browser,
    extensionOrigin,
    newPage: () => browser.newPage(),
    async openPage(url) {
      const page = await browser.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    async openExtensionPage(path) {
      const page = await browser.newPage();
      await page.goto(`${extensionOrigin}${path}`, { waitUntil: 'load' });
      return { page, frame: page.mainFrame() };
    },
    close: () => browser.close(),
  };
}

async function launchFirefox({ proxyPort, keepWelcome }: LaunchOptions): Promise<ExtensionSession> {
  const extensionDir = requireBuild(firefoxExtensionDir, 'build:firefox');
  const addonId = geckoId(extensionDir);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: browserPath('firefox'),
    headless: true,
    extraPrefsFirefox: {
      ...FIREFOX_PREFS,
      ...(proxyPort ? { 'network.proxy.http_port': proxyPort, 'network.proxy.ssl_port': proxyPort } : {}),
      'xpinstall.signatures.required': false,
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: FIREFOX_UUID }),
    },
  });
  const installedId = await browser.installExtension(extensionDir);
  if (installedId !== addonId) {
    await browser.close();
    throw new Error(`Expected add-on id ${addonId}, Firefox installed ${installedId}`);
  }
  if (!keepWelcome) await (await waitForWelcomePage(browser)).close();
  const extensionOrigin = `moz-extension://${FIREFOX_UUID}`;
  return {
    name: 'firefox',
    browser,
    extensionOrigin,
    newPage: () => browser.newPage(),
    async openPage(url) {
      const page = await browser.newPage();
      await navigateFirefox(page, url);
      return page;
    },
    async openExtensionPage(path, blankUrl) {
      // Foothold: the web-accessible popover page in an iframe of a test page. From there, window.open
      // gives a real top-level extension tab with every API (a frame inside a web page lacks "tabs").
      const foothold = await browser.newPage();
      await foothold.goto(blankUrl, { waitUntil: 'load' });
      await foothold.evaluate((src) => {
        const frame = document.createElement('iframe');
        frame.src = src;
        document.body.append(frame);
      }, `${extensionOrigin}/popover.html`);
      const footholdFrame = await waitForChildFrame(foothold);
      const before = new Set(await browser.pages());
      await footholdFrame.evaluate((target) => void window.open(target, '_blank'), path);
      const page = await waitForNewPage(browser, before);
      // BiDi reports extension documents as about:blank, so wait on the document itself.
      await page.waitForFunction(
        (target) =>
          location.pathname + location.search + location.hash === target &&
          document.readyState === 'complete',
        { polling: 50 },
        path,
      );
      await foothold.close();
      return { page, frame: page.mainFrame() };
    },
    close: () => browser.close(),
  };
}

/** Reads keys from the extension's storage.local, through one of its pages. */
export async function readExtensionStorage(frame: Frame, keys: string[]): Promise<Record<string, unknown>> {
  return frame.evaluate(async (k) => {
    const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
    return api.storage.local.get(k);
  }, keys);
}
