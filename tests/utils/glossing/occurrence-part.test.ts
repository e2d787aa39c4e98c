// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { toOccurrences } from '@/utils/glossing/block-matches';
import type { TermMatch } from '@/utils/matcher/find-terms';
import { ROLE } from '@/utils/matcher/term-pattern';

describe('an occurrence the resolver means only part of', () => {
  it('draws its range over that part, and over the whole again when the part goes', () => {
    document.body.innerHTML = '<p>The <b>FO</b> spokesperson said so.</p>';
    const p = document.querySelector('p')!;
    const nodes = [...p.childNodes].flatMap((n) => (n.nodeType === 3 ? [n] : [...n.childNodes])) as Text[];
    const starts = [0, 4, 6];
    const match: TermMatch = {
      start: 4,
      end: 19,
      key: 'tahir-andrabi',
      pattern: 'FO spokesperson',
      candidates: [{ key: 'tahir-andrabi', role: ROLE.short }],
      form: 'fo spokesperson',
    };
    const [occurrence] = toOccurrences({ block: p, nodes, starts, text: p.textContent! }, [match]);
    const drawn = () => {
      const { startContainer, startOffset, endContainer, endOffset } = occurrence!.range;
      return [startContainer.textContent, startOffset, endContainer.textContent, endOffset];
    };
    expect(drawn()).toEqual(['FO', 0, ' spokesperson said so.', 13]);
    occurrence!.part = [0, 2];
    expect(drawn()).toEqual(['FO', 0, 'FO', 2]);
    occurrence!.part = undefined;
    expect(drawn()).toEqual(['FO', 0, ' spokesperson said so.', 13]);
  });
});
