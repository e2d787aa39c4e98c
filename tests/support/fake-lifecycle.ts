import type { Lifecycle } from '@/utils/glossing/lifecycle';

/**
 * A stand-in for WXT's content-script context with the same teardown semantics: listeners added
 * through it and callbacks given to onInvalidated go when `invalidate()` is called (as when the
 * extension is reloaded or updated).
 */
export class FakeLifecycle implements Lifecycle {
  private readonly controller = new AbortController();

  get isValid(): boolean {
    return !this.controller.signal.aborted;
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

  invalidate(): void {
    this.controller.abort();
  }
}
