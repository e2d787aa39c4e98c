// Renders assets/icon.svg to the PNG sizes the manifests need (public/icon/<size>.png).
// Run by hand after changing the SVG: `node scripts/render-icons.mjs`. Uses the system Chromium.
import { readFile } from 'node:fs/promises';
import puppeteer from 'puppeteer-core';

// 96: Firefox's large icon. 128: the Chrome Web Store's guideline draws the artwork at 96 × 96 with 16 px
// of transparent padding on each side (https://developer.chrome.com/docs/webstore/images#icons).
const SIZES = [16, 32, 48, 96, 128];
const PADDING = { 128: 16 };
const svg = await readFile(new URL('../assets/icon.svg', import.meta.url), 'utf8');
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage();
  for (const size of SIZES) {
    await page.setViewport({ width: size, height: size });
    const pad = PADDING[size] ?? 0;
    const art = size - 2 * pad;
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;margin:${pad}px;width:${art}px;height:${art}px}</style>${svg}`,
    );
    await page.screenshot({ path: `public/icon/${size}.png`, omitBackground: true });
  }
} finally {
  await browser.close();
}
