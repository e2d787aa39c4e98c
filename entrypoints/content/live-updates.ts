import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { MUTATION_BATCH_DELAY_MS } from '@/utils/constants';
import { POPOVER_HOST_TAG, blockOf, isInlineElement, isInsideSkipped } from '@/utils/page/skip-rules';

/**
 * Glosses text that appears after load (infinite scroll, live blogs, comments, single-page apps):
 * a MutationObserver collects the changed subtrees, and MUTATION_BATCH_DELAY_MS after the first change
 * of a burst the outermost of them are handed to onChanged together, so a burst costs one pass.
 */
export function startLiveUpdates(
  ctx: ContentScriptContext,
  onChanged: (roots: Node[], removedSomething: boolean) => void,
): () => void {
  const roots = new Set<Node>();
  let removedSomething = false;
  let timer: number | undefined;

  const addRoot = (node: Node) => {
    if (node.nodeType === 1 && (node as Element).tagName === POPOVER_HOST_TAG.toUpperCase()) return;
    // Inline content (or bare text) can complete a term with its neighbours: rescan its whole block.
    const root = node.nodeType === 1 && !isInlineElement(node as Element) ? node : blockOf(node);
    if (root && !isInsideSkipped(root)) roots.add(root);
  };

  const flush = () => {
    timer = undefined;
    if (roots.size === 0 && !removedSomething) return;
    // Keep only the outermost roots: a root inside another is scanned with it.
    const outermost = [...roots].filter((root) => {
      for (let up = root.parentNode; up; up = up.parentNode) if (roots.has(up)) return false;
      return root.isConnected;
    });
    const removed = removedSomething;
    roots.clear();
    removedSomething = false;
    onChanged(outermost, removed);
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'characterData') {
        addRoot(record.target);
        continue;
      }
      if (record.removedNodes.length) removedSomething = true;
      record.addedNodes.forEach(addRoot);
    }
    if (timer === undefined && (roots.size || removedSomething))
      timer = ctx.setTimeout(flush, MUTATION_BATCH_DELAY_MS);
  });
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
  };
  ctx.onInvalidated(stop);
  return stop;
}
