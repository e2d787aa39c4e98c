import { POPOVER_MAX_HEIGHT_PX, POPOVER_MIN_HEIGHT_PX, POPOVER_WIDTH_PX } from '@/utils/constants';
import type { PopoverCommand, PopoverEvent } from '@/utils/messaging/messages';
import { POPOVER_HOST_TAG } from '@/utils/glossing/skip-rules';
import { liveRange } from './hit-test';
import { extensionOrigin, HOST_STYLE, usableParent } from './popover-host-parts';
import type { Lifecycle } from './lifecycle';
import type { Occurrence } from './occurrences';
import { followAnchor, placePopover, type Anchor } from './place-popover';
import { message } from '@/utils/i18n/message';

export interface PopoverHostEvents {
  onClose(restoreFocus: boolean): void;
  onPointerInside(inside: boolean): void;
  /** The reader picked another sense for the mention shown. */
  onChoose(entryId: string): void;
}

/**
 * The page popover: an extension page (popover.html) in an iframe inside a closed shadow root on a
 * custom element. The page's scripts cannot reach into the closed root, and the iframe's document is
 * cross-origin to them, so they can neither read an entry or note nor see keystrokes typed in it.
 * Commands travel over a private MessagePort handed to the iframe; the page never sees the port.
 */
export class PopoverHost {
  private host: HTMLElement | null = null;
  private iframe: HTMLIFrameElement | null = null;
  private port: MessagePort | null = null;
  private ready = false;
  private pending: PopoverCommand | null = null;
  private stopAutoUpdate: (() => void) | null = null;
  private height = 0;
  private current: Occurrence | null = null;
  /** Drawn ahead, unseen, while the hover delay runs (preview); shown at once if the delay runs out. */
  private previewed: Occurrence | null = null;

  constructor(
    /** The listener for the frame's hello goes through the context, so it goes when the script stops. */
    private readonly ctx: Lifecycle,
    private readonly events: PopoverHostEvents,
  ) {}

  get shownFor(): Occurrence | null {
    return this.current;
  }

  /** The occurrence the host stands beside: the one shown, else the one previewed. */
  private get placedFor(): Occurrence | null {
    return this.current ?? this.previewed;
  }

  /** Builds the host and loads the popover page ahead of need, so the first hover is not slowed. */
  prepare(): void {
    if (this.host) return;
    const host = document.createElement(POPOVER_HOST_TAG);
    for (const [name, value] of Object.entries(HOST_STYLE)) host.style.setProperty(name, value, 'important');
    const supportsPopover = typeof host.showPopover === 'function';
    // The top layer puts the popover above page modals, sticky headers and z-index: 2147483647 overlays.
    if (supportsPopover) host.setAttribute('popover', 'manual');
    const shadow = host.attachShadow({ mode: 'closed' });
    const iframe = document.createElement('iframe');
    const token = crypto.randomUUID();
    // On Chrome, use_dynamic_url makes this a per-session URL that pages cannot guess.
    const src = `${browser.runtime.getURL('/popover.html')}#${token}`;
    iframe.setAttribute('title', message('popoverFrameTitle'));
    iframe.style.cssText = `all:initial;display:block;border:0;width:${POPOVER_WIDTH_PX}px;height:0;color-scheme:normal;`;
    // The popover page says hello to its parent once it listens; only then can the port reach it.
    // (The iframe's "load" event is no signal: in Chromium it can fire for the initial about:blank
    // document, and a message posted to that is lost.) The hello carries nothing the page could use.
    this.ctx.addEventListener(window, 'message', (event) => {
      const data = event.data as { type?: unknown } | null;
      if (!this.ready && event.source === iframe.contentWindow && data?.type === 'newsgloss-popover-hello') {
        this.connect(iframe, src, token);
      }
    });
    iframe.src = src;
    shadow.append(iframe);
    host.addEventListener('pointerenter', () => this.events.onPointerInside(true));
    host.addEventListener('pointerleave', () => this.events.onPointerInside(false));
    // Hidden, the popover must not hold focus: the popover page (another process in Chromium) may still
    // focus something inside after the host was hidden, and keyboard users were left typing into nothing.
    host.inert = true;
    // Made where it will be shown (inside a modal dialog open already): moving it reloads the frame.
    usableParent().append(host);
    this.host = host;
    this.iframe = iframe;
  }

  contains(node: EventTarget | null): boolean {
    return !!this.host && node === this.host;
  }

  /**
   * While the hover delay runs, the occurrence's entry is read, drawn and sized in the popover, placed
   * beside it but transparent and inert (hit-testing passes through an inert element, as through
   * pointer-events: none, https://html.spec.whatwg.org/#inert-subtrees): when the delay runs out,
   * showing it only makes it opaque, painted in the page's next frame. (Not display: none, which keeps
   * the frame's document from being laid out and painted until it is shown.)
   */
  preview(occurrence: Occurrence): void {
    if (this.current) return; // another entry is on screen: it stays until the delay has run out
    this.draw(occurrence, false);
    this.host!.style.setProperty('opacity', '0', 'important');
    this.previewed = occurrence;
    this.position(occurrence);
  }

  /** Shows the occurrence's entry beside it, or what `command` says (search results for a selection). */
  show(occurrence: Occurrence, focus: boolean, command?: PopoverCommand): void {
    const ready = !command && !focus && this.previewed === occurrence;
    this.previewed = null;
    if (!ready) this.draw(occurrence, focus, command);
    const host = this.host!;
    host.style.removeProperty('opacity');
    this.current = occurrence;
    host.inert = false;
    this.follow(occurrence);
    if (focus) this.iframe!.focus();
  }

  /** Puts the host on screen (the top layer) with the entry or command sent to the popover page. */
  private draw(occurrence: Occurrence, focus: boolean, command?: PopoverCommand): void {
    this.prepare();
    this.placeOutsideInertness();
    const host = this.host!;
    const { entryId, why, others } = occurrence;
    this.send(command ?? { type: 'show', entryId, focus, why, others });
    host.style.setProperty('display', 'block', 'important');
    if (typeof host.showPopover === 'function' && !host.matches(':popover-open')) host.showPopover();
  }

  /**
   * While the page shows a modal <dialog>, everything outside it is inert: the popover would be drawn
   * on top (top layer) but take no pointer input, so its buttons and note could not be used. Then the
   * host lives in the topmost modal dialog, and goes back to <html> afterwards. Moving an iframe
   * reloads it, so the popover page says hello again and gets a new port.
   */
  private placeOutsideInertness(): void {
    const host = this.host!;
    const parent = usableParent();
    if (host.parentNode === parent) return;
    if (typeof host.hidePopover === 'function' && host.matches(':popover-open')) host.hidePopover();
    this.port?.close();
    this.port = null;
    this.ready = false;
    parent.append(host);
  }

  /** Hides what is shown or previewed. */
  hide(): void {
    if (!this.placedFor) return;
    this.current = this.previewed = null;
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = null;
    const host = this.host!;
    if (typeof host.hidePopover === 'function' && host.matches(':popover-open')) host.hidePopover();
    host.style.setProperty('display', 'none', 'important');
    host.inert = true;
    this.send({ type: 'hide' });
  }

  /**
   * Gives keyboard focus back to the page. Blurring the host is not enough in Firefox while focus is
   * inside the iframe of its shadow root; blurring the iframe itself is.
   */
  releaseFocus(): void {
    this.iframe?.blur();
    this.host?.blur();
  }

  /** Whether the iframe (and so the popover) holds keyboard focus. */
  get focused(): boolean {
    return !!this.host && document.activeElement === this.host;
  }

  destroy(): void {
    this.hide();
    this.port?.close();
    this.host?.remove();
    this.host = null;
    this.iframe = null;
    this.port = null;
    this.ready = false;
  }

  private connect(iframe: HTMLIFrameElement, src: string, token: string): void {
    this.port?.close();
    const channel = new MessageChannel();
    this.port = channel.port1;
    this.port.onmessage = (event: MessageEvent<PopoverEvent>) => this.receive(event.data);
    iframe.contentWindow?.postMessage({ type: 'newsgloss-connect', token }, extensionOrigin(src), [
      channel.port2,
    ]);
  }

  private receive(event: PopoverEvent): void {
    switch (event.type) {
      case 'ready':
        this.ready = true;
        if (this.pending) this.port!.postMessage(this.pending);
        this.pending = null;
        break;
      case 'size':
        this.height = Math.min(event.height, POPOVER_MAX_HEIGHT_PX);
        if (this.iframe) this.iframe.style.height = `${this.height}px`;
        if (this.placedFor) this.position(this.placedFor);
        break;
      case 'close':
        this.events.onClose(event.restoreFocus);
        break;
      case 'choose':
        if (typeof event.entryId === 'string') this.events.onChoose(event.entryId);
        break;
    }
  }

  private send(command: PopoverCommand): void {
    if (this.ready && this.port) this.port.postMessage(command);
    else this.pending = command.type === 'hide' ? null : command;
  }

  private follow(occurrence: Occurrence): void {
    this.stopAutoUpdate?.();
    const range = liveRange(occurrence);
    this.stopAutoUpdate = followAnchor(() => {
      // Scrolled away: the term has left the viewport, so the popover goes too.
      const rect = range.getBoundingClientRect();
      if (rect.bottom < 0 || rect.top > window.innerHeight || (rect.width === 0 && rect.height === 0)) {
        this.events.onClose(false);
        return;
      }
      this.position(occurrence, range);
    });
  }

  private position(occurrence: Occurrence, anchor: Anchor = liveRange(occurrence)): void {
    const host = this.host;
    if (!host || occurrence !== this.placedFor) return;
    const wanted = Math.max(POPOVER_MIN_HEIGHT_PX, this.height);
    const fit = (available: number) => {
      if (this.iframe)
        this.iframe.style.height = `${Math.max(POPOVER_MIN_HEIGHT_PX, Math.min(this.height, available))}px`;
    };
    // The term's own block says its direction: an Urdu quote inside an English page is right-to-left.
    const rtl = getComputedStyle(occurrence.block).direction == 'rtl';
    const { x, y } = placePopover(anchor, host, wanted, fit, rtl);
    host.style.setProperty('left', `${Math.round(x)}px`, 'important');
    host.style.setProperty('top', `${Math.round(y)}px`, 'important');
  }
}
