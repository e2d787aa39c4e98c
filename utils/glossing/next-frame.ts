import { AFTER_PAINT_FALLBACK_MS } from '@/utils/constants';
import { ContextFrame, ContextTimer, type Lifecycle } from './lifecycle';

/**
 * Runs work once the browser has painted the current frame: the page's style is up to date then, so
 * reading an element's visibility costs little, while reading it earlier (a page still building itself)
 * makes our task compute the whole page's style. A hidden tab paints no frames, and a background tab's
 * animation frames may be held back, so AFTER_PAINT_FALLBACK_MS is the longest it waits.
 */
export class AfterPaint {
  private readonly frame: ContextFrame;
  private readonly soon: ContextTimer;
  private readonly fallback: ContextTimer;

  constructor(ctx: Lifecycle) {
    this.frame = new ContextFrame(ctx);
    this.soon = new ContextTimer(ctx);
    this.fallback = new ContextTimer(ctx);
  }

  /** Runs work once, after the next paint; work asked for while some is pending replaces it. */
  run(work: () => void): void {
    this.cancel();
    const once = () => {
      this.cancel();
      work();
    };
    if (document.visibilityState === 'hidden') {
      this.soon.set(once, 0);
      return;
    }
    this.frame.set(() => this.soon.set(once, 0));
    this.fallback.set(once, AFTER_PAINT_FALLBACK_MS);
  }

  cancel(): void {
    this.frame.cancel();
    this.soon.cancel();
    this.fallback.cancel();
  }
}
