import { describe, expect, it } from 'vitest';
import { HOVER_OPEN_DELAY_MS } from '@/utils/constants';
import { MARK_HIGHLIGHT } from '@/utils/glossing/mark-styles';
import { BROWSERS } from './support/browsers';
import { useExtensionSuite } from './support/extension-suite';
import { expectWellBehaved, openFixture } from './support/hostile';
import { hoverAndExpectEntry } from './support/hostile-popover';
import { markedTexts, popoverShown, waitForMarkedTexts } from './support/page-marks';
import { sleep, waitUntil } from './support/wait';

/** Pages that change under the extension: feeds, single-page apps, shadow trees, frames, editors. */
describe.each(BROWSERS)('pages that change in %s', (browserName) => {
  const suite = useExtensionSuite(browserName);
  const fixture = (name: string) => `${suite.server.origin}/fixtures/hostile/${name}`;

  it('glosses each story an infinite scroll appends, and opens a popover on the newest', async () => {
    const opened = await openFixture(suite.session, fixture('infinite-scroll.html'));
    const { page } = opened;
    const expected = ['Doha'];
    await waitForMarkedTexts(page, expected);
    for (const term of ['Chaman', 'Quetta', 'Torkham']) {
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      expected.push(term);
      await waitForMarkedTexts(page, expected);
    }
    await hoverAndExpectEntry(page, 'Torkham', 'torkham');
    const { marks } = await expectWellBehaved(`${browserName} infinite scroll`, suite.api, opened);
    expect(marks).toEqual(['Doha', 'Chaman', 'Quetta', 'Torkham']);
    await page.close();
  }, 120_000);

  it('follows a single-page app that swaps its article and changes the URL with pushState', async () => {
    const opened = await openFixture(suite.session, fixture('spa.html'));
    const { page } = opened;
    await waitForMarkedTexts(page, ['TTP', 'Balochistan']);
    await hoverAndExpectEntry(page, 'TTP', 'ttp');
    // The app swaps the article while the popover is open: the popover goes with the old article.
    await page.evaluate(() => (window as unknown as { showStory(n: number): void }).showStory(2));
    expect(await page.evaluate(() => location.search)).toBe('?story=2');
    await waitForMarkedTexts(page, ['Khawaja Asif', 'Durand Line']);
    await waitUntil(async () => !(await popoverShown(page)), 'the old popover to close');
    await hoverAndExpectEntry(page, 'Durand Line', 'durand-line');
    await page.mouse.move(5, 5);
    await page.evaluate(() => history.back());
    await waitForMarkedTexts(page, ['TTP', 'Balochistan']);
    await expectWellBehaved(`${browserName} single-page app`, suite.api, opened);
    await page.close();
  }, 120_000);

  it('leaves text in open shadow roots and in frames alone, as documented', async () => {
    const opened = await openFixture(suite.session, fixture('shadow-and-frame.html'));
    const { page } = opened;
    await waitForMarkedTexts(page, ['Chaman', 'Doha']);
    const { marks } = await expectWellBehaved(`${browserName} shadow root and iframe`, suite.api, opened);
    expect(marks).toEqual(['Chaman', 'Doha']);
    // The frame's document has no marks of its own either (the content script runs in top frames only).
    const frame = page.frames().find((f) => f.url().endsWith('/frame-child.html'));
    expect(frame, 'the same-origin frame').toBeDefined();
    expect(await frame!.evaluate(() => document.getElementById('in-frame')?.textContent)).toContain(
      'Torkham',
    );
    expect(await frame!.evaluate((name) => CSS.highlights.get(name)?.size ?? 0, MARK_HIGHLIGHT)).toBe(0);
    // Resting the pointer on the shadow root's term opens nothing.
    const point = await page.evaluate(() => {
      const text = document
        .getElementById('shadow-host')!
        .shadowRoot!.getElementById('in-shadow')!.firstChild!;
      const range = document.createRange();
      range.setStart(text, text.textContent!.indexOf('Quetta'));
      range.setEnd(text, text.textContent!.indexOf('Quetta') + 'Quetta'.length);
      const box = range.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    });
    await page.mouse.move(point.x, point.y);
    await sleep(HOVER_OPEN_DELAY_MS + 700);
    expect(await popoverShown(page)).toBe(false);
    await page.close();
  }, 120_000);

  it('never marks editable areas or code, even one made editable later, and typing opens nothing', async () => {
    const opened = await openFixture(suite.session, fixture('editable-more.html'));
    const { page } = opened;
    await waitForMarkedTexts(page, ['Doha', 'Balochistan']);
    // Typing terms into editors adds text there, which stays unmarked; no popover opens.
    for (const selector of ['#plaintext-only p', '#empty-attr p', '#textbox', '#search']) {
      await page.click(selector);
      await page.keyboard.type(' TTP Chaman Durand Line');
    }
    await page.click('#edit');
    await page.keyboard.type('TTP and Quetta ');
    await sleep(HOVER_OPEN_DELAY_MS + 1_000);
    expect(await popoverShown(page)).toBe(false);
    // What the page made editable loses its mark, like any editor (the reader may be typing there).
    await waitForMarkedTexts(page, ['Doha']);
    const { marks } = await expectWellBehaved(`${browserName} editable areas`, suite.api, opened);
    expect(marks).toEqual(['Doha']);
    expect(await markedTexts(page)).toEqual(['Doha']);
    await page.close();
  }, 120_000);
});
