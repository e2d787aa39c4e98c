import { browser } from 'wxt/browser';
import { EXTENSION_ALIVE_CHECK_MS } from '@/utils/constants';
import { decodeCompiledGlossary } from '@/utils/glossary/compiled-file';
import type { CompiledGlossary } from '@/utils/glossary/compiled-glossary';
import { glossingChanged } from '@/utils/glossary/runtime-glossary';
import type { TermMatcher } from '@/utils/matcher/find-terms';
import {
  isTabMessage,
  type RuntimeMessage,
  type TabMessage,
  type TermsOnPage,
} from '@/utils/messaging/messages';
import { SETTINGS_KEY, type Settings } from '@/utils/settings/settings';
import { isGlossingOn } from '@/utils/settings/site-switch';
import { glossariesContext, glossariesMatcher } from './glossaries';
import { Highlights } from './highlights';
import { startInteraction, type Interaction } from './interaction';
import { ContextTimer, type Lifecycle } from './lifecycle';
import { removeLeftovers } from './leftovers';
import { startLiveUpdates, type PageChanges } from './live-updates';
import { NextFrame } from './next-frame';
import { OccurrenceStore, type Occurrence } from './occurrences';
import { readingRules } from '@/utils/resolver/context-data';
import { PageResolver } from './page-resolver';
import { PopoverHost } from './popover-host';
import { Scanner } from './scanner';
import { lookUpSelection } from './selection-lookup';
import { watchStoredState, type StoredState } from './stored-state';
import { scrollToOccurrence, stepFrom, termsOnPage } from './terms-on-page';
import { glossCost, WorkStats } from './work-stats';

/**
 * Glossing one page: owns the matcher, the occurrences found, the marks, the popover and the reader's
 * interaction with them, and follows the page's changes and the reader's settings. Everything it starts
 * is registered with the content script's context, so `stop` (run by ctx.onInvalidated when the
 * extension is reloaded, updated or disabled) is the one way it ends.
 */
export class GlossingSession {
  private readonly startedAt = performance.now(); // first: start-up counts decoding and building the matcher
  private startupMs = 0;
  private readonly host = location.hostname;
  private readonly glossary: CompiledGlossary;
  private settings: Settings;
  /** The reader's own terms, compiled by the background (utils/reader-glossary/). */
  private readerGlossary: CompiledGlossary | null;
  private matcher: TermMatcher;
  private on = false;
  /** Occurrences the resolver glossed, in document order; `marked` are those drawn (density). */
  private glossed: Occurrence[] = [];
  private marked: Occurrence[] = [];
  private resolver!: PageResolver;
  private readonly store = new OccurrenceStore();
  private readonly highlights = new Highlights();
  private readonly work = new WorkStats();
  private readonly paint: NextFrame;
  private renderQueued = false;
  private readonly popoverFrame: ContextTimer;
  private popoverPrepared = false;
  private readonly scanner: Scanner;
  private readonly popover: PopoverHost;
  private readonly interaction: Interaction;
  private readonly stopWatching: () => void;
  // Answered through sendResponse, not by returning a promise: the content script calls the browser's
  // own API, not the polyfill (wxt.config.ts), and Chrome's runtime.onMessage ignores a returned promise.
  private readonly onMessage = (message: unknown, _: unknown, respond: (answer: unknown) => void) => {
    if (!isTabMessage(message)) return undefined;
    this.handle(message).then(respond, () => respond(undefined));
    return true;
  };

  constructor(
    private readonly ctx: Lifecycle,
    glossaryFile: ArrayBuffer,
    stored: StoredState,
    private readonly scriptStartedAt = performance.now(), // before the glossary's fetch: first marks count from it
  ) {
    removeLeftovers();
    this.glossary = decodeCompiledGlossary(glossaryFile);
    this.settings = stored.settings;
    this.readerGlossary = stored.readerGlossary;
    this.matcher = glossariesMatcher(this.glossary, this.readerGlossary, this.settings);
    this.highlights.setStyle(this.settings.markStyle);
    this.paint = new NextFrame(ctx);
    this.popoverFrame = new ContextTimer(ctx);
    this.scanner = new Scanner(this.matcher, this.store, () => this.render(), ctx);
    this.readContext(this.readerGlossary);
    this.popover = new PopoverHost(ctx, {
      onClose: (restoreFocus) => this.interaction.close(restoreFocus),
      onPointerInside: (inside) => this.interaction.onPointerInsidePopover(inside),
      onChoose: (entryId) => this.choose(entryId),
    });
    this.interaction = startInteraction(ctx, this.store, this.popover, this.highlights, () => this.settings);
    startLiveUpdates(ctx, this.work, (changes) => this.onPageChanged(changes));
    ctx.addEventListener(window, 'wxt:locationchange', () => this.interaction.close(false));
    this.stopWatching = watchStoredState(stored, (state, changed) => this.onStoredChange(state, changed));
    browser.runtime.onMessage.addListener(this.onMessage);
    ctx.onInvalidated(() => this.stop());
    // The callback is empty: ctx.setInterval's own look at ctx.isValid is the check that matters.
    ctx.setInterval(() => undefined, EXTENSION_ALIVE_CHECK_MS);
  }

  /** Glosses the page (unless this site is off). Only queues the first scan slice, so it returns soon. */
  start(): void {
    this.apply(false);
    this.startupMs = performance.now() - this.startedAt;
  }

  stop(): void {
    browser.runtime.onMessage.removeListener(this.onMessage);
    this.stopWatching();
    this.scanner.stop();
    this.paint.cancel();
    this.clear();
    this.highlights.destroy();
    this.popover.destroy();
  }

  /** A new resolver (its choices go) when the glossaries' short forms, cues or defaults may have changed. */
  private readContext(reader: CompiledGlossary | null): void {
    this.readerGlossary = reader;
    const context = glossariesContext(this.glossary, this.readerGlossary);
    this.scanner.rules = readingRules(context);
    this.resolver = new PageResolver(context);
  }

  private render(): void {
    if (!this.on || this.renderQueued) return;
    this.renderQueued = true;
    this.paint.run(() =>
      this.work.time(() => {
        this.renderQueued = false;
        if (!this.on) return;
        this.resolve();
        this.marked = this.highlights.render(this.glossed, this.settings.density);
        if (!this.marked.length) return;
        this.preparePopover();
        this.work.marksDrawn(this.scriptStartedAt);
      }),
    );
  }

  /** Reads every occurrence in its article again (cheap: one pass over the occurrences found). */
  private resolve(): void {
    this.glossed = this.resolver.resolve(this.store.ordered(), this.store.cues());
  }

  /** The reader picked another sense in the popover: the page follows, and the popover shows it. */
  private choose(entryId: string): void {
    const shown = this.popover.shownFor;
    if (!shown) return;
    this.resolver.choose(shown, entryId);
    this.resolve();
    this.popover.show(shown, true);
    this.render();
  }

  /**
   * The popover's frame is made ahead of the first hover, in a task of its own: creating a frame for an
   * extension page is the costliest single thing NewsGloss does on a page (tens of ms in Firefox).
   */
  private preparePopover(): void {
    if (this.popoverPrepared) return;
    this.popoverPrepared = true;
    this.popoverFrame.set(() => this.work.time(() => this.popover.prepare()), 0);
  }

  private clear(): void {
    this.interaction.close(false);
    this.store.clear();
    this.highlights.clear();
    this.glossed = [];
    this.marked = [];
  }

  /** Applies the current settings: on or off for this site, and a new matcher when the terms changed. */
  private apply(rebuild: boolean): void {
    const nowOn = isGlossingOn(this.settings, this.host);
    if (rebuild) {
      this.matcher = glossariesMatcher(this.glossary, this.readerGlossary, this.settings);
      this.scanner.setMatcher(this.matcher);
    }
    if (!nowOn) {
      this.on = false;
      this.clear();
    } else if (!this.on || rebuild) {
      this.on = true;
      this.clear();
      this.scanner.scan(document.body ?? document.documentElement);
    }
  }

  private onPageChanged({ roots, removedSomething, skipped }: PageChanges): void {
    if (!this.on) return;
    for (const root of skipped) this.store.dropWithin(root);
    if (removedSomething) this.store.sweep();
    if ((removedSomething || skipped.length) && !roots.length) this.render();
    for (const root of roots) this.scanner.scanChanged(root);
  }

  private onStoredChange(state: StoredState, changed: Set<string>): void {
    const previous = this.settings;
    this.settings = state.settings;
    const termsChanged = changed.size > (changed.has(SETTINGS_KEY) ? 1 : 0);
    if (termsChanged) this.readContext(state.readerGlossary);
    this.highlights.setStyle(this.settings.markStyle);
    this.apply(termsChanged || glossingChanged(previous, this.settings));
    if (this.on && this.settings.density !== previous.density) this.render();
  }

  private reveal(occurrence: Occurrence | null, focus: boolean): boolean {
    if (!occurrence) return false;
    scrollToOccurrence(occurrence);
    this.interaction.open(occurrence, focus);
    return true;
  }

  private async handle(message: TabMessage): Promise<TermsOnPage | boolean | string> {
    // The popup offers to look up or add what is selected, even where glossing is off.
    if (message.type === 'selection') return (window.getSelection()?.toString() ?? '').trim();
    if (message.type === 'toggle-site') {
      // The background writes settings (one writer, with WXT's storage item); the change comes back here.
      const toggle: RuntimeMessage = { type: 'toggle-site', host: this.host };
      return (await browser.runtime.sendMessage(toggle)) as boolean;
    }
    if (message.type === 'lookup-selection') {
      // Looking something up works even where glossing is off: the reader asked for it.
      const found = lookUpSelection(this.matcher, message.text);
      if (found) this.interaction.open(found.anchor, true, found.command);
      return !!found;
    }
    if (!this.on) return message.type === 'terms-on-page' ? { status: 'disabled', host: this.host } : false;
    switch (message.type) {
      case 'terms-on-page':
        this.resolve();
        return {
          status: 'ok',
          host: this.host,
          terms: termsOnPage(this.glossed),
          cost: glossCost(this.startupMs, this.scanner, this.work),
        };
      case 'reveal-term': {
        const first = this.glossed.find((o) => o.entryId === message.entryId) ?? null;
        return this.reveal(this.marked.find((o) => o.entryId === message.entryId) ?? first, false);
      }
      case 'step-term':
        return this.reveal(stepFrom(this.marked, this.popover.shownFor, message.direction), true);
    }
  }
}
