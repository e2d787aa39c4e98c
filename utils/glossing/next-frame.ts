import { NEXT_FRAME_FALLBACK_MS } from '@/utils/constants';
import { ContextFrame, ContextTimer, type Lifecycle } from './lifecycle';

/**
 * Runs work in the next animation frame, just before the browser paints it: marks drawn there are
 * painted in that same frame, where drawn after a paint they waited a whole frame more. The page's
 * style is brought up to date for that paint anyway, so the visibility the marks read costs no style
 * pass of its own. A hidden tab paints no frames, and a background tab's animation frames may be held
 * back, so NEXT_FRAME_FALLBACK_MS is the longest it waits.
 */
export class NextFrame {
  private readonly frame: ContextFrame;
  private readonly soon: ContextTimer;
  private readonly fallback: ContextTimer;

  constructor(ctx: Lifecycle) {
    this.frame = new ContextFrame(ctx);
    this.soon = new ContextTimer(ctx);
    this.fallback = new ContextTimer(ctx);
  }

  /** Runs work once, in the next frame; work asked for while some is pending replaces it. */
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
    this.frame.set(once);
    this.fallback.set(once, NEXT_FRAME_FALLBACK_MS);
  }

  cancel(): void {
    this.frame.cancel();
    this.soon.cancel();
    this.fallback.cancel();
  }
}
