import { describe, expect, it } from 'vitest';
import { BROWSERS } from './support/browsers';
import { useExtensionSuite } from './support/extension-suite';
import { bundledEntry } from './support/bundled-entries';
import {
  pointOnMark,
  popoverFrame,
  popoverShown,
  popoverText,
  waitForMarksToSettle,
} from './support/page-marks';
import { ARTICLE_PAGE } from './support/server';
import { waitUntil } from './support/wait';

/**
 * On a touch screen (a phone, Firefox for Android) there is no hover: a tap on a mark opens its popover,
 * and a tap elsewhere closes it. The page is emulated as a touch device, so taps arrive as touch events
 * and the browser makes the click from them.
 */
describe.each(BROWSERS)('tapping marks on a touch screen in %s', (browserName) => {
  const suite = useExtensionSuite(browserName);

  it('opens the popover on a tap on a mark and closes it on a tap elsewhere', async () => {
    const page = await suite.session.newPage();
    await page.setViewport({ width: 412, height: 800, hasTouch: true, isMobile: true });
    await page.goto(`${suite.server.origin}${ARTICLE_PAGE}`, { waitUntil: 'load' });
    await waitForMarksToSettle(page);
    const point = await pointOnMark(page, 'TTP');
    await page.touchscreen.tap(point.x, point.y);
    await waitUntil(() => popoverShown(page), 'the popover after a tap');
    const frame = await popoverFrame(page);
    await waitUntil(
      async () => (await popoverText(frame)).includes(bundledEntry('ttp').summary),
      'the TTP entry',
    );
    await page.touchscreen.tap(4, 790);
    await waitUntil(async () => !(await popoverShown(page)), 'the popover to close');
    expect(await popoverShown(page)).toBe(false);
    await page.close();
  });
});
