import { describe, expect, it } from 'vitest';
import { POPOVER_HOST_TAG } from '@/utils/glossing/skip-rules';
import { BROWSERS } from './support/browsers';
import { useExtensionSuite } from './support/extension-suite';
import { expectWellBehaved, openFixture } from './support/hostile';
import { hoverAndExpectEntry } from './support/hostile-popover';
import { popoverShown, waitForMarkedTexts } from './support/page-marks';
import { waitUntil } from './support/wait';

/** Pages whose own scripts, headers or layers stand in the way: the extension must not care. */
describe.each(BROWSERS)('hostile scripts, headers and layers in %s', (browserName) => {
  const suite = useExtensionSuite(browserName);
  const fixture = (name: string) => `${suite.server.origin}/fixtures/hostile/${name}`;

  it('is unaffected by a page that replaces attachShadow, appendChild, CSS and MutationObserver', async () => {
    const opened = await openFixture(suite.session, fixture('hostile-globals.html'));
    const { page } = opened;
    // The replacements are really in place in the page's world.
    expect(
      await page.evaluate(() => ({
        css: 'highlights' in window.CSS,
        observer: new MutationObserver(() => undefined).takeRecords.toString().includes('native code'),
      })),
    ).toEqual({ css: false, observer: false });
    await waitForMarkedTexts(page, ['TTP', 'Khawaja Asif']);
    await page.evaluate(() => (window as unknown as { addLateText(): void }).addLateText());
    await waitForMarkedTexts(page, ['TTP', 'Khawaja Asif', 'Durand Line']);
    await hoverAndExpectEntry(page, 'Durand Line', 'durand-line');
    await expectWellBehaved(`${browserName} replaced built-ins`, suite.api, opened);
    await page.close();
  }, 120_000);

  it("marks and opens popovers on a page served with default-src 'none'; style-src 'none'", async () => {
    const opened = await openFixture(suite.session, fixture('strict-csp.html'));
    const { page } = opened;
    await waitForMarkedTexts(page, ['TTP', 'Khawaja Asif', 'Doha']);
    await hoverAndExpectEntry(page, 'Khawaja Asif', 'khawaja-asif');
    // No page script may run there, so the page-side probe is absent; errors and costs still count.
    // (The browser's own CSP reports are console errors too, and must not come from us.)
    await expectWellBehaved(`${browserName} strict CSP`, suite.api, opened, { probe: false });
    await page.close();
  }, 120_000);

  it('shows the popover above a modal dialog, a sticky header and z-index: 2147483647 overlays', async () => {
    const opened = await openFixture(suite.session, fixture('overlays.html'));
    const { page } = opened;
    await waitForMarkedTexts(page, ['Peshawar', 'Chaman']);
    await hoverAndExpectEntry(page, 'Chaman', 'chaman');
    const onTop = await page.evaluate((tag) => {
      const host = document.querySelector(tag)!;
      const r = host.getBoundingClientRect();
      const probes = [
        [r.left + r.width / 2, r.top + r.height / 2],
        [r.left + 10, r.top + 10],
        [r.right - 10, r.bottom - 10],
      ];
      return {
        size: [r.width, r.height],
        hits: probes.map(([x, y]) => document.elementFromPoint(x!, y!)?.tagName),
      };
    }, POPOVER_HOST_TAG);
    expect(onTop.size[1], 'the popover has a height').toBeGreaterThan(50);
    expect(onTop.hits).toEqual(Array(3).fill(POPOVER_HOST_TAG.toUpperCase()));
    await expectWellBehaved(`${browserName} overlays`, suite.api, opened, { clickButton: false });
    await page.close();
  }, 120_000);

  it('marks English terms inside Urdu text and opens their popovers in the mixed paragraph', async () => {
    const opened = await openFixture(suite.session, fixture('rtl-mixed.html'));
    const { page } = opened;
    await waitForMarkedTexts(page, ['Khawaja Asif', 'TTP', 'Balochistan', 'Durand Line']);
    await hoverAndExpectEntry(page, 'Balochistan', 'balochistan');
    await page.keyboard.press('Escape');
    await waitUntil(async () => !(await popoverShown(page)), 'the popover to close');
    await hoverAndExpectEntry(page, 'TTP', 'ttp');
    const { marks } = await expectWellBehaved(`${browserName} Urdu and English`, suite.api, opened);
    expect(marks).toEqual(['Khawaja Asif', 'TTP', 'Balochistan', 'Durand Line']);
    await page.close();
  }, 120_000);
});
