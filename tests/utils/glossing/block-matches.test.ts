import { describe, expect, it } from 'vitest';
import { windowMatches } from '@/utils/glossing/block-matches';
import { createTermMatcher, type TermPattern } from '@/utils/matcher/find-terms';
import { BLOCK_WINDOW_CHARS } from '@/utils/constants';

const alias = (text: string, key: string): TermPattern => ({ text, key, caseSensitive: false });
const abbr = (text: string, key: string): TermPattern => ({ text, key, caseSensitive: true });
const matcher = createTermMatcher([
  alias('Tehreek-e-Taliban Pakistan', 'ttp'),
  alias('Pakistan', 'pakistan'),
  abbr('BLA', 'bla'),
]);

/** A long block matched window by window, as the scanner does it. */
function byWindows(text: string, size = BLOCK_WINDOW_CHARS) {
  const found: [number, string][] = [];
  let keptUntil = 0;
  for (let from = 0; from < text.length; from += size) {
    const matches = windowMatches(matcher, text, from, Math.min(from + size, text.length), keptUntil);
    for (const m of matches) found.push([m.start, m.key]);
    keptUntil = Math.max(keptUntil, ...matches.map((m) => m.end));
  }
  return found;
}

const whole = (text: string) => matcher.findTerms(text).map((m) => [m.start, m.key] as [number, string]);

describe('matching a long block window by window', () => {
  it('finds what one pass finds, wherever the window edges fall', () => {
    const text = 'Filler words BLA and Tehreek-e-Taliban Pakistan near Pakistan; xBLA is no match. '.repeat(
      40,
    );
    for (const size of [7, 13, 50, 97, 500]) expect(byWindows(text, size)).toEqual(whole(text));
  });

  it('keeps a term cut by a window edge whole, and never marks its tail again', () => {
    const text = `${'a '.repeat(10)}Tehreek-e-Taliban Pakistan`;
    const edge = text.indexOf('Pakistan') + 2; // inside the longer term's last word
    expect(byWindows(text, edge)).toEqual([[20, 'ttp']]);
  });

  it('checks whole words at a window edge', () => {
    const text = 'xxBLA BLA';
    expect(byWindows(text, 2)).toEqual([[6, 'bla']]);
  });
});
