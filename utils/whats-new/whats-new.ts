/**
 * One line of news per release, shown once in the popup to a reader who updated to it (never to one
 * who installed it: the welcome page covers everything). A release without news has no line.
 */
export const WHATS_NEW: Readonly<Record<string, string>> = {
  '0.2.0':
    'New: marks follow the article — “Sharif said” after “Shehbaz Sharif” is him, and a word with two meanings is marked only when the article settles which.',
};

/** The version whose news a reader who went from `previous` to `current` should see, or null. */
export function newsOnUpdate(
  previous: string | undefined,
  current: string,
  lines: Readonly<Record<string, string>> = WHATS_NEW,
): string | null {
  return previous !== current && lines[current] ? current : null;
}
