import { AFTER_PAINT_FALLBACK_MS } from '@/utils/constants';

/**
 * Runs work once the browser has painted the current frame: the page's style is up to date then, so
 * reading an element's visibility costs little, while reading it earlier (a page still building itself)
 * makes our task compute the whole page's style. A hidden tab paints no frames, and a background tab's
 * animation frames may be held back, so AFTER_PAINT_FALLBACK_MS is the longest it waits.
 */
export function afterPaint(work: () => void): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    work();
  };
  if (document.visibilityState === 'hidden') {
    setTimeout(run, 0);
    return;
  }
  requestAnimationFrame(() => setTimeout(run, 0));
  setTimeout(run, AFTER_PAINT_FALLBACK_MS);
}
