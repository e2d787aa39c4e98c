import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';
import type { PopoverEvent } from '@/utils/messaging/messages';

/**
 * Reports the content's natural size so the host can size the iframe to fit. The inner wrapper is
 * observed, not the dialog: the dialog is capped to the iframe's height (and scrolls), the content
 * is not, so growing content is seen even while the iframe is still small.
 */
export function useSizeReport(
  root: RefObject<HTMLElement>,
  content: RefObject<HTMLElement>,
  send: RefObject<(event: PopoverEvent) => void>,
): void {
  useEffect(() => {
    const dialog = root.current;
    const inner = content.current;
    if (!dialog || !inner) return;
    const observer = new ResizeObserver(() => {
      const chrome = dialog.offsetHeight - dialog.clientHeight + paddingOf(dialog);
      send.current?.({
        type: 'size',
        width: dialog.offsetWidth,
        height: Math.ceil(inner.offsetHeight + chrome),
      });
    });
    observer.observe(inner);
    return () => observer.disconnect();
  }, [root, content, send]);
}

function paddingOf(element: HTMLElement): number {
  const style = getComputedStyle(element);
  return parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
}
