import { describe, expect, it } from 'vitest';
import { readingRules } from '@/utils/resolver/context-data';
import { readBlock } from '@/utils/resolver/read-block';
import { resolveScope } from '@/utils/resolver/read-block';
import { data, matcher, resolve } from '../../support/resolver-pack';

describe('resolveArticle: shared spellings', () => {
  const pti = (...blocks: string[]) => resolve(...blocks).filter((r) => r.text === 'PTI');

  it('reads "(PTI)" after a dateline as the agency', () => {
    expect(pti('Lahore, Jan 3 (PTI) Police arrested two men on Friday.')).toEqual([
      {
        text: 'PTI',
        entryId: 'press-trust-of-india',
        why: { kind: 'shape', shape: 'dateline' },
        others: ['pti'],
      },
    ]);
  });

  it('reads "PTI" after "news agency" or "told" as the agency', () => {
    expect(pti('An official told news agency PTI that the border was shut.')[0]).toMatchObject({
      entryId: 'press-trust-of-india',
      why: { kind: 'near', word: 'news agency' },
    });
    expect(pti('A police officer told PTI that two men were held.')[0]).toMatchObject({
      entryId: 'press-trust-of-india',
      why: { kind: 'near', word: 'told' },
    });
  });

  it('reads the abbreviation defined after a full name as that entry', () => {
    expect(pti('Pakistan Tehreek-e-Insaf (PTI) held a rally.')[0]).toMatchObject({
      entryId: 'pti',
      why: { kind: 'defined' },
    });
    expect(pti('Press Trust of India (PTI) is a news agency.')[0]).toMatchObject({
      entryId: 'press-trust-of-india',
      why: { kind: 'defined' },
    });
  });

  it('takes the declared default for a bare shared spelling with no cue', () => {
    expect(pti('The PTI held a rally on Sunday.')).toEqual([
      { text: 'PTI', entryId: 'pti', why: { kind: 'default' }, others: ['press-trust-of-india'] },
    ]);
  });

  it('leaves a shared spelling with no cue and no default unmarked, listing every sense', () => {
    expect(resolve('Taliban fighters crossed the river.')).toEqual([
      { text: 'Taliban', entryId: null, why: { kind: 'unsettled' }, others: ['afghan-taliban', 'ttp'] },
    ]);
  });

  it('picks a sense by another entry in the article or by a cue word', () => {
    expect(
      resolve('Officials in Kabul met on Monday.', 'Taliban fighters crossed the river.')[1],
    ).toMatchObject({
      entryId: 'afghan-taliban',
      why: { kind: 'entry', entryId: 'kabul' },
      others: ['ttp'],
    });
    expect(resolve('Fighting went on in North Waziristan.', 'Taliban fighters crossed the river.')).toEqual([
      {
        text: 'Taliban',
        entryId: 'ttp',
        why: { kind: 'word', word: 'Waziristan' },
        others: ['afghan-taliban'],
      },
    ]);
    expect(pti('Imran Khan is held in Adiala jail.', 'PTI said it would protest.')[0]).toMatchObject({
      entryId: 'pti',
      why: { kind: 'entry', entryId: 'imran-khan' },
    });
  });

  it('weighs a near word above an entry in the article, and the shape above both', () => {
    expect(pti('Imran Khan is in jail.', 'A jail official told PTI he was well.')[0]).toMatchObject({
      entryId: 'press-trust-of-india',
      why: { kind: 'near', word: 'told' },
    });
    expect(pti('Rawalpindi, Jan 3 (PTI) PTI leaders met Imran Khan in Adiala.')).toMatchObject([
      { entryId: 'press-trust-of-india', why: { kind: 'shape', shape: 'dateline' } },
      { entryId: 'pti', why: { kind: 'near', word: 'leaders' } },
    ]);
  });

  it('reads a one-word cue one word off, its possessive kept ("Afghanistan’s ruling Taliban")', () => {
    expect(resolve('Afghanistan’s ruling Taliban denied it.')[0]).toMatchObject({
      entryId: 'afghan-taliban',
      why: { kind: 'near', word: "afghanistan's" },
    });
  });

  it('glosses "Pakistan Taliban" but not the pair "Pakistan-Taliban talks"', () => {
    expect(resolve('The Pakistan Taliban attacked a post.').map((r) => [r.text, r.entryId])).toEqual([
      ['Pakistan Taliban', 'ttp'],
    ]);
    expect(resolve('Pakistan-Taliban talks resumed in Doha.').map((r) => [r.text, r.entryId, r.why])).toEqual(
      [['Pakistan-Taliban', null, { kind: 'pair' }]],
    );
  });

  it('reads "(PTI)" after a dateline that is or ends in a glossed place as the agency', () => {
    for (const dateline of ['Kabul (PTI)', 'Islamabad, Pakistan (PTI)']) {
      expect(pti(`${dateline} Police arrested two men on Friday.`)[0]).toMatchObject({
        entryId: 'press-trust-of-india',
        why: { kind: 'shape', shape: 'dateline' },
      });
    }
  });
});

describe('resolveScope: the reader’s choices', () => {
  const rules = readingRules(data);
  const scope = (blocks: string[], choices: Map<string, string>) => {
    const read = blocks.map((text) => readBlock(matcher, text, rules));
    const mentions = read.flatMap((b) => b.mentions);
    return resolveScope(
      mentions,
      read.flatMap((b) => b.cues),
      data,
      choices,
    ).map((r, i) => [mentions[i]!.text, r.entryId, r.why.kind, r.others]);
  };

  it('overrides the default, the cues and an antecedent, and says so', () => {
    const blocks = ['Lahore, Jan 3 (PTI) The PTI met.', 'Shehbaz Sharif spoke. Sharif left.'];
    expect(scope(blocks, new Map())).toEqual([
      ['PTI', 'press-trust-of-india', 'shape', ['pti']],
      ['PTI', 'pti', 'default', ['press-trust-of-india']],
      ['Shehbaz Sharif', 'shehbaz-sharif', 'named', []],
      ['Sharif', 'shehbaz-sharif', 'earlier', ['nawaz-sharif']],
    ]);
    const choices = new Map([
      ['pti', 'pti'],
      ['sharif', 'nawaz-sharif'],
    ]);
    expect(scope(blocks, choices)).toEqual([
      ['PTI', 'pti', 'chosen', ['press-trust-of-india']],
      ['PTI', 'pti', 'chosen', ['press-trust-of-india']],
      ['Shehbaz Sharif', 'shehbaz-sharif', 'named', []],
      ['Sharif', 'nawaz-sharif', 'chosen', ['shehbaz-sharif']],
    ]);
  });

  it('ignores a choice that is not among the mention’s candidates', () => {
    expect(scope(['The PTI met.'], new Map([['pti', 'ttp']]))).toEqual([
      ['PTI', 'pti', 'default', ['press-trust-of-india']],
    ]);
  });
});
