import { describe, expect, it } from 'vitest';
import { newestSourceDate } from '@/utils/glossary/source-dates';
import type { TermsOnPage } from '@/utils/messaging/messages';
import { BROWSERS } from './support/browsers';
import { bundledEntry } from './support/bundled-entries';
import { useExtensionSuite } from './support/extension-suite';
import {
  clickInPopover,
  clickMark,
  markedTexts,
  popoverFrame,
  popoverText,
  waitForMarksToSettle,
} from './support/page-marks';
import { waitUntil } from './support/wait';

const PAGE = '/fixtures/context.html';

/**
 * The resolver in a real page, as a reader meets it: a short form glossed after its full name, with the
 * popover saying so; a name that is not ours left alone; a wire dateline read as the agency, with the
 * party one click away and the choice kept on the page; a URL and a second story left unmarked.
 */
describe.each(BROWSERS)('contextual glossing in %s', (browserName) => {
  const suite = useExtensionSuite(browserName);

  it('reads each mention in its article and lets the reader pick another sense', async () => {
    await suite.api.storageSet({ settings: { enabled: true, density: 'all' } });
    const page = await suite.session.newPage();
    await page.goto(`${suite.server.origin}${PAGE}`, { waitUntil: 'load' });
    const marks = await waitForMarksToSettle(page);
    // Every resolved mention, and nothing else: not the officer's "Mehsud", not the second story's
    // "Sharif", not "pakistan" inside the URL.
    expect([...marks].sort()).toEqual(
      [
        'PTI',
        // The title right before the name is his too.
        'Prime Minister',
        'Shehbaz Sharif',
        'Field Marshal Asim Munir',
        'Sharif',
        'Munir',
        'PTI',
        'Imran Khan',
        'Islamabad',
        'Lahore',
      ].sort(),
    );

    // Text that arrives later is read against what came before it, in its own article only.
    await page.evaluate(() => {
      const add = (id: string, text: string) =>
        document
          .getElementById(id)!
          .append(Object.assign(document.createElement('p'), { textContent: text }));
      add('story', 'Munir’s remarks drew a response from Kabul.');
      add('other', 'Munir spoke at the summit too.');
    });
    await waitUntil(
      async () => (await markedTexts(page)).filter((t) => t === 'Munir').length === 2,
      'the added "Munir" in the story marked',
    );
    expect((await waitForMarksToSettle(page)).filter((t) => t === 'Munir')).toHaveLength(2);

    await clickMark(page, 'Sharif');
    const frame = await popoverFrame(page);
    await waitUntil(
      async () => (await popoverText(frame)).includes('Named earlier in this article as Shehbaz Sharif'),
      'the reading of "Sharif"',
    );
    expect(await popoverText(frame)).toContain(bundledEntry('shehbaz-sharif').summary);
    // How old the facts are, under the summary (issue 15): the newest source's date.
    // Written in the browser's interface language, as Intl writes a long date there.
    const newest = newestSourceDate(bundledEntry('shehbaz-sharif'))!;
    expect(newest).toMatchObject({ kind: 'published', date: expect.stringMatching(/^\d{4}-\d\d-\d\d$/) });
    const language = await frame.evaluate(() => navigator.language);
    const day = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' });
    const when = day.format(new Date(`${newest.date}T00:00:00Z`));
    expect(await popoverText(frame)).toContain(`Newest source: ${when}`);

    await clickMark(page, 'PTI');
    await waitUntil(
      async () => (await popoverText(frame)).includes(bundledEntry('press-trust-of-india').summary),
      'the dateline read as the Press Trust of India',
    );
    expect(await popoverText(frame)).toContain('Read from the wire dateline it stands in.');
    expect(await popoverText(frame)).toContain(bundledEntry('pti').headword);

    await clickInPopover(page, frame, '.popover__others button');
    await waitUntil(
      async () => (await popoverText(frame)).includes(bundledEntry('pti').summary),
      'the party, chosen by the reader',
    );
    expect(await popoverText(frame)).toContain('Your choice for this page.');

    // The choice holds for the page: the dateline's "PTI" now opens the party too, and the popup's "On
    // this page" counts every resolved mention under its entry.
    await page.keyboard.press('Escape');
    await clickMark(page, 'PTI');
    await waitUntil(
      async () => (await popoverText(frame)).includes('Your choice for this page.'),
      'the choice kept for the dateline',
    );
    const onPage = await suite.api.sendToPage<TermsOnPage>(page, { type: 'terms-on-page' });
    const counts =
      onPage.status === 'ok' ? Object.fromEntries(onPage.terms.map((t) => [t.entryId, t.count])) : {};
    expect(counts).toEqual({
      pti: 2,
      'shehbaz-sharif': 2,
      'asim-munir': 3,
      'imran-khan': 1,
      islamabad: 1,
      kabul: 1,
      lahore: 1,
    });
    await page.close();
  });

  it('reads a headline by the name that follows it, and a dated story\'s "truce" by its date', async () => {
    await suite.api.storageSet({ settings: { enabled: true, density: 'all' } });
    const page = await suite.session.newPage();
    await page.goto(`${suite.server.origin}/fixtures/context-dated.html`, { waitUntil: 'load' });
    const marks = await waitForMarksToSettle(page);
    expect([...marks].sort()).toEqual(['Haqqani', 'Khawaja Asif', 'Sirajuddin Haqqani', 'the truce'].sort());

    await clickMark(page, 'Haqqani');
    const frame = await popoverFrame(page);
    await waitUntil(
      async () =>
        (await popoverText(frame)).includes('Named just after this in the article as Sirajuddin Haqqani'),
      'the headline read by the name after it',
    );
    expect(await popoverText(frame)).toContain(bundledEntry('sirajuddin-haqqani').summary);

    // The page is dated October 2025 (article:published_time): the truce is that month's Doha ceasefire.
    await page.keyboard.press('Escape');
    await clickMark(page, 'the truce');
    await waitUntil(
      async () => (await popoverText(frame)).includes(bundledEntry('doha-ceasefire-2025').summary),
      'the truce read as the Doha ceasefire',
    );
    await page.close();
  });

  it('reads a title by the name before or right after it, a title naming no one by its body, and "the talks" by the talks named', async () => {
    await suite.api.storageSet({ settings: { enabled: true, density: 'all' } });
    const page = await suite.session.newPage();
    await page.goto(`${suite.server.origin}/fixtures/context-titles.html`, { waitUntil: 'load' });
    const marks = await waitForMarksToSettle(page);
    // "FO spokesperson" names no one here: only "FO" is marked, as the Foreign Office.
    expect([...marks].sort()).toEqual(
      [
        'FO',
        'talks in Doha',
        'Mullah Yaqoob',
        'Defence Minister',
        'the talks',
        'Chief of Army Staff',
        'Field Marshal Asim Munir',
      ].sort(),
    );

    await clickMark(page, 'FO');
    const frame = await popoverFrame(page);
    await waitUntil(
      async () => (await popoverText(frame)).includes(bundledEntry('foreign-office').summary),
      'the FO of "the FO spokesperson" read as the Foreign Office',
    );
    await page.keyboard.press('Escape');
    await clickMark(page, 'Defence Minister');
    await waitUntil(
      async () => (await popoverText(frame)).includes('Named earlier in this article as Mullah Yaqoob'),
      'the title after a name read as that name',
    );
    await page.keyboard.press('Escape');
    await clickMark(page, 'Chief of Army Staff');
    await waitUntil(async () => {
      const text = await popoverText(frame);
      return (
        text.includes('Named just after this in the article as') &&
        text.includes(bundledEntry('asim-munir').summary)
      );
    }, 'the title right before the holder’s name read as that person');
    await page.keyboard.press('Escape');
    await clickMark(page, 'the talks');
    await waitUntil(
      async () => (await popoverText(frame)).includes(bundledEntry('doha-talks-2025').summary),
      '"the talks" read as the talks in Doha named before',
    );
    await page.close();
  });
});
