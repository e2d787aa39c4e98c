import { HOVER_CLOSE_GRACE_MS } from '@/utils/constants';
import type { PopoverCommand } from '@/utils/messaging/messages';
import type { Highlights } from './highlights';
import { occurrenceAtPoint } from './hit-test';
import { ContextFrame, ContextTimer, type Lifecycle } from './lifecycle';
import type { Occurrence, OccurrenceStore } from './occurrences';
import type { PopoverHost } from './popover-host';

/** Elements whose own click behaviour wins over opening a popover. */
const INTERACTIVE =
  'a[href], button, input, select, textarea, label, summary, [role="button"], [role="link"], [contenteditable]';

export interface HoverOptions {
  /** 'click': hovering never opens a popover. */
  trigger: 'hover' | 'click';
  hoverDelayMs: number;
}

export interface Interaction {
  open(occurrence: Occurrence, focus: boolean, command?: PopoverCommand): void;
  close(restoreFocus: boolean): void;
  onPointerInsidePopover(inside: boolean): void;
}

/**
 * Hover, click and Escape: the pointer resting on a term opens its popover after the reader's hover delay
 * (drawn unseen while the delay runs: PopoverHost.preview); moving into the popover keeps it; leaving
 * both closes it after HOVER_CLOSE_GRACE_MS. A click on a term opens it at once; a click elsewhere or
 * Escape closes it.
 */
export function startInteraction(
  ctx: Lifecycle,
  store: OccurrenceStore,
  host: PopoverHost,
  highlights: Highlights,
  hoverOptions: () => HoverOptions,
): Interaction {
  const openTimer = new ContextTimer(ctx);
  const closeTimer = new ContextTimer(ctx);
  let pendingFor: Occurrence | null = null;
  let pointerInPopover = false;
  let focusBeforeOpen: Element | null = null;

  const cancelOpen = () => {
    openTimer.cancel();
    pendingFor = null;
  };
  const cancelClose = () => closeTimer.cancel();
  const scheduleClose = () => {
    cancelClose();
    closeTimer.set(() => {
      if (!pointerInPopover) interaction.close(false);
    }, HOVER_CLOSE_GRACE_MS);
  };

  const interaction: Interaction = {
    open(occurrence, focus, command) {
      cancelOpen();
      cancelClose();
      if (focus) focusBeforeOpen = document.activeElement;
      highlights.setActive(command?.type === 'search' ? null : occurrence);
      host.show(occurrence, focus, command);
    },
    close(restoreFocus) {
      cancelOpen();
      cancelClose();
      if (!host.shownFor) return host.hide(); // a preview, if any
      const hadFocus = host.focused;
      highlights.setActive(null);
      pointerInPopover = false;
      if (restoreFocus || hadFocus) {
        const previous = focusBeforeOpen;
        if (previous instanceof HTMLElement && previous.isConnected && previous !== document.body) {
          previous.focus();
        } else {
          host.releaseFocus();
        }
      }
      // Hidden only after focus has moved: hiding a focused iframe first strands focus in Firefox.
      host.hide();
      focusBeforeOpen = null;
    },
    onPointerInsidePopover(inside) {
      pointerInPopover = inside;
      if (inside) cancelClose();
      // Only a popover on screen closes: Firefox tells of leaving a popover hidden under the pointer
      // (Escape) at the pointer's next move, onto the next term, whose pending popover must not go too.
      else if (host.shownFor) scheduleClose();
    },
  };

  const onPointer = (event: PointerEvent) => {
    if (event.buttons !== 0 || event.pointerType === 'touch') return;
    if (host.contains(event.target)) return;
    const occurrence = occurrenceAtPoint(store, event.clientX, event.clientY);
    const shown = host.shownFor;
    if (occurrence && shown && sameOccurrence(occurrence, shown)) {
      cancelOpen();
      cancelClose();
      return;
    }
    if (occurrence) {
      const { trigger, hoverDelayMs } = hoverOptions();
      if (trigger === 'click' || (pendingFor && sameOccurrence(pendingFor, occurrence))) return;
      pendingFor = occurrence; // the timer set replaces one pending for another term
      openTimer.set(() => interaction.open(occurrence, false), sinceArrival(event, hoverDelayMs));
      host.preview(occurrence);
      return;
    }
    if (pendingFor && !shown) host.hide(); // its preview
    cancelOpen();
    if (shown && !pointerInPopover) scheduleClose();
  };

  listenToReader(ctx, store, host, interaction, onPointer);
  return interaction;
}

/** The page-wide listeners: the pointer moving (one hit-test a frame), clicks and Escape. */
function listenToReader(
  ctx: Lifecycle,
  store: OccurrenceStore,
  host: PopoverHost,
  interaction: Interaction,
  onPointer: (event: PointerEvent) => void,
): void {
  const pointerFrame = new ContextFrame(ctx);
  let lastPointer: PointerEvent | null = null;
  ctx.addEventListener(
    window,
    'pointermove',
    (event) => {
      lastPointer = event;
      // One hit-test per frame however fast the pointer moves.
      if (!pointerFrame.pending) pointerFrame.set(() => lastPointer && onPointer(lastPointer));
    },
    { passive: true, capture: true },
  );

  ctx.addEventListener(
    window,
    'click',
    (event) => {
      if (event.button !== 0 || host.contains(event.target)) return;
      const target = event.target instanceof Element ? event.target : null;
      const occurrence = occurrenceAtPoint(store, event.clientX, event.clientY);
      if (occurrence && !target?.closest(INTERACTIVE) && !window.getSelection()?.toString()) {
        interaction.open(occurrence, false);
      } else if (host.shownFor) {
        interaction.close(false);
      }
    },
    { capture: true },
  );

  ctx.addEventListener(
    window,
    'keydown',
    (event) => {
      if (event.key === 'Escape' && host.shownFor) interaction.close(true);
    },
    { capture: true },
  );
}

function sameOccurrence(a: Occurrence, b: Occurrence): boolean {
  return (
    a === b ||
    (a.range.startContainer === b.range.startContainer && a.range.startOffset === b.range.startOffset)
  );
}

/** What is left of the hover delay: it runs from the pointer's arrival, not from the hit-test a frame later. */
const sinceArrival = (event: PointerEvent, delayMs: number) => delayMs - performance.now() + event.timeStamp;
