import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportOwnTermsCsv, exportOwnTermsPack, SHARED_PACK_ID } from '@/utils/own-terms/export';
import { validateOwnTerm, isOwnTerm } from '@/utils/own-terms/own-term';
import { readPackFile } from '@/utils/packs/pack-file';
import { checkedPacks } from '../../../scripts/compile-glossary';
import { ownTerm } from '../../support/own-term';

const BUNDLED = checkedPacks(path.resolve(__dirname, '../../../data'));
const SOURCED = {
  context: 'A council of elders met in Bannu over a land dispute; the reader follows its rulings.',
  source: { title: 'A report on the jirga', url: 'https://example.org/jirga', published: '2026-11-20' },
};
const TEXTS = { name: 'Shared terms', description: 'For a test.' };
const NOW = new Date('2026-11-29T10:00:00Z');

describe('sharing own terms as a glossary pack', () => {
  it('writes a pack that another reader’s NewsGloss imports, leaving out and naming unsourced terms', () => {
    const terms = [ownTerm('Bannu jirga', SOURCED), ownTerm('Kurram truce')];
    const shared = exportOwnTermsPack(terms, NOW, TEXTS);
    expect(shared).toMatchObject({ exported: 1, leftOut: ['Kurram truce'] });
    const read = readPackFile(shared.text, BUNDLED, []);
    if (!read.ok) throw new Error(read.error);
    expect(read.value.pack).toMatchObject({
      id: SHARED_PACK_ID,
      version: '1.20261129.0',
      name: 'Shared terms',
    });
    expect(read.value.pack.entries.map((e) => e.id)).toEqual(['bannu-jirga']);
    expect(read.value.pack.entries[0]).toMatchObject({ context: SOURCED.context, sources: [SOURCED.source] });
  });

  it('a later export is a newer version of the same pack, so it replaces the earlier one', () => {
    const first = readPackFile(
      exportOwnTermsPack([ownTerm('Bannu jirga', SOURCED)], NOW, TEXTS).text,
      BUNDLED,
      [],
    );
    if (!first.ok) throw new Error(first.error);
    const later = exportOwnTermsPack(
      [ownTerm('Bannu jirga', SOURCED), ownTerm('Lakki ceasefire', SOURCED)],
      new Date('2026-12-03T00:00:00Z'),
      TEXTS,
    );
    const read = readPackFile(later.text, BUNDLED, [first.value.pack]);
    expect(read.ok && read.value.change).toMatchObject({
      added: ['lakki-ceasefire'],
      removed: [],
      changed: [],
    });
  });
});

describe('own terms as CSV', () => {
  it('has a header and one quoted row per term, formulas defused', () => {
    const csv = exportOwnTermsCsv([
      ownTerm('Bannu jirga', { aliases: ['Bannu council', 'jirga, Bannu'], ...SOURCED }),
      ownTerm('=SUM', { summary: 'Says "hello".' }),
    ]);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      'id,headword,other_spellings,abbreviation,category,summary,context,source_title,source_url,source_date,created,updated',
    );
    expect(lines[1]).toContain('own-bannu-jirga,Bannu jirga,"Bannu council | jirga, Bannu",no,event,');
    expect(lines[1]).toContain(',A report on the jirga,https://example.org/jirga,2026-11-20,');
    expect(lines[2]).toContain(`,'=SUM,`);
    expect(lines[2]).toContain('"Says ""hello""."');
    expect(lines).toHaveLength(4);
  });
});

describe('an own term’s optional context and source', () => {
  it('are checked by the pack rules when given, in the reader’s words', () => {
    const bad = ownTerm('Bannu jirga', {
      source: { title: '', url: 'http://example.org', published: '20 Nov' },
    });
    expect(validateOwnTerm(bad, [], [])).toEqual([
      'A source needs a title.',
      'A source needs a link starting with https://.',
      'A source’s date must be written as YYYY-MM-DD (or YYYY-MM, or YYYY).',
    ]);
    expect(validateOwnTerm(ownTerm('Bannu jirga', SOURCED), [], [])).toEqual([]);
    expect(validateOwnTerm(ownTerm('Bannu jirga'), [], [])).toEqual([]);
  });

  it('must have the right types in a stored or imported term', () => {
    expect(isOwnTerm(ownTerm('Bannu jirga', SOURCED))).toBe(true);
    expect(isOwnTerm({ ...ownTerm('Bannu jirga'), context: 3 })).toBe(false);
    expect(isOwnTerm({ ...ownTerm('Bannu jirga'), source: { url: 'https://x.org' } })).toBe(false);
  });
});
