import {
  computePosition,
  flip,
  inline,
  offset,
  shift,
  size,
  type ClientRectObject,
  type Platform,
  type Rect,
} from '@floating-ui/core';
import { POPOVER_OFFSET_PX, POPOVER_VIEWPORT_PADDING_PX } from '@/utils/constants';

/** What the popover is placed against: a term's live range. */
export interface Anchor {
  getBoundingClientRect(): DOMRect;
  getClientRects(): DOMRectList;
}

const toRect = ({ x, y, width, height }: DOMRect): Rect => ({ x, y, width, height });

/**
 * Floating UI's core with the smallest platform that fits this popover. The host is position: fixed in
 * the top layer (showPopover), so its offset parent is the viewport and the only clipping boundary is
 * the viewport: @floating-ui/dom's platform (offset parents, clipping ancestors, transforms, scale) would
 * add about 4 KB gzip to a script that is parsed on every page, for cases that cannot occur here.
 */
const platform: Platform = {
  getElementRects: ({ reference, floating }) => ({
    reference: toRect((reference as Anchor).getBoundingClientRect()),
    floating: { x: 0, y: 0, ...dimensions(floating as HTMLElement) },
  }),
  getDimensions: (element) => dimensions(element as HTMLElement),
  getClippingRect: () => ({
    x: 0,
    y: 0,
    width: document.documentElement.clientWidth,
    height: document.documentElement.clientHeight,
  }),
  getClientRects: (element) =>
    [...(element as Anchor).getClientRects()].map((r): ClientRectObject => ({
      ...toRect(r),
      top: r.top,
      left: r.left,
      right: r.right,
      bottom: r.bottom,
    })),
};

function dimensions(element: HTMLElement): { width: number; height: number } {
  const { width, height } = element.getBoundingClientRect();
  return { width, height };
}

/**
 * Where the popover goes: below the term's first line (inline() picks the line a wrapped term starts
 * on), flipped above when there is no room, kept inside the viewport; `fitHeight` gets the height
 * available on the chosen side.
 */
export async function placePopover(
  anchor: Anchor,
  floating: HTMLElement,
  fitHeight: (available: number) => void,
): Promise<{ x: number; y: number }> {
  const padding = POPOVER_VIEWPORT_PADDING_PX;
  const { x, y } = await computePosition(anchor, floating, {
    platform,
    strategy: 'fixed',
    placement: 'bottom-start',
    middleware: [
      inline(),
      offset(POPOVER_OFFSET_PX),
      flip({ padding }),
      shift({ padding }),
      size({ padding, apply: ({ availableHeight }) => fitHeight(availableHeight) }),
    ],
  });
  return { x, y };
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
