/**
 * Storage writes that fail because the browser's storage is full. Chromium rejects with "QUOTA_BYTES
 * quota exceeded"; Firefox with a QuotaExceededError (its IndexedDB backend). The reader is told in one
 * plain sentence instead of a browser message.
 */
export const STORAGE_FULL_MESSAGE =
  'Could not save: browser storage is full. Nothing was changed; delete some notes or own terms and try again.';

export class StorageFullError extends Error {
  constructor(options?: { cause?: unknown }) {
    super(STORAGE_FULL_MESSAGE, options);
    this.name = 'StorageFullError';
  }
}

export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, message } = error as { name?: unknown; message?: unknown };
  return name === 'QuotaExceededError' || (typeof message === 'string' && /quota/i.test(message));
}

/** Runs a write; a quota failure becomes a StorageFullError, anything else is passed on as it is. */
export async function explainWriteFailure<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    throw isQuotaError(error) ? new StorageFullError({ cause: error }) : error;
  }
}
