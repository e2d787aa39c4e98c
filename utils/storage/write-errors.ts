/**
 * Storage writes that fail because the browser's storage is full. Chromium rejects with "QUOTA_BYTES
 * quota exceeded"; Firefox with a QuotaExceededError (its IndexedDB backend). The reader is told in one
 * plain sentence instead of a browser message.
 */
import { t } from '../i18n/t';

/** The sentence a StorageFullError carries, in the reader's language. */
export const storageFullMessage = (): string => t('err_storageFull');

export class StorageFullError extends Error {
  constructor(options?: { cause?: unknown }) {
    super(storageFullMessage(), options);
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
