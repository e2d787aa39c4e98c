import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * What the glossing engine needs of WXT's content-script context. Everything the engine starts (timers,
 * frames, listeners, observers, the popover) is registered here, so when the extension is reloaded,
 * updated or disabled, `ctx.onInvalidated` is the one path that stops it all.
 */
export type Lifecycle = Pick<
  ContentScriptContext,
  'addEventListener' | 'onInvalidated' | 'isValid' | 'setInterval'
>;

/**
 * One pending timeout at a time (setting it again replaces the one pending), cancelled when the
 * context is invalidated. Not `ctx.setTimeout`: WXT adds an abort listener for every call and never
 * removes it (wxt/utils/content-script-context `setTimeout`), so the thousands of scan slices and
 * mutation batches of a long-lived page would grow that list without end. This registers once.
 */
export class ContextTimer {
  private id: number | undefined;

  constructor(private readonly ctx: Lifecycle) {
    ctx.onInvalidated(() => this.cancel());
  }

  get pending(): boolean {
    return this.id !== undefined;
  }

  set(run: () => void, delayMs: number): void {
    this.cancel();
    this.id = window.setTimeout(() => {
      this.id = undefined;
      if (this.ctx.isValid) run();
    }, delayMs);
  }

  cancel(): void {
    if (this.id === undefined) return;
    window.clearTimeout(this.id);
    this.id = undefined;
  }
}

/** The same for animation frames: one pending frame callback, cancelled with the context. */
export class ContextFrame {
  private id = 0;

  constructor(private readonly ctx: Lifecycle) {
    ctx.onInvalidated(() => this.cancel());
  }

  get pending(): boolean {
    return this.id !== 0;
  }

  set(run: () => void): void {
    this.cancel();
    this.id = requestAnimationFrame(() => {
      this.id = 0;
      if (this.ctx.isValid) run();
    });
  }

  cancel(): void {
    if (this.id === 0) return;
    cancelAnimationFrame(this.id);
    this.id = 0;
  }
}
