import { describe, expect, it } from 'vitest';
import { compileMatcher, matcherPart } from '@/utils/matcher/compiled-matcher';
import { createTermMatcher, joinMatchers, type CueHit, type TermPattern } from '@/utils/matcher/find-terms';
import { ROLE } from '@/utils/matcher/term-pattern';
import { abbrPattern as abbr, fullPattern as alias, shortPattern as short } from '../../support/test-entries';

const cue = (text: string, key: string): TermPattern => ({ text, key, caseSensitive: false, role: ROLE.cue });

const patterns: TermPattern[] = [
  abbr('PTI', 'pti'),
  abbr('PTI', 'press-trust-of-india'),
  alias('Pakistan Tehreek-e-Insaf', 'pti'),
  short('Sharif', 'shehbaz-sharif'),
  short('Sharif', 'nawaz-sharif'),
  alias('Nawaz Sharif', 'nawaz-sharif'),
  alias('Taliban', 'afghan-taliban'),
  alias('Taliban', 'ttp'),
  alias('Pakistan', 'pakistan'),
  cue('Adiala', 'pti'),
  cue('news agency', 'press-trust-of-india'),
  cue('Waziristan', 'ttp'),
];
const matcher = createTermMatcher(patterns);

describe('shared spellings', () => {
  it('yields one match listing every entry that shares the spelling, with its role', () => {
    const text = 'The PTI said Sharif would meet the Taliban.';
    expect(matcher.findTerms(text).map((m) => [text.slice(m.start, m.end), m.key, m.candidates])).toEqual([
      [
        'PTI',
        'pti',
        [
          { key: 'pti', role: ROLE.full },
          { key: 'press-trust-of-india', role: ROLE.full },
        ],
      ],
      [
        'Sharif',
        'shehbaz-sharif',
        [
          { key: 'shehbaz-sharif', role: ROLE.short },
          { key: 'nawaz-sharif', role: ROLE.short },
        ],
      ],
      [
        'Taliban',
        'afghan-taliban',
        [
          { key: 'afghan-taliban', role: ROLE.full },
          { key: 'ttp', role: ROLE.full },
        ],
      ],
    ]);
  });

  it('keeps a case-sensitive shared spelling exact for every candidate', () => {
    expect(matcher.findTerms('the pti and Pti and sharif')).toEqual([]);
  });

  it('lists one candidate for a spelling only one entry has, and lets the longest span win', () => {
    const text = 'Nawaz Sharif met PTI leaders.';
    const found = matcher.findTerms(text);
    expect(found.map((m) => [text.slice(m.start, m.end), m.candidates])).toEqual([
      ['Nawaz Sharif', [{ key: 'nawaz-sharif', role: ROLE.full }]],
      [
        'PTI',
        [
          { key: 'pti', role: ROLE.full },
          { key: 'press-trust-of-india', role: ROLE.full },
        ],
      ],
    ]);
  });

  it('merges candidates from two matcher parts sharing a spelling', () => {
    const joined = joinMatchers([
      matcherPart(compileMatcher([abbr('PTI', 'pti')])),
      matcherPart(compileMatcher([abbr('PTI', 'press-trust-of-india')])),
    ]);
    expect(joined.findTerms('PTI said.').map((m) => m.candidates.map((c) => c.key))).toEqual([
      ['pti', 'press-trust-of-india'],
    ]);
  });

  it('drops a disabled entry from the candidates of a shared spelling', () => {
    const part = matcherPart(compileMatcher(patterns), (key) => key !== 'pti');
    expect(
      joinMatchers([part])
        .findTerms('PTI said.')
        .map((m) => [m.key, m.candidates]),
    ).toEqual([['press-trust-of-india', [{ key: 'press-trust-of-india', role: ROLE.full }]]]);
  });
});

describe('cue words', () => {
  it('are reported in cues, as written in the glossary, and never as matches', () => {
    const cues: CueHit[] = [];
    const text = 'Imran Khan is in adiala jail, News-Agency staff said, near Waziristan and Pakistan.';
    const found = matcher.findTerms(text, cues);
    expect(found.map((m) => text.slice(m.start, m.end))).toEqual(['Pakistan']);
    expect(cues).toEqual([
      { key: 'pti', word: 'Adiala' },
      { key: 'press-trust-of-india', word: 'news agency' },
      { key: 'ttp', word: 'Waziristan' },
    ]);
  });

  it('are dropped when no cue list is given', () => {
    expect(matcher.findTerms('Adiala and Waziristan')).toEqual([]);
  });

  it('are whole words only', () => {
    const cues: CueHit[] = [];
    matcher.findTerms('Adialas and SouthWaziristan', cues);
    expect(cues).toEqual([]);
  });

  it('do not make mayContainTerms answer true', () => {
    expect(matcher.mayContainTerms('Adiala jail, the news agency, Waziristan')).toBe(false);
    expect(matcher.mayContainTerms('Adiala jail, the news agency, Waziristan, Taliban')).toBe(true);
    // Boundaries are ignored there: a spelling inside a longer word still counts.
    expect(matcher.mayContainTerms('Pakistani')).toBe(true);
  });

  it('from a part of cue words alone are reported, yet the part holds no terms', () => {
    const cuesOnly = joinMatchers([matcherPart(compileMatcher([cue('Adiala', 'pti')]))]);
    const cues: CueHit[] = [];
    expect(cuesOnly.findTerms('Adiala', cues)).toEqual([]);
    expect(cues).toEqual([{ key: 'pti', word: 'Adiala' }]);
    expect(cuesOnly.mayContainTerms('Adiala')).toBe(false);
  });
});

describe('identifiers joined by "_"', () => {
  it('do not match a term inside them', () => {
    expect(matcher.findTerms('country_pakistan_report and PTI_logo and _Taliban_ and Sharif_2')).toEqual([]);
  });

  it('leave a term next to other punctuation matched', () => {
    const text = 'country-pakistan-report, (Taliban), Sharif/PTI';
    expect(matcher.findTerms(text).map((m) => text.slice(m.start, m.end))).toEqual([
      'pakistan',
      'Taliban',
      'Sharif',
      'PTI',
    ]);
  });
});
