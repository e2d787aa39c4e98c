import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Frame, Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { POPOVER_MIN_HEIGHT_PX } from '@/utils/constants';
import { MUST_HAVE_TERMS } from '../tests/support/must-have-terms';
import { BROWSERS } from './support/browsers';
import { bundledEntry } from './support/bundled-entries';
import { useExtensionSuite } from './support/extension-suite';
import {
  clickMark,
  popoverFrame,
  popoverShown,
  popoverText,
  waitForMarksToSettle,
} from './support/page-marks';
import { artifactsDir } from './support/paths';
import { ARTICLE_PAGE } from './support/server';
import { waitUntil } from './support/wait';

/** The window the issue names: a common laptop screen. */
const VIEWPORT = { width: 1280, height: 800 };

/** Of the article's terms marked (the first mention of each), those with the shortest and longest summary. */
function shortestAndLongest(marked: readonly string[]): { short: [string, string]; long: [string, string] } {
  const bySummary = [...MUST_HAVE_TERMS]
    .filter(([text]) => marked.includes(text))
    .sort(([, a], [, b]) => bundledEntry(a).summary.length - bundledEntry(b).summary.length);
  return { short: bySummary[0]!, long: bySummary.at(-1)! };
}

/** Where each part of the first screen ends, against the popover's visible height and its scroll. */
function firstScreen(frame: Frame) {
  return frame.evaluate(() => {
    const popover = document.querySelector<HTMLElement>('.popover')!;
    const bottom = (selector: string) =>
      document.querySelector(selector)?.getBoundingClientRect().bottom ?? null;
    return {
      visibleHeight: window.innerHeight,
      scrollTop: popover.scrollTop,
      scrolls: popover.scrollHeight > popover.clientHeight,
      cue: getComputedStyle(popover).backgroundImage.match(/radial-gradient/g)?.length ?? 0,
      parts: {
        headword: bottom('.term-card__headword'),
        summary: bottom('.term-card__summary'),
        dated: bottom('.term-card__dated'),
        note: bottom('.note-editor'),
      },
    };
  });
}

describe.each(BROWSERS)("the popover's first screen in %s", (browserName) => {
  const suite = useExtensionSuite(browserName);
  let page: Page;
  let short: [string, string];
  let long: [string, string];

  beforeAll(async () => {
    page = await suite.session.openPage(`${suite.server.origin}${ARTICLE_PAGE}`);
    await page.setViewport(VIEWPORT);
    ({ short, long } = shortestAndLongest(await waitForMarksToSettle(page)));
    // The longer entry has a note of three lines, so the open editor must fit as well.
    await suite.api.storageSet({
      [`note:${long[1]}`]: {
        entryId: long[1],
        text: 'Check the date of the statement.\nCompare with the ISPR account.\nAsk who attended.',
        createdAt: 1_700_000_000_000,
        updatedAt: 1_700_000_000_000,
      },
    });
    // The storage call opened an extension tab over it: a tab in the background gets no frames.
    await page.bringToFront();
  });

  it.each([
    ['short', () => short, 'Add a note'],
    ['long', () => long, 'Compare with the ISPR account.'],
  ])(
    'shows the headword, summary, its date and the note (%s entry) without scrolling',
    async (name, which, noteShows) => {
      const [text, id] = which();
      await page.keyboard.press('Escape');
      await clickMark(page, text);
      await waitUntil(() => popoverShown(page), `the popover for ${text}`);
      const frame = await popoverFrame(page);
      await waitUntil(
        async () => (await popoverText(frame)).includes(bundledEntry(id).summary),
        `the summary of ${id}`,
      );
      await waitUntil(async () => {
        const note = await frame.evaluate(
          () =>
            (document.querySelector<HTMLTextAreaElement>('.note-editor__field')?.value ?? '') +
            (document.querySelector('.note-editor__add')?.textContent ?? ''),
        );
        return note.includes(noteShows);
      }, `"${noteShows}" in the popover`);
      // Until the popover page has reported its size, the frame has its least height; then it takes the
      // content's height, capped by the limit and the room beside the term.
      await waitUntil(
        () =>
          frame.evaluate((least) => {
            const content = document.querySelector('.popover')!.scrollHeight;
            return window.innerHeight > least || content <= least;
          }, POPOVER_MIN_HEIGHT_PX),
        'the popover sized to its content',
      );
      const screen = await firstScreen(frame);
      expect(screen.scrollTop).toBe(0);
      for (const [part, bottom] of Object.entries(screen.parts)) {
        expect(bottom, `${part} is shown`).not.toBeNull();
        expect(bottom!, `${part} ends inside the popover's first screen`).toBeLessThanOrEqual(
          screen.visibleHeight,
        );
      }
      // Scrolling or not, the shadows that show more below are there (hidden by covers at the ends).
      expect(screen.cue).toBe(2);
      mkdirSync(artifactsDir, { recursive: true });
      await page.screenshot({
        path: path.join(artifactsDir, `popover-first-screen-${name}-${browserName}.png`),
      });
    },
  );
});
