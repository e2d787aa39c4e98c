import type { MessageKey } from '../i18n/en';

/** A line of news: a message with no parameters, named for its release. */
type WhatsNewKey = Extract<MessageKey, `whatsNew_${string}`>;

/**
 * One line of news per release (its message, in utils/i18n/en/background.ts), shown once in the popup to
 * a reader who updated to it (never to one who installed it: the welcome page covers everything). A
 * release without news has no line.
 */
export const WHATS_NEW: Readonly<Record<string, WhatsNewKey>> = {
  '0.2.0': 'whatsNew_0_2_0',
};

/** The version whose news a reader who went from `previous` to `current` should see, or null. */
export function newsOnUpdate(
  previous: string | undefined,
  current: string,
  lines: Readonly<Record<string, string>> = WHATS_NEW,
): string | null {
  return previous !== current && lines[current] ? current : null;
}
