// `npm run store-assets`: the store images, from real runs of the built extension in Chromium on the
// project's own pages (docs/store/images). Both stores take 1280×800 screenshots; the Chrome Web Store
// also wants a 440×280 promo tile. See docs/store/listing.md for the text and README "Making a release".
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { launchWithExtension, type ExtensionSession } from '../e2e/support/browsers';
import { ExtensionApi } from '../e2e/support/extension-api';
import {
  pointOnMark,
  popoverFrame,
  popoverShown,
  popoverText,
  waitForMarksToSettle,
} from '../e2e/support/page-marks';
import { ARTICLE_PAGE, startTestServer } from '../e2e/support/server';
import { innerTexts } from '../e2e/support/text-in-page';
import { waitUntil } from '../e2e/support/wait';
import { waitForWelcomePage } from '../e2e/support/welcome-tab';

const OUT_DIR = 'docs/store/images';
const SCREEN = { width: 1280, height: 800 };
const POPUP = { width: 380, height: 560 };
const TAGLINE = 'Explains the terms in the news, in place. Offline and private.';

const out = (file: string) => path.join(OUT_DIR, file);
const svgIcon = readFileSync('assets/icon.svg', 'utf8');

/** A 1280×800 slide: the caption on the left, a screenshot of the popup (light or dark) on the right. */
function slide(caption: string, shot: Buffer, dark: boolean): string {
  const [bg, fg] = dark ? ['#11181b', '#e8ecee'] : ['#e6f1f2', '#0f3d42'];
  return `<!doctype html><style>
    html,body{margin:0;width:1280px;height:800px;background:${bg};color:${fg};font:32px/1.35 system-ui,sans-serif}
    main{display:flex;align-items:center;justify-content:center;gap:80px;height:100%}
    p{width:520px;margin:0}
    img{border-radius:12px;box-shadow:0 12px 40px rgba(0,0,0,.3);width:${POPUP.width * 1.25}px}
  </style><main><p>${caption}</p><img src="data:image/png;base64,${shot.toString('base64')}"></main>`;
}

const PROMO = `<!doctype html><style>
  html,body{margin:0;width:440px;height:280px;background:#0f5e66;color:#fff;font:18px/1.35 system-ui,sans-serif}
  main{display:flex;flex-direction:column;justify-content:center;height:100%;padding:0 36px;box-sizing:border-box}
  h1{display:flex;align-items:center;gap:14px;margin:0 0 14px;font-size:38px}
  svg{width:64px;height:64px}
</style><main><h1>${svgIcon}NewsGloss</h1><p>${TAGLINE}</p></main>`;

async function render(browser: Browser, html: string, size: { width: number; height: number }, file: string) {
  const page = await browser.newPage();
  await page.setViewport(size);
  await page.setContent(html, { waitUntil: 'load' });
  await page.screenshot({ path: out(file) });
  await page.close();
}

async function popoverOnArticle(page: Page): Promise<void> {
  await page.setViewport(SCREEN);
  await waitForMarksToSettle(page);
  const point = await pointOnMark(page, 'TTP');
  await page.mouse.move(point.x, point.y);
  await waitUntil(() => popoverShown(page), 'the popover');
  const frame = await popoverFrame(page);
  await waitUntil(async () => (await popoverText(frame)).includes('Tehrik'), 'the TTP entry');
  await page.screenshot({ path: out('screenshot-1-popover.png') });
}

async function popupShot(session: ExtensionSession, blank: string, query: string, dark: boolean) {
  const popup = await session.openExtensionPage('/popup.html', blank);
  await popup.page.setViewport(POPUP);
  if (dark) await popup.page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
  await popup.frame.waitForSelector('.popup__search');
  await popup.frame.type('.popup__search', query);
  await waitUntil(
    async () => (await innerTexts(popup.frame, '.row__headword')).length > 0,
    `results for ${query}`,
  );
  return popup;
}

/** The popup as it is now, on a 1280×800 slide beside its caption; the popup's tab is closed. */
async function saveSlide(browser: Browser, popup: Page, caption: string, dark: boolean, file: string) {
  const shot = Buffer.from(await popup.screenshot());
  await popup.close();
  await render(browser, slide(caption, shot, dark), SCREEN, file);
}

const server = await startTestServer();
const session = await launchWithExtension('chromium', { keepWelcome: true });
const blank = `${server.origin}/blank.html`;
mkdirSync(OUT_DIR, { recursive: true });
try {
  const welcome = await waitForWelcomePage(session.browser);
  await welcome.setViewport(SCREEN);
  await waitUntil(
    async () => (await innerTexts(welcome.mainFrame(), '.welcome__packs li')).length > 0,
    'the welcome page',
  );
  await welcome.screenshot({ path: out('screenshot-5-welcome.png') });
  await welcome.close();

  await popoverOnArticle(await session.openPage(`${server.origin}${ARTICLE_PAGE}`));

  const search = await popupShot(session, blank, 'tehrik talibn', false);
  await saveSlide(
    session.browser,
    search.page,
    'Search the whole glossary, typos forgiven.',
    false,
    'screenshot-2-search.png',
  );

  const api = new ExtensionApi(session, blank);
  const now = Date.now();
  const text = 'Launched in June 2014 in North Waziristan. Compare with the ISPR figures.';
  await api.storageSet({
    'note:zarb-e-azb': { entryId: 'zarb-e-azb', text, createdAt: now, updatedAt: now },
  });
  const note = await popupShot(session, blank, 'zarb e azb', true);
  await note.page.keyboard.press('Enter');
  await note.frame.waitForSelector('.note-editor__field');
  await waitUntil(
    async () =>
      (await note.frame.$eval('.note-editor__field', (t) => (t as HTMLTextAreaElement).value)) === text,
    'the note',
  );
  await saveSlide(
    session.browser,
    note.page,
    'Keep your own notes on any entry. They stay in your browser.',
    true,
    'screenshot-3-note-dark.png',
  );

  const options = await session.openExtensionPage('/options.html', blank);
  await options.page.setViewport(SCREEN);
  await options.frame.waitForSelector('#glossary-heading');
  await options.page.screenshot({ path: out('screenshot-4-options.png') });
  await api.close();

  await render(session.browser, PROMO, { width: 440, height: 280 }, 'promo-small-440x280.png');
  console.log(`Store images written to ${OUT_DIR}`);
} finally {
  await session.close();
  await server.close();
}
