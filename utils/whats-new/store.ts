import { storage } from 'wxt/utils/storage';
import { t } from '../i18n/t';
import { WHATS_NEW, newsOnUpdate } from './whats-new';

/** The release whose news the popup still has to show once (cleared when the reader dismisses it). */
const pendingNews = storage.defineItem<string | null>('local:whatsNew', { fallback: null });

/** Run by the background on an update: keeps the new release's news for the popup, if it has any. */
export async function noteUpdate(previous: string | undefined, current: string): Promise<void> {
  const version = newsOnUpdate(previous, current);
  if (version) await pendingNews.setValue(version);
}

/** The line the popup shows once, or null (nothing new, already dismissed, or an unknown version). */
export async function readNews(): Promise<string | null> {
  const version = await pendingNews.getValue().catch(() => null);
  // An own property only: a stored "constructor" is no release.
  const line =
    typeof version === 'string' && Object.hasOwn(WHATS_NEW, version) ? WHATS_NEW[version] : undefined;
  return line ? t(line) : null;
}

export async function dismissNews(): Promise<void> {
  await pendingNews.removeValue();
}
