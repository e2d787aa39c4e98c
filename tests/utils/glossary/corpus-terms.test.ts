import { describe, expect, it } from 'vitest';
import { loadBundledPacks } from '@/utils/glossary/bundled';
import { buildTermIndex } from '@/utils/glossary/term-index';
import { createTermMatcher } from '@/utils/matcher/find-terms';
import { corpusText, corpusTextNames } from '../../support/corpus';
import { ARTICLE_TEXT, MUST_HAVE_TERMS } from '../../support/must-have-terms';

const index = buildTermIndex(loadBundledPacks().packs);
const matcher = createTermMatcher(index.patterns);

/** [text of the term on the page, entry it must resolve to] */
type Expectation = [string, string];

function termsIn(text: string): Expectation[] {
  return matcher.findTerms(text).map((m) => [text.slice(m.start, m.end), m.key]);
}

describe('the must-have terms of the article the project grew from', () => {
  const found = termsIn(corpusText(ARTICLE_TEXT));
  const mustHave = MUST_HAVE_TERMS;
  // The match may be longer than the term ("Operation Zarb-i-Azb", "Chaman-Spin Boldak crossing").
  it.each(mustHave)('"%s" resolves to %s', (term, id) => {
    const covering = found.filter(([text]) => text.includes(term));
    expect(covering.length, `no match covers "${term}"`).toBeGreaterThan(0);
    expect(covering).toContainEqual([expect.stringContaining(term), id]);
  });

  it('reaches the events and places the article speaks of through entries that exist', () => {
    for (const id of [
      'oct-2025-border-clashes',
      'doha-ceasefire-2025',
      'doha-talks-2025',
      'istanbul-talks-2025',
      'durand-line',
      'chaman',
      'spin-boldak',
    ]) {
      expect(index.entries.has(id), id).toBe(true);
    }
    expect(index.entries.get('oct-2025-border-clashes')!.related).toEqual(
      expect.arrayContaining(['doha-ceasefire-2025']),
    );
  });
});

describe('spellings met in real text (corpus README)', () => {
  const spellings: Expectation[] = [
    ...[
      'Tehrik-i-Taliban Pakistan',
      'Tehrik-e-Taliban Pakistan',
      'Tehreek-e-Taliban Pakistan',
      'Tehreek-i-Taliban Pakistan',
      'Tehrik Taliban Pakistan',
      'Pakistani Taliban',
    ].map((s): Expectation => [s, 'ttp']),
    ...['Fitna al-Khawarij', 'Fitna-al-Khawarij', 'Fitna al Khwarij', 'FAK'].map((s): Expectation => [
      s,
      'fitna-al-khawarij',
    ]),
    ...['Fitna al-Hindustan', 'Fitna-e-Hindustan'].map((s): Expectation => [s, 'fitna-al-hindustan']),
    ...['Balochistan Liberation Army', 'Baluchistan Liberation Army', 'Baloch Liberation Army'].map(
      (s): Expectation => [s, 'bla'],
    ),
    ...['Zarb-e-Azb', 'Zarb-i-Azb', 'Zarb e Azb'].map((s): Expectation => [s, 'zarb-e-azb']),
    ['Spin Boldak', 'spin-boldak'],
    ['Spinboldak', 'spin-boldak'],
    ['Spin Boldak-Chaman', 'chaman-spin-boldak'],
    ['Chaman–Spin Boldak', 'chaman-spin-boldak'],
    ['Chaman', 'chaman'],
    ...['Pashtun', 'Pakhtun', 'Pashtoon'].map((s): Expectation => [s, 'pashtuns']),
    ...[
      'ISKP',
      'IS-K',
      'ISIS-K',
      'ISIL-KP',
      'IS–K',
      'ISIS–K',
      'ISIL–KP',
      'Islamic State Khorasan Province',
    ].map((s): Expectation => [s, 'iskp']),
    ...['Khawaja Asif', 'Khawaja Muhammad Asif'].map((s): Expectation => [s, 'khawaja-asif']),
    ['Baloch', 'baloch'],
    ['Baluch', 'baloch'],
    ['Baluchistan', 'balochistan'],
    ['Türkiye', 'turkiye'],
    ['Durand Line', 'durand-line'],
  ];
  it.each(spellings)('"%s" in running text resolves to %s', (term, id) => {
    expect(termsIn(`Reports said ${term}, officials added.`)).toEqual([[term, id]]);
  });

  it('does not fall into the traps', () => {
    expect(termsIn('Khyber Pakhtunkhwa').map(([, id]) => id)).toEqual(['khyber-pakhtunkhwa']);
    expect(termsIn('Pashto is the language')).toEqual([]);
    expect(termsIn('bla bla, a BLAST, a Swatch')).toEqual([]);
  });
});

describe('the corpus texts', () => {
  it.each(corpusTextNames())('%s: every match is a whole word', (name) => {
    const text = corpusText(name);
    const matches = matcher.findTerms(text);
    expect(matches.length).toBeGreaterThan(0);
    for (const m of matches) {
      const around = `${text.slice(Math.max(0, m.start - 1), m.start)}[${text.slice(m.start, m.end)}]${text.slice(m.end, m.end + 1)}`;
      expect(
        /[\p{L}\p{N}]/u.test(text[m.start - 1] ?? ' ') && /[\p{L}\p{N}]/u.test(text[m.start]!),
        around,
      ).toBe(false);
      expect(/[\p{L}\p{N}]/u.test(text[m.end] ?? ' ') && /[\p{L}\p{N}]/u.test(text[m.end - 1]!), around).toBe(
        false,
      );
    }
  });

  it('does not match "Pakhtun" inside "Pakhtunkhwa" in the Khyber Pakhtunkhwa article', () => {
    const text = corpusText('wikipedia-khyber-pakhtunkhwa.txt');
    const pashtunMatches = matcher.findTerms(text).filter((m) => m.key === 'pashtuns');
    for (const m of pashtunMatches) expect(text.slice(m.start, m.end + 4)).not.toMatch(/khwa$/i);
    expect(matcher.findTerms(text).some((m) => m.key === 'khyber-pakhtunkhwa')).toBe(true);
  });
});
