import { describe, expect, it } from 'vitest';
import type { Mention } from '../../scripts/context-eval/eval-set';
import { outcome, toArticles } from '../../scripts/context-eval/score';

const row = (over: Partial<Mention>): Mention => ({
  id: 'm1',
  source: 'a',
  sentence: 'Prime Minister Shehbaz Sharif met Asim Munir; Sharif said so.',
  mention: 'Sharif',
  occurrence: 1,
  expected: 'shehbaz-sharif',
  kind: 'full',
  note: '',
  ...over,
});

describe('the context evaluation', () => {
  it('places each mention in its article, one paragraph per sentence, in file order', () => {
    const [article, other] = toArticles([
      row({ id: 'm1' }),
      row({ id: 'm2', occurrence: 2, kind: 'second-reference' }),
      row({ id: 'm3', source: 'b', sentence: 'Munir spoke.', mention: 'Munir' }),
      row({ id: 'm4', sentence: 'Later, Sharif left.' }),
    ]);
    expect(article!.text).toBe(
      'Prime Minister Shehbaz Sharif met Asim Munir; Sharif said so.\n\nLater, Sharif left.',
    );
    expect(article!.mentions.map((m) => article!.text.slice(m.start, m.end))).toEqual([
      'Sharif',
      'Sharif',
      'Sharif',
    ]);
    expect(article!.mentions.map((m) => m.start)).toEqual([23, 46, 70]);
    expect(other!.mentions[0]!.start).toBe(0);
  });

  it('scores a mention: the right entry, another, none, or one where none belongs', () => {
    const gloss = (entryId: string, start = 0, end = 6) => ({ start, end, entryId });
    expect(outcome('shehbaz-sharif', 0, 6, [gloss('shehbaz-sharif')])).toBe('right');
    expect(outcome('shehbaz-sharif', 0, 6, [gloss('nawaz-sharif')])).toBe('wrong sense');
    expect(outcome('shehbaz-sharif', 0, 6, [])).toBe('missed');
    // "Pakistan" glossed inside "Pakistan Foreign Office": the mention was missed, not misread.
    expect(outcome('foreign-office', 0, 23, [gloss('pakistan', 0, 8)])).toBe('part only');
    expect(outcome('foreign-office', 9, 23, [gloss('pakistan', 0, 23)])).toBe('wrong sense');
    expect(outcome('none', 0, 6, [gloss('imran-khan')])).toBe('wrongly marked');
    expect(outcome('new:fazlur-rehman', 0, 6, [])).toBe('right');
    // "Khan" inside "Dera Ismail Khan": the longer place name around it is not a mark of "Khan".
    expect(outcome('none', 12, 16, [gloss('dera-ismail-khan', 0, 16)])).toBe('right');
  });
});
