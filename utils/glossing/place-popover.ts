import { POPOVER_OFFSET_PX, POPOVER_VIEWPORT_PADDING_PX } from '@/utils/constants';

/** What the popover is placed against: a term's live range. */
export interface Anchor {
  getBoundingClientRect(): DOMRect;
  getClientRects(): DOMRectList;
}

/**
 * Where the popover goes: below the first line of the term (a wrapped term is anchored where it
 * starts), flipped above when the space below is too short for it and the space above is larger,
 * aligned with the term's start edge (left, or right in right-to-left text), shifted sideways to stay
 * inside the viewport; `fitHeight` gets the height available on the chosen
 * side, and the popover is placed at its fitted height. The host is position: fixed in the top layer
 * (showPopover), so its containing block is the viewport and the viewport is the only boundary: a few
 * lines do what a positioning library would, without its weight in a script parsed on every page.
 */
export function placePopover(
  anchor: Anchor,
  floating: HTMLElement,
  /** The height the popover's content asks for. */
  wanted: number,
  fitHeight: (available: number) => void,
  /** Right-to-left text: the popover lines up with the term's right edge, where it starts. */
  rtl = false,
): { x: number; y: number } {
  const line = anchor.getClientRects()[0] ?? anchor.getBoundingClientRect();
  const { clientWidth, clientHeight } = document.documentElement;
  const padding = POPOVER_VIEWPORT_PADDING_PX;
  const below = clientHeight - padding - (line.bottom + POPOVER_OFFSET_PX);
  const above = line.top - POPOVER_OFFSET_PX - padding;
  const onBottom = wanted <= below || below >= above;
  fitHeight(Math.max(0, onBottom ? below : above));
  const { width, height } = floating.getBoundingClientRect();
  return {
    x: Math.max(padding, Math.min(rtl ? line.right - width : line.left, clientWidth - padding - width)),
    y: onBottom ? line.bottom + POPOVER_OFFSET_PX : line.top - POPOVER_OFFSET_PX - height,
  };
}

/**
 * Calls onMove (at most once a frame) whenever the anchor may have moved: any scroll of the page or of a
 * scrolling box inside it (scroll events do not bubble, so listen in the capture phase) and resizes.
 */
export function followAnchor(onMove: () => void): () => void {
  let frame = 0;
  const schedule = () => {
    if (!frame)
      frame = requestAnimationFrame(() => {
        frame = 0;
        onMove();
      });
  };
  const options = { capture: true, passive: true } as const;
  window.addEventListener('scroll', schedule, options);
  window.addEventListener('resize', schedule, options);
  window.visualViewport?.addEventListener('resize', schedule, options);
  onMove(); // at once, so the popover never shows a frame at its old place
  return () => {
    cancelAnimationFrame(frame);
    window.removeEventListener('scroll', schedule, options);
    window.removeEventListener('resize', schedule, options);
    window.visualViewport?.removeEventListener('resize', schedule, options);
  };
}
