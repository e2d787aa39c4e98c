import { describe, expect, it } from 'vitest';
import { decodeCompiledGlossary, encodeCompiledGlossary } from '@/utils/glossary/compiled-file';
import { compileGlossary, type CompiledGlossary } from '@/utils/glossary/compiled-glossary';
import { storedCompiledGlossary } from '@/utils/glossary/stored-compiled';
import { compileReaderGlossary } from '@/utils/reader-glossary/compile';
import { glossariesContext, glossariesMatcher } from '@/utils/glossing/glossaries';
import { resolveArticle } from '@/utils/resolver/read-block';
import { DEFAULT_SETTINGS } from '@/utils/settings/settings';
import { TEST_PACK_META, testEntry } from '../../support/test-entries';

const bundled = compileGlossary([
  { ...TEST_PACK_META, entries: [testEntry({ id: 'kabul', headword: 'Kabul', category: 'place' })] },
]);
// An imported pack with a person whose later mentions use a short form: the reader glossary carries
// its own context, which the resolver must read beside the bundled one.
const importedPack = {
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
};
const imported = compileGlossary([importedPack]);

const read = (reader: CompiledGlossary | null, settings = DEFAULT_SETTINGS, base = bundled) =>
  resolveArticle(glossariesMatcher(base, reader, settings), glossariesContext(base, reader), [
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

  it('reads the context the background joined with this bundled glossary as it is, and joins it here for another', async () => {
    // As a page has them: the bundled file as the build writes it, the reader's copy as the background stores it.
    const asFile = (compiled: CompiledGlossary) =>
      decodeCompiledGlossary(encodeCompiledGlossary(compiled).buffer);
    const bundledFile = asFile(bundled);
    const reader = (await storedCompiledGlossary(await compileReaderGlossary([importedPack], bundledFile)))!;
    expect(reader.joinedWith).toBe(bundledFile.stamp);
    expect(glossariesContext(bundledFile, reader)).toBe(reader.context);
    expect(read(reader, DEFAULT_SETTINGS, bundledFile)).toEqual(['ildar-zorvani', 'kabul', 'ildar-zorvani']);
    // After an update the bundled glossary is another until the background compiles again: joined here.
    const updated = asFile(
      compileGlossary([
        {
          ...TEST_PACK_META,
          entries: [
            testEntry({ id: 'kabul', headword: 'Kabul', category: 'place' }),
            testEntry({ id: 'herat', headword: 'Herat', category: 'place' }),
          ],
        },
      ]),
    );
    expect(updated.stamp).not.toBe(bundledFile.stamp);
    expect(glossariesContext(updated, reader)).not.toBe(reader.context);
    expect(read(reader, DEFAULT_SETTINGS, updated)).toEqual(['ildar-zorvani', 'kabul', 'ildar-zorvani']);
  });
});
