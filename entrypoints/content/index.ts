import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { decodeCompiledGlossary } from '@/utils/glossary/compiled-file';
import { glossaryPart } from '@/utils/glossary/compiled-glossary';
import type { OwnTerm } from '@/utils/own-terms/own-term';
import { glossingChanged, glossingIndex } from '@/utils/glossary/runtime-glossary';
import { compileMatcher, matcherPart } from '@/utils/matcher/compiled-matcher';
import { joinMatchers, type TermMatcher } from '@/utils/matcher/find-terms';
import {
  isTabMessage,
  type RuntimeMessage,
  type TabMessage,
  type TermsOnPage,
} from '@/utils/messaging/messages';
import { isGlossingOn } from '@/utils/settings/site-switch';
import { SETTINGS_KEY, type Settings } from '@/utils/settings/settings';
import { Highlights } from '../../utils/glossing/highlights';
import { startInteraction } from '../../utils/glossing/interaction';
import { startLiveUpdates } from '../../utils/glossing/live-updates';
import { OccurrenceStore, type Occurrence } from '../../utils/glossing/occurrences';
import { afterPaint } from '../../utils/glossing/after-paint';
import { fetchBundledGlossary } from '../../utils/glossary/fetch-compiled';
import { PopoverHost } from '../../utils/glossing/popover-host';
import { Scanner } from '../../utils/glossing/scanner';
import { lookUpSelection } from '../../utils/glossing/selection-lookup';
import { readStoredState, watchStoredState } from '../../utils/glossing/stored-state';
import { scrollToOccurrence, stepFrom, termsOnPage } from '../../utils/glossing/terms-on-page';
import { WorkStats } from '../../utils/glossing/work-stats';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    if (!Highlights.supported || !document.documentElement) return;
    const [glossaryFile, { settings, ownTerms }] = await Promise.all([
      fetchBundledGlossary(),
      readStoredState(),
    ]);
    startGlossing(ctx, glossaryFile, settings, ownTerms);
  },
});

function startGlossing(
  ctx: ContentScriptContext,
  glossaryFile: ArrayBuffer,
  initialSettings: Settings,
  initialOwnTerms: OwnTerm[],
): void {
  const startedAt = performance.now();
  const host = location.hostname;
  const glossary = decodeCompiledGlossary(glossaryFile);
  let settings = initialSettings;
  let ownTerms = initialOwnTerms;
  let on = false;
  let marked: Occurrence[] = [];
  // The bundled glossary is compiled already; only the reader's own terms (a handful) compile here.
  const buildMatcher = (): TermMatcher =>
    joinMatchers([
      glossaryPart(glossary, settings),
      matcherPart(compileMatcher(glossingIndex([], ownTerms, settings).patterns)),
    ]);
  let matcher = buildMatcher();

  const store = new OccurrenceStore();
  const highlights = new Highlights();
  highlights.setStyle(settings.markStyle);
  const work = new WorkStats();
  let renderQueued = false;
  const render = () => {
    if (!on || renderQueued) return;
    renderQueued = true;
    afterPaint(() =>
      work.time('render', () => {
        renderQueued = false;
        if (!on) return;
        marked = highlights.render(store.ordered(), settings.density);
        if (marked.length) preparePopover();
      }),
    );
  };
  // The popover's frame is made ahead of the first hover, in a task of its own: creating a frame for an
  // extension page is the costliest single thing NewsGloss does on a page (tens of ms in Firefox).
  let popoverPrepared = false;
  const preparePopover = () => {
    if (popoverPrepared) return;
    popoverPrepared = true;
    setTimeout(() => work.time('popover frame', () => popover.prepare()), 0);
  };
  const scanner = new Scanner(matcher, store, render);
  const popover = new PopoverHost({
    onClose: (restoreFocus) => interaction.close(restoreFocus),
    onPointerInside: (inside) => interaction.onPointerInsidePopover(inside),
  });
  const interaction = startInteraction(ctx, store, popover, highlights, () => settings);

  const scanPage = () => scanner.scan(document.body ?? document.documentElement);
  const clear = () => {
    interaction.close(false);
    store.clear();
    highlights.clear();
    marked = [];
  };
  /** Applies the current settings: on or off for this site, and a new matcher when the terms changed. */
  const apply = (rebuild: boolean) => {
    const nowOn = isGlossingOn(settings, host);
    if (rebuild) {
      matcher = buildMatcher();
      scanner.setMatcher(matcher);
    }
    if (!nowOn) {
      on = false;
      clear();
    } else if (!on || rebuild) {
      on = true;
      clear();
      scanPage();
    }
  };

  startLiveUpdates(ctx, work, ({ roots, removedSomething, skipped }) => {
    if (!on) return;
    for (const root of skipped) store.dropWithin(root);
    if (removedSomething) store.sweep();
    if ((removedSomething || skipped.length) && !roots.length) render();
    for (const root of roots) scanner.scanChanged(root);
  });
  ctx.addEventListener(window, 'wxt:locationchange', () => interaction.close(false));

  const stopWatching = watchStoredState((state, changed) => {
    const previous = settings;
    settings = state.settings;
    const termsChanged = changed.size > (changed.has(SETTINGS_KEY) ? 1 : 0);
    if (termsChanged) ownTerms = state.ownTerms;
    highlights.setStyle(settings.markStyle);
    apply(termsChanged || glossingChanged(previous, settings));
    if (on && settings.density !== previous.density) render();
  });

  const reveal = (occurrence: Occurrence | null, focus: boolean) => {
    if (!occurrence) return false;
    scrollToOccurrence(occurrence);
    interaction.open(occurrence, focus);
    return true;
  };
  const handle = async (message: TabMessage): Promise<TermsOnPage | boolean> => {
    if (message.type === 'toggle-site') {
      // The background writes settings (one writer, with WXT's storage item); the change comes back here.
      const toggle: RuntimeMessage = { type: 'toggle-site', host };
      return (await browser.runtime.sendMessage(toggle)) as boolean;
    }
    if (message.type === 'lookup-selection') {
      // Looking something up works even where glossing is off: the reader asked for it.
      const found = lookUpSelection(matcher.patternCount ? matcher : buildMatcher(), message.text);
      if (found) interaction.open(found.anchor, true, found.command);
      return !!found;
    }
    if (!on) return message.type === 'terms-on-page' ? { status: 'disabled', host } : false;
    switch (message.type) {
      case 'terms-on-page': {
        const { slices, totalMs, longestSliceMs, slicesOverLongTask } = scanner.stats;
        const cost = {
          startupMs,
          slices,
          slicesOverLongTask,
          totalMs: totalMs + work.totalMs,
          longestTaskMs: Math.max(startupMs, longestSliceMs, work.longestMs),
          longestByKind: { startup: startupMs, 'scan slice': longestSliceMs, ...work.longestByKind },
        };
        return { status: 'ok', host, terms: termsOnPage(store.ordered()), cost };
      }
      case 'reveal-term': {
        const first = store.ordered().find((o) => o.entryId === message.entryId) ?? null;
        return reveal(marked.find((o) => o.entryId === message.entryId) ?? first, false);
      }
      case 'step-term':
        return reveal(stepFrom(marked, popover.shownFor, message.direction), true);
    }
  };
  const onMessage = (message: unknown): Promise<unknown> | undefined =>
    isTabMessage(message) ? handle(message) : undefined;
  browser.runtime.onMessage.addListener(onMessage);

  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(onMessage);
    stopWatching();
    scanner.stop();
    clear();
    highlights.destroy();
    popover.destroy();
  });

  apply(false);
  // apply() only queues the first scan slice, so this is the start-up task's own length.
  const startupMs = performance.now() - startedAt;
}
