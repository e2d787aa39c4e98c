import { describe, expect, it } from 'vitest';
import { compileMatcher, matcherPart } from '@/utils/matcher/compiled-matcher';
import { createTermMatcher, joinMatchers, type TermPattern } from '@/utils/matcher/find-terms';

const alias = (text: string, key: string): TermPattern => ({ text, key, caseSensitive: false });
const abbr = (text: string, key: string): TermPattern => ({ text, key, caseSensitive: true });

const matcher = createTermMatcher([
  alias('Tehreek-e-Taliban Pakistan', 'ttp'),
  alias('Tehrik-i-Taliban Pakistan', 'ttp'),
  abbr('TTP', 'ttp'),
  alias('Taliban', 'afghan-taliban'),
  abbr('BLA', 'bla'),
  abbr('FaK', 'fak'),
  abbr('FAK', 'fak'),
  alias('Pakhtun', 'pashtuns'),
  alias('Khyber Pakhtunkhwa', 'kp'),
  alias('Swat', 'swat'),
  alias('Chaman-Spin Boldak', 'crossing'),
  alias('Spin Boldak-Chaman', 'crossing'),
  alias('Spin Boldak', 'spin-boldak'),
  alias('Chaman', 'chaman'),
  alias('Türkiye', 'turkiye'),
  alias("Pakistan's Foreign Office", 'fo'),
  alias('Foreign Office', 'fo'),
  abbr('IS-K', 'iskp'),
  alias('D.I. Khan', 'dik'),
  alias('پاکستان', 'pakistan-ur'),
]);

const found = (text: string) => matcher.findTerms(text).map((m) => [text.slice(m.start, m.end), m.key]);

describe('createTermMatcher', () => {
  it('finds every term in one pass and maps matches back to source offsets', () => {
    expect(found('The TTP and the BLA met the Taliban.')).toEqual([
      ['TTP', 'ttp'],
      ['BLA', 'bla'],
      ['Taliban', 'afghan-taliban'],
    ]);
  });

  it('ignores case for words but not for abbreviations', () => {
    expect(found('TALIBAN, taliban')).toEqual([
      ['TALIBAN', 'afghan-taliban'],
      ['taliban', 'afghan-taliban'],
    ]);
    expect(found('bla bla Bla ttp')).toEqual([]);
    expect(found('TTP/FaK and BLA/FAH')).toEqual([
      ['TTP', 'ttp'],
      ['FaK', 'fak'],
      ['BLA', 'bla'],
    ]);
  });

  it('matches whole words only, by Unicode letters and digits', () => {
    expect(found('Khyber Pakhtunkhwa')).toEqual([['Khyber Pakhtunkhwa', 'kp']]);
    expect(found('Pakhtunkhwa alone')).toEqual([]);
    expect(found('A BLAST, a Swatch, BLA2, TTPs')).toEqual([]);
    expect(found('in Swat.')).toEqual([['Swat', 'swat']]);
    expect(found('Pakhtuné')).toEqual([]);
    expect(found('the Taliban’s takeover')).toEqual([['Taliban', 'afghan-taliban']]);
  });

  it('treats hyphens, dashes, non-breaking hyphens and spaces between words alike', () => {
    for (const text of [
      'Chaman-Spin Boldak',
      'Chaman–Spin Boldak',
      'Chaman — Spin Boldak',
      'Chaman\u2011Spin\u00a0Boldak',
      'Chaman Spin-Boldak',
      'Chaman\nSpin  Boldak',
    ]) {
      expect(found(text), text).toEqual([[text, 'crossing']]);
    }
    expect(found('Spin Boldak-Chaman')).toEqual([['Spin Boldak-Chaman', 'crossing']]);
    expect(found('Tehreek e Taliban Pakistan')).toEqual([['Tehreek e Taliban Pakistan', 'ttp']]);
    expect(found('IS–K claimed')).toEqual([['IS–K', 'iskp']]);
  });

  it('makes diacritics optional and apostrophes alike', () => {
    expect(found('Turkiye and Türkiye and TÜRKIYE')).toEqual([
      ['Turkiye', 'turkiye'],
      ['Türkiye', 'turkiye'],
      ['TÜRKIYE', 'turkiye'],
    ]);
    expect(found('Pakistan’s Foreign Office')).toEqual([['Pakistan’s Foreign Office', 'fo']]);
  });

  it('ignores soft hyphens and zero-width characters inside words', () => {
    expect(found('Tali\u00adban and Cha\u200bman')).toEqual([
      ['Tali\u00adban', 'afghan-taliban'],
      ['Cha\u200bman', 'chaman'],
    ]);
  });

  it('lets the longest match win where matches overlap', () => {
    expect(found('Tehreek-e-Taliban Pakistan (TTP)')).toEqual([
      ['Tehreek-e-Taliban Pakistan', 'ttp'],
      ['TTP', 'ttp'],
    ]);
    expect(found('at the Chaman-Spin Boldak crossing, Chaman')).toEqual([
      ['Chaman-Spin Boldak', 'crossing'],
      ['Chaman', 'chaman'],
    ]);
  });

  it('matches patterns with inner punctuation and non-Latin scripts', () => {
    expect(found('near D.I. Khan today')).toEqual([['D.I. Khan', 'dik']]);
    expect(found('حکومتِ پاکستان نے')).toEqual([['پاکستان', 'pakistan-ur']]);
    expect(found('پاکستانی')).toEqual([]);
  });

  it('copes with empty text, empty patterns and no patterns', () => {
    expect(found('')).toEqual([]);
    expect(createTermMatcher([alias('  ', 'x')]).findTerms('   ')).toEqual([]);
    expect(createTermMatcher([]).findTerms('anything')).toEqual([]);
  });

  it('finds terms in long text with many occurrences', () => {
    const text = 'The TTP said. '.repeat(5000);
    expect(matcher.findTerms(text)).toHaveLength(5000);
  });
});

describe('mayContainTerms', () => {
  const blocks = [
    'The TTP and the BLA met.',
    'Chaman-Spin Boldak reopened',
    'Türkiye hosted the talks',
    "Pakistan's Foreign Office said",
    'news from D.I. Khan',
    'پاکستان',
    'nothing to see here',
    'bla bla in lower case',
    'xTTP and Swatting are not words of ours',
  ];

  it('is true wherever findTerms finds a term, even with blocks run together without a space', () => {
    for (const block of blocks) {
      if (!matcher.findTerms(block).length) continue;
      for (const [before, after] of [
        ['', ''],
        ['word', 'word'],
        ['12', '34'],
        ['end of the last block.', 'Start of the next'],
      ])
        expect(matcher.mayContainTerms(before! + block + after!), `${before}|${block}|${after}`).toBe(true);
    }
    expect(matcher.mayContainTerms(blocks.join(''))).toBe(true);
  });

  it('is false for text where no spelling occurs at all, and keeps abbreviations to their case', () => {
    expect(matcher.mayContainTerms('nothing to see here')).toBe(false);
    expect(matcher.mayContainTerms('bla bla in lower case')).toBe(false);
    expect(matcher.mayContainTerms('')).toBe(false);
    expect(matcher.mayContainTerms('update 3.14 update 3.15')).toBe(false);
  });

  it('is a superset check: true for spellings that only touch other words', () => {
    expect(matcher.findTerms('xTTP')).toEqual([]);
    expect(matcher.mayContainTerms('xTTP')).toBe(true);
  });

  it('leaves out switched-off keys, and looks in every part of a joined matcher', () => {
    const patterns = [abbr('BLA', 'bla'), alias('Chaman', 'chaman')];
    const withoutBla = joinMatchers([matcherPart(compileMatcher(patterns), (key) => key !== 'bla')]);
    expect(withoutBla.mayContainTerms('the BLA said')).toBe(false);
    expect(withoutBla.mayContainTerms('near Chaman')).toBe(true);
    const joined = joinMatchers([
      matcherPart(compileMatcher([alias('Chaman', 'chaman')])),
      matcherPart(compileMatcher([alias('sit-in', 'own:sit-in')])),
    ]);
    expect(joined.mayContainTerms('the sit in went on')).toBe(true);
    expect(joinMatchers([]).mayContainTerms('Chaman')).toBe(false);
  });
});
