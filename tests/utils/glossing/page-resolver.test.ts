// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import type { Occurrence } from '@/utils/glossing/occurrences';
import { PageResolver } from '@/utils/glossing/page-resolver';
import type { Candidate, CueHit } from '@/utils/matcher/find-terms';
import { ROLE } from '@/utils/matcher/term-pattern';
import { buildContextData, normaliseForm } from '@/utils/resolver/context-data';
import { testEntry as entry } from '../../support/test-entries';

const data = buildContextData([
  entry({
    id: 'shehbaz-sharif',
    headword: 'Shehbaz Sharif',
    category: 'person',
    shortForms: [{ text: 'Sharif' }],
  }),
  entry({
    id: 'nawaz-sharif',
    headword: 'Nawaz Sharif',
    category: 'person',
    shortForms: [{ text: 'Sharif' }],
  }),
  entry({
    id: 'pti',
    headword: 'Pakistan Tehreek-e-Insaf',
    category: 'movement',
    abbreviations: ['PTI'],
    defaultFor: ['PTI'],
  }),
  entry({
    id: 'press-trust-of-india',
    headword: 'Press Trust of India',
    category: 'institution',
    abbreviations: ['PTI'],
  }),
  entry({ id: 'afghan-taliban', headword: 'Afghan Taliban', category: 'group', aliases: ['Taliban'] }),
  entry({ id: 'ttp', headword: 'Tehrik-i-Taliban Pakistan', category: 'group', aliases: ['Taliban'] }),
]);

const FULL = ROLE.full;
const SHORT = ROLE.short;
const SHEHBAZ: Candidate[] = [{ key: 'shehbaz-sharif', role: FULL }];
const SHARIF: Candidate[] = [
  { key: 'shehbaz-sharif', role: SHORT },
  { key: 'nawaz-sharif', role: SHORT },
];
const PTI: Candidate[] = [
  { key: 'pti', role: FULL },
  { key: 'press-trust-of-india', role: FULL },
];
const TALIBAN: Candidate[] = [
  { key: 'afghan-taliban', role: FULL },
  { key: 'ttp', role: FULL },
];

/** A paragraph holding `text`, appended to `parent` (the body unless given). */
function paragraph(text: string, parent: Element = document.body): Element {
  const p = document.createElement('p');
  p.textContent = text;
  parent.append(p);
  return p;
}

function region(tag: 'article' | 'main' | 'section'): Element {
  const element = document.createElement(tag);
  document.body.append(element);
  return element;
}

/** An occurrence of `text` in a block, as the scanner makes it, with the mention the resolver reads. */
function occurrence(block: Element, text: string, candidates: Candidate[] | null): Occurrence {
  const node = block.firstChild as Text;
  const start = node.data.indexOf(text);
  const range = {
    startContainer: node,
    startOffset: start,
    endContainer: node,
    endOffset: start + text.length,
  } as unknown as StaticRange;
  return {
    entryId: candidates ? candidates[0]!.key : 'ttp',
    ...(candidates
      ? { mention: { text, form: normaliseForm(text), candidates, local: { before: '', after: '' } } }
      : {}),
    range,
    block,
    nodes: [node],
  };
}

const noCues = new Map<Element, CueHit[]>();
const ids = (list: readonly Occurrence[]) => list.map((o) => o.entryId);

describe('PageResolver', () => {
  beforeEach(() => document.body.replaceChildren());

  it('does not let one article lend another an antecedent', () => {
    const first = paragraph('Shehbaz Sharif spoke.', region('article'));
    const second = paragraph('Sharif left.', region('article'));
    const named = occurrence(first, 'Shehbaz Sharif', SHEHBAZ);
    const short = occurrence(second, 'Sharif', SHARIF);
    const glossed = new PageResolver(data).resolve([named, short], noCues);
    expect(glossed).toEqual([named]);
    expect(short.entryId).toBe('');
    expect(short.why).toEqual({ kind: 'no-antecedent' });
    expect(short.others).toEqual(['shehbaz-sharif', 'nawaz-sharif']);
  });

  it('reads a main region as one article, apart from the rest of the page', () => {
    const aside = paragraph('Shehbaz Sharif spoke.');
    const main = region('main');
    const inMain = occurrence(paragraph('Sharif left.', main), 'Sharif', SHARIF);
    const resolver = new PageResolver(data);
    resolver.resolve([occurrence(aside, 'Shehbaz Sharif', SHEHBAZ), inMain], noCues);
    expect(inMain.entryId).toBe('');
  });

  it('reads a page without article or main as one scope, its blocks in any container', () => {
    const named = occurrence(paragraph('Shehbaz Sharif spoke.'), 'Shehbaz Sharif', SHEHBAZ);
    const short = occurrence(paragraph('Sharif left.', region('section')), 'Sharif', SHARIF);
    const glossed = new PageResolver(data).resolve([named, short], noCues);
    expect(ids(glossed)).toEqual(['shehbaz-sharif', 'shehbaz-sharif']);
    expect(short.why).toEqual({ kind: 'earlier', as: 'Shehbaz Sharif' });
  });

  it('weighs the cue words of the article’s blocks, not those of another article', () => {
    const first = region('article');
    const second = region('article');
    const here = occurrence(paragraph('Taliban fighters in Waziristan.', first), 'Taliban', TALIBAN);
    const there = occurrence(paragraph('Taliban fighters crossed.', second), 'Taliban', TALIBAN);
    const cues = new Map<Element, CueHit[]>([[here.block, [{ key: 'ttp', word: 'Waziristan' }]]]);
    const glossed = new PageResolver(data).resolve([here, there], cues);
    expect(glossed).toEqual([here]);
    expect(here).toMatchObject({ entryId: 'ttp', why: { kind: 'word', word: 'Waziristan' } });
    expect(there).toMatchObject({ entryId: '', why: { kind: 'unsettled' } });
  });

  it('weighs cue words in a block of the article that holds no term', () => {
    const article = region('article');
    const cueOnly = paragraph('Fighting went on in Waziristan.', article);
    const taliban = occurrence(paragraph('Taliban fighters crossed.', article), 'Taliban', TALIBAN);
    const cues = new Map<Element, CueHit[]>([[cueOnly, [{ key: 'ttp', word: 'Waziristan' }]]]);
    new PageResolver(data).resolve([taliban], cues);
    expect(taliban.entryId).toBe('ttp');
  });

  it('makes every mention of a chosen form follow the reader’s choice, and keeps it', () => {
    const article = region('article');
    const mentions = ['PTI held a rally.', 'PTI said so.'].map((t) =>
      occurrence(paragraph(t, article), 'PTI', PTI),
    );
    const resolver = new PageResolver(data);
    expect(ids(resolver.resolve(mentions, noCues))).toEqual(['pti', 'pti']);
    expect(mentions[0]!.why).toEqual({ kind: 'default' });
    resolver.choose(mentions[1]!, 'press-trust-of-india');
    expect(ids(resolver.resolve(mentions, noCues))).toEqual(['press-trust-of-india', 'press-trust-of-india']);
    expect(mentions.map((m) => m.why)).toEqual([{ kind: 'chosen' }, { kind: 'chosen' }]);
    expect(mentions[0]!.others).toEqual(['pti']);
    // The choice holds for the page: a mention in another article follows it too.
    const later = occurrence(paragraph('PTI again.', region('article')), 'PTI', PTI);
    expect(ids(resolver.resolve([...mentions, later], noCues))).toEqual([
      'press-trust-of-india',
      'press-trust-of-india',
      'press-trust-of-india',
    ]);
  });

  it('ignores a choice on an occurrence without a mention', () => {
    const plain = occurrence(paragraph('TTP'), 'TTP', null);
    const pti = occurrence(paragraph('PTI held a rally.'), 'PTI', PTI);
    const resolver = new PageResolver(data);
    resolver.choose(plain, 'press-trust-of-india');
    resolver.resolve([plain, pti], noCues);
    expect(pti.entryId).toBe('pti');
  });

  it('leaves occurrences without a mention as matched', () => {
    const plain = occurrence(paragraph('TTP attacked.'), 'TTP', null);
    const short = occurrence(paragraph('Sharif left.'), 'Sharif', SHARIF);
    const glossed = new PageResolver(data).resolve([plain, short], noCues);
    expect(glossed).toEqual([plain]);
    expect(plain).toMatchObject({ entryId: 'ttp' });
    expect(plain.why).toBeUndefined();
    expect(short.entryId).toBe('');
  });

  it('returns only the glossed occurrences, in document order across scopes', () => {
    const a = occurrence(paragraph('Shehbaz Sharif spoke.'), 'Shehbaz Sharif', SHEHBAZ);
    const article = region('article');
    const b = occurrence(paragraph('Nawaz Sharif spoke.', article), 'Nawaz Sharif', [
      { key: 'nawaz-sharif', role: FULL },
    ]);
    const c = occurrence(paragraph('Taliban fighters crossed.', article), 'Taliban', TALIBAN);
    const d = occurrence(paragraph('TTP attacked.'), 'TTP', null);
    const e = occurrence(paragraph('Sharif left.'), 'Sharif', SHARIF);
    const glossed = new PageResolver(data).resolve([a, b, c, d, e], noCues);
    expect(glossed).toEqual([a, b, d, e]);
    // The page around the article is one scope: its "Sharif" goes back to "Shehbaz Sharif", past the
    // article's "Nawaz Sharif".
    expect(ids(glossed)).toEqual(['shehbaz-sharif', 'nawaz-sharif', 'ttp', 'shehbaz-sharif']);
  });
});
