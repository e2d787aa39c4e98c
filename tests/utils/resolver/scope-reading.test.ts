import { describe, expect, it } from 'vitest';
import { loadBundledPacks } from '@/utils/glossary/bundled';
import { compileGlossary } from '@/utils/glossary/compiled-glossary';
import { matcherPart } from '@/utils/matcher/compiled-matcher';
import { joinMatchers } from '@/utils/matcher/find-terms';
import { readingRules } from '@/utils/resolver/context-data';
import { readBlock } from '@/utils/resolver/read-block';
import { resolveScope } from '@/utils/resolver/read-block';
import { ScopeReading } from '@/utils/resolver/scope-reading';
import { corpusText, corpusTextNames } from '../../support/corpus';
import * as pack from '../../support/resolver-pack';

const compiled = compileGlossary(loadBundledPacks().packs);
const matcher = joinMatchers([matcherPart(compiled.matcher)]);
const rules = readingRules(compiled.context);

/** Real article text, block by block, plus blocks that exercise every kind of reading. */
const ARTICLES = [
  ...corpusTextNames().map((name) => corpusText(name).split(/\n\s*\n/)),
  [
    'Lahore, Jan 3 (PTI) Prime Minister Shehbaz Sharif met Field Marshal Asim Munir.',
    'Sharif said the Taliban must act. Police officer Saleem Mehsud was hurt; Mehsud said so.',
    'The PTI of Imran Khan protested. Khan spoke. The prime minister left.',
    'Fighting went on in North Waziristan, where the Taliban of Baitullah Mehsud hold sway.',
    'The Doha Agreement was signed in 2020 with the United States; the Foreign Office of Pakistan spoke.',
  ],
];

const resolutionsOf = (reading: ScopeReading) =>
  reading.resolutions.map(({ entryId, why }) => ({ entryId, why }));

describe('ScopeReading', () => {
  it('read block by block, ends where one reading of the whole article does (or says to read again)', () => {
    let readAgain = 0;
    for (const blocks of ARTICLES) {
      const read = blocks.map((b) => readBlock(matcher, b, rules));
      const whole = resolveScope(
        read.flatMap((b) => b.mentions),
        read.flatMap((b) => b.cues),
        compiled.context,
      ).map(({ entryId, why }) => ({ entryId, why }));
      let reading = new ScopeReading(compiled.context);
      const sofar: typeof read = [];
      for (const block of read) {
        sofar.push(block);
        if (!reading.append(block.mentions, block.cues)) {
          readAgain++;
          reading = new ScopeReading(compiled.context);
          reading.append(
            sofar.flatMap((b) => b.mentions),
            sofar.flatMap((b) => b.cues),
          );
        }
      }
      expect(resolutionsOf(reading)).toEqual(whole);
    }
    // Most growth is read on; a re-read is the exception (an earlier sense that changes what is claimed).
    expect(readAgain).toBeLessThan(ARTICLES.length);
  });

  it('weighs an earlier shared spelling again when later text settles it', () => {
    // The test pack: "Taliban" has no default there, and neither sense claims a form.
    const packRules = readingRules(pack.data);
    const first = readBlock(pack.matcher, 'The Taliban attacked a post.', packRules);
    const later = readBlock(pack.matcher, 'Fighting went on in Waziristan.', packRules);
    const reading = new ScopeReading(pack.data);
    reading.append(first.mentions, first.cues);
    expect(reading.resolutions[0]).toMatchObject({ entryId: null, why: { kind: 'unsettled' } });
    expect(reading.append(later.mentions, later.cues)).toBe(true);
    expect(reading.resolutions[0]).toMatchObject({ entryId: 'ttp', why: { kind: 'word' } });
  });

  it('says to read again when an earlier sense changes to or from an entry that claims forms', () => {
    const first = readBlock(matcher, 'The Taliban attacked a post.', rules);
    const later = readBlock(matcher, 'Noor Wali Mehsud claimed the attack for the group.', rules);
    const reading = new ScopeReading(compiled.context);
    reading.append(first.mentions, first.cues);
    expect(reading.resolutions[0]).toMatchObject({ entryId: 'afghan-taliban', why: { kind: 'default' } });
    expect(reading.append(later.mentions, later.cues)).toBe(false);
    const again = resolveScope(
      [...first.mentions, ...later.mentions],
      [...first.cues, ...later.cues],
      compiled.context,
    );
    expect(again[0]).toMatchObject({ entryId: 'ttp', why: { kind: 'entry' } });
  });
});
