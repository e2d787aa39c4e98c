import { describe, expect, it } from 'vitest';
import { createTermMatcher } from '@/utils/matcher/find-terms';
import { buildContextData, readingRules, type ReadingRules } from '@/utils/resolver/context-data';
import { blockFacts, readMatches, type LocalReading } from '@/utils/resolver/local-reading';
import { abbrPattern as abbr, fullPattern as full, shortPattern as short } from '../../support/test-entries';

const matcher = createTermMatcher([
  full('Pakistan Tehreek-e-Insaf', 'pti'),
  abbr('PTI', 'pti'),
  abbr('PTI', 'press-trust-of-india'),
  full('Press Trust of India', 'press-trust-of-india'),
  full('Pakistan Taliban', 'ttp'),
  full('Taliban', 'afghan-taliban'),
  full('Kabul', 'kabul'),
  full('Baloch', 'baloch'),
  abbr('PK', 'pk'),
  short('Sharif', 'shehbaz-sharif'),
  short('Mehsud', 'noor-wali-mehsud'),
  short('Ahmad', 'ishfaq-nadeem-ahmad'),
  short('Khan', 'imran-khan'),
  short('Munir', 'asim-munir'),
  short('BHC', 'balochistan-high-court'),
  short('CEC', 'sikandar-sultan-raja'),
]);

// The bundled name words (titles, words that are not names, kin words), with rules for the keys above.
const rules: ReadingRules = {
  ...readingRules(buildContextData([])),
  isName: (key, form) => key === 'baloch' && form === 'baloch',
  spacedOnly: (key, pattern) => key === 'ttp' && pattern === 'Pakistan Taliban',
};

/** Each match of the block with what its surroundings say, as [text, reading]. */
function read(text: string, with_: ReadingRules = rules): [string, LocalReading][] {
  const matches = matcher.findTerms(text);
  const readings = readMatches(blockFacts(text), matches, with_);
  return matches.map((m, i) => [text.slice(m.start, m.end), readings[i]!]);
}

/** The reading of the one match of `word` in the block. */
function readingOf(text: string, word: string, with_?: ReadingRules): LocalReading {
  const found = read(text, with_).filter(([t]) => t === word);
  expect(found).toHaveLength(1);
  return found[0]![1];
}

describe('blockFacts', () => {
  it('takes a short block of mostly capitalised words for a headline', () => {
    expect(blockFacts('Munir Tells Troops To Stay Ready').headline).toBe(true);
    expect(blockFacts('PM Shehbaz Meets Army Chief in Rawalpindi').headline).toBe(true);
  });

  it('does not take prose, very short text or a long block for a headline', () => {
    expect(blockFacts('Army chief Asim Munir visited the troops on Monday.').headline).toBe(false);
    expect(blockFacts('Munir Speaks Today').headline).toBe(false);
    expect(blockFacts('Munir Tells Troops To Stay Ready '.repeat(7)).headline).toBe(false);
  });
});

describe('readMatches: agency and abbreviation shapes', () => {
  it('reads "(PTI)" after a short capitalised lead as a dateline', () => {
    expect(readingOf('Lahore, Jan 3 (PTI) Police said two men were held.', 'PTI').shape).toBe('dateline');
    expect(readingOf('ISLAMABAD (PTI) Police said two men were held.', 'PTI').shape).toBe('dateline');
  });

  it('does not read "(PTI)" after a lead with lower-case words as a dateline', () => {
    const reading = readingOf('The police said (PTI) two men were held.', 'PTI');
    expect(reading.shape).toBeUndefined();
    expect(reading.definedAs).toBeUndefined();
  });

  it('reads "(PTI)" right after a full name as that name’s abbreviation, not a dateline', () => {
    expect(readingOf('Pakistan Tehreek-e-Insaf (PTI) held a rally.', 'PTI')).toMatchObject({
      definedAs: 'pti',
    });
    expect(readingOf('Pakistan Tehreek-e-Insaf (PTI) held a rally.', 'PTI').shape).toBeUndefined();
    expect(readingOf('Press Trust of India (PTI) reported.', 'PTI').definedAs).toBe('press-trust-of-india');
  });

  it('reads a dash before the agency at the end of a block as a byline', () => {
    expect(readingOf('Two men were held, police said. —PTI', 'PTI').shape).toBe('byline');
    expect(readingOf('Two men were held, police said. - PTI.', 'PTI').shape).toBe('byline');
    expect(readingOf('Two men were held, police said. —(PTI)', 'PTI').shape).toBe('byline');
    // Text after the agency: not a byline.
    expect(readingOf('Police said —PTI leaders were held.', 'PTI').shape).toBeUndefined();
  });
});

describe('readMatches: what is not prose', () => {
  it.each([
    ['a URL', 'Read https://example.com/news/Sharif-visit now.', 'Sharif'],
    ['a bare www address', 'Read www.example.com/Kabul today.', 'Kabul'],
    ['a site path', 'Read dawn.com/news/Kabul today.', 'Kabul'],
    ['an e-mail address', 'Write to desk@PTI.example for copies.', 'PTI'],
    ['a handle', 'Follow @PTI for updates.', 'PTI'],
    ['a constituency code', 'Voting in PK-70 was delayed.', 'PK'],
    ['a numbered name', 'Work on Kabul-II went on.', 'Kabul'],
  ])('blocks a term in %s', (_, text, word) => {
    expect(readingOf(text, word).blocked).toBe('not-prose');
  });

  it('reads an abbreviation with a faction letter after it as another name, but not a word after a dash', () => {
    expect(readingOf('The PTI-P split from the party.', 'PTI').blocked).toBe('name');
    expect(readingOf('A PTI-led protest began.', 'PTI').blocked).toBeUndefined();
  });

  it('reads a term at the end of a sentence as prose', () => {
    expect(readingOf('Officials met in Kabul. Talks went on.', 'Kabul').blocked).toBeUndefined();
  });

  it('blocks a spaced-only spelling joined by a dash as a pair', () => {
    expect(readingOf('Pakistan-Taliban talks resumed.', 'Pakistan-Taliban').blocked).toBe('pair');
    expect(readingOf('The Pakistan Taliban attacked.', 'Pakistan Taliban').blocked).toBeUndefined();
    // Without the rule, the dashed spelling is an ordinary mention.
    expect(
      readingOf('Pakistan-Taliban talks resumed.', 'Pakistan-Taliban', { ...rules, spacedOnly: () => false })
        .blocked,
    ).toBeUndefined();
  });
});

describe('readMatches: name neighbours', () => {
  it('blocks the last word of a longer name and lets it claim the form', () => {
    expect(readingOf('Police officer Saleem Mehsud said so.', 'Mehsud')).toMatchObject({
      blocked: 'name',
      claims: true,
    });
  });

  it('blocks a word followed by more of a name without letting it claim', () => {
    const reading = readingOf('Yesterday Ahmad Khan Qureshi, a lawyer, objected.', 'Ahmad');
    expect(reading.blocked).toBe('name');
    expect(reading.claims).toBeUndefined();
    expect(readingOf('Yesterday Ahmad Khan Qureshi, a lawyer, objected.', 'Khan')).toMatchObject({
      blocked: 'name',
    });
  });

  it('blocks a word followed by the last word of a name that ends the sentence', () => {
    expect(readingOf('It was confirmed by his son Munir Khosa.', 'Munir').blocked).toBe('name');
  });

  it('reads a one-word name after "a" or "an" as a noun, not a person', () => {
    expect(readingOf('He called him a brave Munir of the cause.', 'Munir').blocked).toBe('common');
    expect(readingOf('An honest Khan would resign.', 'Khan').blocked).toBe('common');
    // Not across punctuation: "without quoting a source, Munir said".
    expect(readingOf('Without quoting a source, Munir alleged it.', 'Munir').blocked).toBeUndefined();
  });

  it('reads an abbreviation after "a" as a modifier, unless it is a title ("a new CEC")', () => {
    const titled = { ...rules, isTitle: (key: string) => key === 'sikandar-sultan-raja' };
    expect(readingOf('According to a BHC judgment, it was lawful.', 'BHC', titled).blocked).toBeUndefined();
    expect(readingOf('They called for a new CEC at once.', 'CEC', titled).blocked).toBe('common');
  });

  it('marks a one-word name in a Title Case line that a capitalised word follows', () => {
    expect(readingOf('— Amb Munir Akram, Permanent Representative To The UN', 'Munir').nameAfter).toBe(true);
    expect(readingOf('Munir Warns Kabul Over Attacks', 'Munir').nameAfter).toBe(true);
    expect(readingOf('Munir warns Kabul over attacks', 'Munir').nameAfter).toBeUndefined();
  });

  it('reads a multi-word title set off by a comma before a name as in apposition', () => {
    const titled = createTermMatcher([short('Defence Minister', 'khawaja-asif')]);
    const text = "Pakistan's Defence Minister, Khawaja Asif, said so. The Defence Minister, who spoke, left.";
    const matches = titled.findTerms(text);
    const titleRules = { ...rules, isTitle: (key: string) => key === 'khawaja-asif' };
    const readings = readMatches(blockFacts(text), matches, titleRules);
    expect(readings.map((r) => !!r.apposition)).toEqual([true, false]);
    // Not a title (a name safe alone such as "PM Shehbaz"): nothing to wait for.
    expect(readMatches(blockFacts(text), matches, rules).map((r) => !!r.apposition)).toEqual([false, false]);
  });

  it('keeps a name a name before "-led", "-era" and the like', () => {
    expect(readingOf('The Khan-led government fell.', 'Khan').blocked).toBeUndefined();
    expect(readingOf('The Sharif-era deal was signed.', 'Sharif').blocked).toBeUndefined();
    expect(readingOf('They met at Sharif-abad yesterday.', 'Sharif').blocked).toBe('name');
  });

  it('blocks a word inside a hyphenated place name', () => {
    expect(readingOf('Flights to Mazar-i-Sharif resumed.', 'Sharif')).toMatchObject({ blocked: 'name' });
    expect(readingOf('Flights to Mazar-i-Sharif resumed.', 'Sharif').claims).toBeUndefined();
  });

  it('blocks a surname followed by a kin word, in prose and in a headline', () => {
    expect(readingOf('Elders of the Mehsud tribe met.', 'Mehsud').blocked).toBe('kin');
    expect(readingOf('The Mehsud family, he said, left.', 'Mehsud').blocked).toBe('kin');
    expect(readingOf('Mehsud Tribe Elders Hold A Jirga', 'Mehsud').blocked).toBe('kin');
    expect(readingOf('It has no precedent in Mehsud history, he said.', 'Mehsud').blocked).toBe('kin');
  });

  it('does not block a short form after a title, a sentence end, a possessive or an all-capitals word', () => {
    for (const text of [
      'Later Gen Munir spoke.',
      'Later Gen. Munir spoke.',
      'They met in Lahore. Munir spoke.',
      "Pakistan's Munir spoke.",
      'The COAS Munir spoke.',
      'On Monday Munir spoke.',
    ]) {
      expect(readingOf(text, 'Munir').blocked, text).toBeUndefined();
    }
  });

  it('ignores capitalised neighbours in a headline', () => {
    expect(readingOf('Munir Tells Troops To Stay Ready', 'Munir').blocked).toBeUndefined();
    expect(readingOf('Then Munir Tells was seen.', 'Munir').blocked).toBe('name');
  });

  it('reads neighbours only for name-like matches: short forms, people and surname spellings', () => {
    // A place's one-word full name is not a name: "Kabul Province" does not block it.
    expect(readingOf('He flew to Kabul Province.', 'Kabul').blocked).toBeUndefined();
    // A surname spelling is, when the rules say so.
    expect(readingOf('Mumtaz Zahra Baloch spoke to the press.', 'Baloch')).toMatchObject({
      blocked: 'name',
      claims: true,
    });
    expect(
      readingOf('Mumtaz Zahra Baloch spoke to the press.', 'Baloch', { ...rules, isName: () => false })
        .blocked,
    ).toBeUndefined();
  });
});

describe('readMatches: near words', () => {
  it('gives up to four words before and two after, lower-cased, possessives whole and apostrophes folded', () => {
    expect(readingOf('Afghanistan’s ruling Taliban denied the report on Friday.', 'Taliban')).toMatchObject({
      before: "afghanistan's ruling",
      after: 'denied the',
    });
    expect(readingOf('An official told news agency PTI, adding more.', 'PTI')).toMatchObject({
      before: 'official told news agency',
      after: 'adding more',
    });
  });

  it('gives fewer words at the edges of the block', () => {
    expect(readingOf('Taliban', 'Taliban')).toMatchObject({ before: '', after: '' });
    expect(readingOf('Kabul said', 'Kabul')).toMatchObject({ before: '', after: 'said' });
  });
});
