import { HIT_SLOP_PX } from '@/utils/constants';
import type { Occurrence, OccurrenceStore } from './occurrences';

interface CaretPoint {
  node: Node;
  offset: number;
}

/**
 * The text position under a point. caretPositionFromPoint is the standard (Firefox; Chromium 128+);
 * older Chromium only has caretRangeFromPoint
 * (https://web-platform-dx.github.io/web-features-explorer/features/document-caretpositionfrompoint).
 */
function caretAt(x: number, y: number): CaretPoint | null {
  const doc = document as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/** A live Range over an occurrence, for geometry (StaticRange has none). */
export function liveRange(occurrence: Occurrence): Range {
  const range = document.createRange();
  const { startContainer, startOffset, endContainer, endOffset } = occurrence.range;
  range.setStart(startContainer, startOffset);
  range.setEnd(endContainer, endOffset);
  return range;
}

function contains(rects: DOMRectList, x: number, y: number): boolean {
  for (const r of rects) {
    if (
      x >= r.left - HIT_SLOP_PX &&
      x <= r.right + HIT_SLOP_PX &&
      y >= r.top - HIT_SLOP_PX &&
      y <= r.bottom + HIT_SLOP_PX
    ) {
      return true;
    }
  }
  return false;
}

/**
 * The term occurrence under the point, if any. The caret position says which text node and offset
 * the point is nearest; the term's own boxes then confirm the point is really on it (a caret is found
 * even in the margin beside a line).
 */
export function occurrenceAtPoint(store: OccurrenceStore, x: number, y: number): Occurrence | null {
  const caret = caretAt(x, y);
  if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return null;
  for (const occurrence of store.atNode(caret.node as Text)) {
    if (!occurrence.entryId) continue; // left unmarked by the resolver
    const { startContainer, startOffset, endContainer, endOffset } = occurrence.range;
    if (caret.node === startContainer && caret.offset < startOffset) continue;
    if (caret.node === endContainer && caret.offset > endOffset) continue;
    if (!occurrence.nodes.every((n) => n.isConnected)) continue;
    try {
      if (contains(liveRange(occurrence).getClientRects(), x, y)) return occurrence;
    } catch {
      // The text changed under the occurrence (offsets out of range); the next scan replaces it.
    }
  }
  return null;
}
