import { MUTATION_BATCH_DELAY_MS } from '@/utils/constants';
import { POPOVER_HOST_TAG, blockOf, isInlineElement, isInsideSkipped } from '@/utils/glossing/skip-rules';
import { ContextTimer, type Lifecycle } from './lifecycle';
import type { WorkStats } from './work-stats';

/** Attributes that make a subtree skipped (or glossed again) when they change: see skip-rules. */
const SKIP_ATTRIBUTES = ['contenteditable', 'hidden', 'aria-hidden'];

export interface PageChanges {
  /** Outermost subtrees with new or changed text, to scan again. */
  roots: Node[];
  /** Something was removed: occurrences in text that left the page must go. */
  removedSomething: boolean;
  /** Subtrees that became skipped (made editable or hidden): their occurrences must go. */
  skipped: Element[];
}

/**
 * Glosses text that appears after load (infinite scroll, live blogs, comments, single-page apps):
 * a MutationObserver collects the changed subtrees, and MUTATION_BATCH_DELAY_MS after the first change
 * of a burst the outermost of them are handed to onChanged together, so a burst costs one pass.
 */
export function startLiveUpdates(
  ctx: Lifecycle,
  work: WorkStats,
  onChanged: (changes: PageChanges) => void,
): () => void {
  const roots = new Set<Node>();
  const skipped = new Set<Element>();
  let removedSomething = false;
  const timer = new ContextTimer(ctx);

  const addRoot = (node: Node) => {
    if (node.nodeType === 1 && (node as Element).tagName === POPOVER_HOST_TAG.toUpperCase()) return;
    // Inline content (or bare text) can complete a term with its neighbours: rescan its whole block.
    const root = node.nodeType === 1 && !isInlineElement(node as Element) ? node : blockOf(node);
    if (root && !isInsideSkipped(root)) roots.add(root);
  };

  const flush = () => {
    if (roots.size === 0 && !removedSomething && skipped.size === 0) return;
    // Keep only the outermost roots: a root inside another is scanned with it.
    const outermost = [...roots].filter((root) => {
      for (let up = root.parentNode; up; up = up.parentNode) if (roots.has(up)) return false;
      return root.isConnected;
    });
    const changes = { roots: outermost, removedSomething, skipped: [...skipped] };
    roots.clear();
    skipped.clear();
    removedSomething = false;
    work.time(() => onChanged(changes));
  };

  const collect = (records: MutationRecord[]) => {
    for (const record of records) {
      if (record.type === 'characterData') {
        addRoot(record.target);
        continue;
      }
      if (record.type === 'attributes') {
        // Made editable or hidden: its marks go; made plain again: its text is glossed again.
        const element = record.target as Element;
        if (isInsideSkipped(element)) skipped.add(element);
        else addRoot(element);
        continue;
      }
      if (record.removedNodes.length) removedSomething = true;
      record.addedNodes.forEach(addRoot);
    }
    if (!timer.pending && (roots.size || removedSomething || skipped.size))
      timer.set(flush, MUTATION_BATCH_DELAY_MS);
  };
  const observer = new MutationObserver((records) => work.time(() => collect(records)));
  observer.observe(document.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: SKIP_ATTRIBUTES,
  });
  const stop = () => {
    observer.disconnect();
    timer.cancel();
  };
  ctx.onInvalidated(stop);
  return stop;
}
