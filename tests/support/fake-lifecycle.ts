import type { Lifecycle } from '@/utils/glossing/lifecycle';

/**
 * A stand-in for WXT's content-script context with the same teardown semantics: listeners added
 * through it and callbacks given to onInvalidated go when `invalidate()` is called (as when the
 * extension is reloaded or updated).
 */
export class FakeLifecycle implements Lifecycle {
  private readonly controller = new AbortController();
  private gone = false;

  /** As WXT's: a look finds out that the extension has gone (browser.runtime.id) and invalidates. */
  get isValid(): boolean {
    if (this.gone) this.invalidate();
    return !this.controller.signal.aborted;
  }

  /** The extension was reloaded or removed, and nobody told the script (Chromium): only a look finds out. */
  extensionGone(): void {
    this.gone = true;
  }

  onInvalidated(cb: () => void): () => void {
    this.controller.signal.addEventListener('abort', cb);
    return () => this.controller.signal.removeEventListener('abort', cb);
  }

  addEventListener(
    target: EventTarget,
    type: string,
    handler: (event: Event) => void,
    options?: AddEventListenerOptions,
  ): void {
    target.addEventListener(type, handler, { ...options, signal: this.controller.signal });
  }

  /** As WXT's: the handler runs only while the context is valid, and the interval goes with it. */
  setInterval(handler: () => void, timeout?: number): number {
    const id = window.setInterval(() => {
      if (this.isValid) handler();
    }, timeout);
    this.onInvalidated(() => window.clearInterval(id));
    return id;
  }

  invalidate(): void {
    if (!this.controller.signal.aborted) this.controller.abort();
  }
}
