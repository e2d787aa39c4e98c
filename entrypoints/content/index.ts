import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { loadBundledPacks } from '@/utils/glossary/bundled';
import { buildTermIndex } from '@/utils/glossary/term-index';
import { createTermMatcher } from '@/utils/matcher/find-terms';
import { isTabMessage, type TabMessage, type TermsOnPage } from '@/utils/messages';
import { getSettings, watchSettings, type Settings } from '@/utils/storage/settings';
import { Highlights } from './highlights';
import { startInteraction } from './interaction';
import { startLiveUpdates } from './live-updates';
import { OccurrenceStore, type Occurrence } from './occurrences';
import { PopoverHost } from './popover-host';
import { Scanner } from './scanner';
import { scrollToOccurrence, stepFrom, termsOnPage } from './terms-on-page';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    if (!Highlights.supported || !document.documentElement) return;
    startGlossing(ctx, await getSettings());
  },
});

function startGlossing(ctx: ContentScriptContext, initial: Settings): void {
  let settings = initial;
  const store = new OccurrenceStore();
  const highlights = new Highlights();
  const index = buildTermIndex(loadBundledPacks().packs);
  let marked: Occurrence[] = [];

  const render = () => {
    if (!settings.enabled) return;
    marked = highlights.render(store.ordered(), settings.density);
    if (marked.length) host.prepare();
  };
  const scanner = new Scanner(createTermMatcher(index.patterns), store, render);
  const host = new PopoverHost({
    onClose: (restoreFocus) => interaction.close(restoreFocus),
    onPointerInside: (inside) => interaction.onPointerInsidePopover(inside),
  });
  const interaction = startInteraction(ctx, store, host, highlights);

  const start = () => scanner.scan(document.body ?? document.documentElement);
  const stop = () => {
    interaction.close(false);
    store.clear();
    highlights.clear();
    marked = [];
  };

  startLiveUpdates(ctx, (roots, removedSomething) => {
    if (!settings.enabled) return;
    if (removedSomething) {
      store.sweep();
      if (!roots.length) render();
    }
    for (const root of roots) scanner.scan(root);
  });
  ctx.addEventListener(window, 'wxt:locationchange', () => interaction.close(false));

  watchSettings((next) => {
    const was = settings;
    settings = next;
    if (!next.enabled) stop();
    else if (!was.enabled) start();
    else if (next.density !== was.density) render();
  });

  const reveal = (occurrence: Occurrence | null, focus: boolean) => {
    if (!occurrence) return false;
    scrollToOccurrence(occurrence);
    interaction.open(occurrence, focus);
    return true;
  };

  const onMessage = (message: unknown): Promise<unknown> | undefined => {
    if (!isTabMessage(message)) return undefined;
    return Promise.resolve(handle(message));
  };
  const handle = (message: TabMessage): TermsOnPage | boolean => {
    if (!settings.enabled) return message.type === 'terms-on-page' ? { status: 'disabled' } : false;
    switch (message.type) {
      case 'terms-on-page':
        return { status: 'ok', terms: termsOnPage(store.ordered()) };
      case 'reveal-term': {
        const all = store.ordered().filter((o) => o.entryId === message.entryId);
        return reveal(marked.find((o) => o.entryId === message.entryId) ?? all[0] ?? null, false);
      }
      case 'step-term':
        return reveal(stepFrom(marked, host.shownFor, message.direction), true);
    }
  };
  browser.runtime.onMessage.addListener(onMessage);

  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(onMessage);
    scanner.stop();
    stop();
    highlights.destroy();
    host.destroy();
  });

  if (settings.enabled) start();
}
