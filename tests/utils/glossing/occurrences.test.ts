// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { OccurrenceStore, type Occurrence } from '@/utils/glossing/occurrences';
import { stepFrom, termsOnPage } from '@/utils/glossing/terms-on-page';

// jsdom has no StaticRange; a plain object with the same fields serves the store.
function occurrence(entryId: string, node: Text, start = 0, end = node.data.length): Occurrence {
  const range = {
    startContainer: node,
    startOffset: start,
    endContainer: node,
    endOffset: end,
  } as unknown as StaticRange;
  return { entryId, range, block: node.parentElement!, nodes: [node] };
}

function paragraph(text: string): Text {
  const p = document.createElement('p');
  p.textContent = text;
  document.body.append(p);
  return p.firstChild as Text;
}

describe('OccurrenceStore', () => {
  beforeEach(() => document.body.replaceChildren());

  it('lists occurrences in document order even when added out of order', () => {
    const first = paragraph('TTP');
    const second = paragraph('BLA');
    const store = new OccurrenceStore();
    store.add(occurrence('bla', second));
    store.add(occurrence('ttp', first));
    expect(store.ordered().map((o) => o.entryId)).toEqual(['ttp', 'bla']);
  });

  it('finds occurrences by text node and forgets a block before it is rescanned', () => {
    const node = paragraph('TTP and BLA');
    const store = new OccurrenceStore();
    store.add(occurrence('ttp', node, 0, 3));
    store.add(occurrence('bla', node, 8, 11));
    expect(store.atNode(node).map((o) => o.entryId)).toEqual(['ttp', 'bla']);
    store.resetBlock(node.parentElement!);
    expect(store.atNode(node)).toEqual([]);
    expect(store.size).toBe(0);
  });

  it('sweeps occurrences whose text left the page', () => {
    const kept = paragraph('TTP');
    const removed = paragraph('BLA');
    const store = new OccurrenceStore();
    store.add(occurrence('ttp', kept));
    store.add(occurrence('bla', removed));
    removed.parentElement!.remove();
    store.sweep();
    expect(store.ordered().map((o) => o.entryId)).toEqual(['ttp']);
    expect(store.atNode(removed)).toEqual([]);
  });
});

describe('termsOnPage and stepFrom', () => {
  beforeEach(() => document.body.replaceChildren());

  it('counts entries in order of first appearance', () => {
    const store = new OccurrenceStore();
    for (const [id, text] of [
      ['ttp', 'TTP'],
      ['bla', 'BLA'],
      ['ttp', 'TTP again'],
    ] as const) {
      store.add(occurrence(id, paragraph(text)));
    }
    expect(termsOnPage(store.ordered())).toEqual([
      { entryId: 'ttp', count: 2 },
      { entryId: 'bla', count: 1 },
    ]);
  });

  it('counts a title marked as the name right after it once, with the name', () => {
    const node = paragraph('Prime Minister Shehbaz Sharif');
    const title = occurrence('shehbaz-sharif', node, 0, 14);
    title.mention = {
      text: 'Prime Minister',
      form: 'prime minister',
      candidates: [],
      local: { before: '', after: '' },
      holder: { key: 'shehbaz-sharif', as: 'Shehbaz Sharif' },
    };
    expect(termsOnPage([title, occurrence('shehbaz-sharif', node, 15, 29)])).toEqual([
      { entryId: 'shehbaz-sharif', count: 1 },
    ]);
  });

  it('steps forwards and backwards, wrapping round', () => {
    const list = ['a', 'b', 'c'].map((id) => occurrence(id, paragraph(id)));
    expect(stepFrom(list, list[0]!, 1)?.entryId).toBe('b');
    expect(stepFrom(list, list[2]!, 1)?.entryId).toBe('a');
    expect(stepFrom(list, list[0]!, -1)?.entryId).toBe('c');
    expect(stepFrom(list, null, -1)?.entryId).toBe('c');
    expect(stepFrom([], null, 1)).toBeNull();
  });
});
