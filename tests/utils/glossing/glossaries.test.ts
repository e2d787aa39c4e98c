import { describe, expect, it } from 'vitest';
import { compileGlossary } from '@/utils/glossary/compiled-glossary';
import { glossariesContext, glossariesMatcher } from '@/utils/glossing/glossaries';
import { resolveArticle } from '@/utils/resolver/read-block';
import { DEFAULT_SETTINGS } from '@/utils/settings/settings';
import { TEST_PACK_META, testEntry } from '../../support/test-entries';

const bundled = compileGlossary([
  { ...TEST_PACK_META, entries: [testEntry({ id: 'kabul', headword: 'Kabul', category: 'place' })] },
]);
// An imported pack with a person whose later mentions use a short form: the reader glossary carries
// its own context, which the resolver must read beside the bundled one.
const imported = compileGlossary([
  {
    ...TEST_PACK_META,
    id: 'imported',
    entries: [
      testEntry({
        id: 'ildar-zorvani',
        headword: 'Ildar Zorvani',
        category: 'person',
        shortForms: [{ text: 'Zorvani' }],
      }),
    ],
  },
]);

const read = (reader: typeof imported | null, settings = DEFAULT_SETTINGS) =>
  resolveArticle(glossariesMatcher(bundled, reader, settings), glossariesContext(bundled, reader), [
    'Ildar Zorvani arrived in Kabul.',
    'Zorvani said the talks would go on.',
  ]).map((r) => r.resolution.entryId);

describe('the bundled glossary and the reader’s, read together', () => {
  it('glosses an imported entry and its short form, by the imported context', () => {
    expect(read(imported)).toEqual(['ildar-zorvani', 'kabul', 'ildar-zorvani']);
  });

  it('reads the bundled glossary alone when the reader has none', () => {
    expect(read(null)).toEqual(['kabul']);
  });

  it('leaves a switched-off imported pack out', () => {
    expect(read(imported, { ...DEFAULT_SETTINGS, disabledPacks: ['imported'] })).toEqual(['kabul']);
  });
});
