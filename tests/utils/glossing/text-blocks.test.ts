// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { TextBlockWalker, nodeIndexAt, type TextBlock } from '@/utils/glossing/text-blocks';

function blocksOf(html: string): string[] {
  document.body.innerHTML = html; // test fixture only
  const blocks: TextBlock[] = [];
  new TextBlockWalker(document.body).run((b) => blocks.push(b));
  return blocks.map((b) => b.text.replace(/\s+/g, ' ').trim());
}

describe('TextBlockWalker', () => {
  it('joins text across inline markup inside one block', () => {
    expect(blocksOf('<p>at the Chaman-<a href="#">Spin <b>Boldak</b></a> crossing</p>')).toEqual([
      'at the Chaman-Spin Boldak crossing',
    ]);
  });

  it('never joins text across block boundaries', () => {
    expect(blocksOf('<div>Chaman<p>middle</p>Spin Boldak</div><li>one</li><li>two</li>')).toEqual([
      'Chaman',
      'middle',
      'Spin Boldak',
      'one',
      'two',
    ]);
    expect(blocksOf('<p>Chaman<br>Spin Boldak</p>')).toEqual(['Chaman', 'Spin Boldak']);
  });

  it.each([
    ['script', '<script>var TTP = 1;</script>'],
    ['style', '<style>.TTP{}</style>'],
    ['noscript', '<noscript>TTP</noscript>'],
    ['template', '<template><p>TTP</p></template>'],
    ['textarea', '<textarea>TTP</textarea>'],
    ['select', '<select><option>TTP</option></select>'],
    ['code', '<p>see <code>TTP</code></p>'],
    ['pre', '<pre>TTP</pre>'],
    ['contenteditable', '<div contenteditable="true"><p>TTP</p></div>'],
    ['contenteditable (empty value)', '<div contenteditable><p>TTP</p></div>'],
    ['hidden', '<div hidden><p>TTP</p></div>'],
    ['aria-hidden', '<div aria-hidden="true"><p>TTP</p></div>'],
    ['svg', '<svg><text>TTP</text></svg>'],
    ['the popover host', '<newsgloss-popover>TTP</newsgloss-popover>'],
    ['button', '<button>TTP</button>'],
  ])('skips %s', (_, html) => {
    expect(blocksOf(`${html}<p>after</p>`)).toEqual(
      expect.not.arrayContaining([expect.stringContaining('TTP')]),
    );
    expect(blocksOf(`${html}<p>after</p>`)).toContain('after');
  });

  it('glosses contenteditable="false" islands and aria-hidden="false"', () => {
    expect(blocksOf('<div contenteditable="false">TTP</div><div aria-hidden="false">BLA</div>')).toEqual([
      'TTP',
      'BLA',
    ]);
  });

  it('records each node and its offset so matches map back to nodes', () => {
    document.body.innerHTML = '<p>one <i>two</i> three</p>';
    const blocks: TextBlock[] = [];
    new TextBlockWalker(document.body).run((b) => blocks.push(b));
    expect(blocks).toHaveLength(1);
    expect(blocks[0]!.starts).toEqual([0, 4, 7]);
    expect(blocks[0]!.block.tagName).toBe('P');
    expect(nodeIndexAt(blocks[0]!.starts, 0)).toBe(0);
    expect(nodeIndexAt(blocks[0]!.starts, 5)).toBe(1);
    expect(nodeIndexAt(blocks[0]!.starts, 7)).toBe(2);
    expect(nodeIndexAt(blocks[0]!.starts, 12)).toBe(2);
  });

  it('resumes where it stopped when asked to yield', () => {
    document.body.innerHTML = Array.from({ length: 500 }, (_, i) => `<p>paragraph ${i}</p>`).join('');
    const walker = new TextBlockWalker(document.body);
    const seen: string[] = [];
    let slices = 0;
    let calls = 0;
    while (
      !walker.run(
        (b) => seen.push(b.text),
        () => ++calls % 3 === 0,
      )
    )
      slices++;
    expect(slices).toBeGreaterThan(5);
    expect(seen).toHaveLength(500);
    expect(seen[499]).toBe('paragraph 499');
  });

  it('copes with very deep nesting without recursion', () => {
    // Left detached (jsdom's HTML parser and its teardown both recurse through deep trees), and built
    // from the leaf up: appending to a parentless element is cheap, appending at depth is not.
    let root: Node = document.createTextNode('deep');
    for (let i = 0; i < 5000; i++) {
      const wrapper = document.createElement(i % 2 ? 'div' : 'span');
      wrapper.append(root);
      root = wrapper;
    }
    const seen: string[] = [];
    new TextBlockWalker(root).run((b) => seen.push(b.text));
    expect(seen).toEqual(['deep']);
  });
});
