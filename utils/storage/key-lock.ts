/**
 * Runs read-check-write sequences on one storage key one at a time. Extension pages (popup, options and
 * the popover, which is an extension page in an iframe) share the extension's origin, so the Web Locks API
 * serialises them across pages too. Elsewhere a queue per key serialises the callers of this context: in a
 * content script navigator.locks belongs to the web page (whose scripts could hold our lock forever), and
 * unit tests run in Node, which has none.
 */
const queues = new Map<string, Promise<unknown>>();

interface LockManagerLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

function lockManager(): LockManagerLike | undefined {
  const scope = globalThis as { navigator?: { locks?: LockManagerLike }; location?: { protocol?: string } };
  const extensionOrigin = /^(chrome|moz)-extension:$/.test(scope.location?.protocol ?? '');
  return extensionOrigin ? scope.navigator?.locks : undefined;
}

export function withKeyLock<T>(key: string, run: () => Promise<T>): Promise<T> {
  const locks = lockManager();
  if (locks) return locks.request(`newsgloss:${key}`, run);
  const previous = queues.get(key) ?? Promise.resolve();
  const next = previous.then(run, run);
  const settled = next.catch(() => undefined);
  queues.set(key, settled);
  void settled.then(() => {
    if (queues.get(key) === settled) queues.delete(key);
  });
  return next;
}
