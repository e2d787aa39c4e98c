import { describe, expect, it } from 'vitest';
import {
  disagreeingFigures,
  isContested,
  staleEntries,
  timeBoundClaims,
  wikipediaOnly,
} from '../../scripts/glossary-report/source-audit';
import { testEntry } from '../support/test-entries';

const wiki = { title: 'W', url: 'https://en.wikipedia.org/wiki/X', accessed: '2026-11-26' };
const news = (published: string) => ({ title: 'N', url: 'https://www.dawn.com/news/1', published });

describe('the glossary report on sources and dates', () => {
  it('tells Wikipedia-only entries from entries with another source', () => {
    expect(wikipediaOnly(testEntry({ id: 'a', headword: 'A', category: 'place', sources: [wiki] }))).toBe(
      true,
    );
    const both = testEntry({ id: 'b', headword: 'B', category: 'place', sources: [wiki, news('2025-12')] });
    expect(wikipediaOnly(both)).toBe(false);
  });

  it('counts designations, accusations and casualty figures as contested, a town as not', () => {
    const e = (category: 'designation' | 'place', summary: string) =>
      testEntry({ id: 'x', headword: 'X', category, summary });
    expect(isContested(e('designation', 'A label.'))).toBe(true);
    expect(
      isContested(e('place', 'Pakistan accuses Kabul of sheltering the group, which the Taliban deny.')),
    ).toBe(true);
    expect(isContested(e('place', 'A blast killed 12 people.'))).toBe(true);
    expect(isContested(e('place', 'A market town on the main road.'))).toBe(false);
  });

  it('flags an entry whose newest source is over a year older than the pack’s newest', () => {
    const entries = [
      testEntry({ id: 'new', headword: 'N', category: 'place', sources: [news('2025-12-04')] }),
      testEntry({ id: 'old', headword: 'O', category: 'place', sources: [news('2024-10')] }),
      testEntry({ id: 'year', headword: 'Y', category: 'place', sources: [news('2025')] }),
    ];
    expect(staleEntries(entries)).toEqual([{ id: 'old', newest: '2024-10', timeBound: false }]);
  });

  it('lists "as of" claims oldest first', () => {
    const entries = [
      testEntry({ id: 'a', headword: 'A', category: 'place', summary: 'Leads it as of December 2025.' }),
      testEntry({
        id: 'b',
        headword: 'B',
        category: 'place',
        context: 'Closed as of mid-2024 and as of March 2025.',
      }),
    ];
    expect(timeBoundClaims(entries).map((c) => `${c.id} ${c.date}`)).toEqual([
      'b 2024',
      'b 2025-03',
      'a 2025-12',
    ]);
  });

  it('finds a toll that one entry retells differently from the event’s own entry, and ignores years', () => {
    const event = testEntry({
      id: 'blast',
      headword: 'Police Lines mosque bombing',
      category: 'event',
      summary: 'A suicide bombing in 2023 that killed about 100 people, by police count.',
    });
    const agreeing = testEntry({
      id: 'ok',
      headword: 'Peshawar',
      category: 'place',
      context: 'In 2023 the Police Lines mosque bombing killed about 100 people.',
    });
    const differing = testEntry({
      id: 'bad',
      headword: 'TTP',
      category: 'group',
      context: 'The Police Lines mosque bombing in 2023 killed more than 80.',
    });
    expect(disagreeingFigures([event, agreeing, differing])).toEqual([
      'blast says "killed about 100"; bad says "killed more than 80"',
    ]);
  });

  it('reads an event’s names as whole words: the "APS" of an attack is not the "aps" of "collapsed"', () => {
    const event = testEntry({
      id: 'aps',
      headword: 'Army Public School attack',
      category: 'event',
      abbreviations: ['APS'],
      summary: 'The 2014 attack that killed about 144 people.',
    });
    const other = (context: string) =>
      testEntry({ id: 'town', headword: 'Lyari', category: 'place', context });
    expect(disagreeingFigures([event, other('A building collapsed there in 2025, killing 27.')])).toEqual([]);
    expect(disagreeingFigures([event, other('The APS attack killed 150.')])).toEqual([
      'aps says "killed about 144"; town says "killed 150"',
    ]);
  });

  it('does not take a spelling the event shares or needs cues for ("border clashes") as naming it', () => {
    const event = testEntry({
      id: 'clashes-2025',
      headword: 'October 2025 border clashes',
      category: 'event',
      aliases: ['border clashes'],
      ambiguous: ['border clashes'],
      summary: 'Fighting that killed 15 civilians, Afghan officials said.',
    });
    const crossing = (context: string) =>
      testEntry({ id: 'post', headword: 'Ghulam Khan', category: 'crossing', context });
    expect(
      disagreeingFigures([event, crossing('After border clashes in June a bombing killed 13.')]),
    ).toEqual([]);
    expect(
      disagreeingFigures([event, crossing('The October 2025 border clashes killed 20 civilians.')]),
    ).toEqual(['clashes-2025 says "killed 15"; post says "killed 20"']);
  });
});
