import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_MAX_BYTES } from '@/utils/constants';
import { compileGlossary, glossaryPart } from '@/utils/glossary/compiled-glossary';
import { checkPack } from '@/utils/glossary/schema';
import { READER_GLOSSARY_KEY, storedCompiledGlossary } from '@/utils/glossary/stored-compiled';
import type { Pack } from '@/utils/glossary/types';
import { glossariesContext, glossariesMatcher } from '@/utils/glossing/glossaries';
import { joinMatchers } from '@/utils/matcher/find-terms';
import { ownPack } from '@/utils/own-terms/own-term';
import { IMPORTED_PACKS_KEY } from '@/utils/packs/store';
import { compileReaderGlossary } from '@/utils/reader-glossary/compile';
import { resolveArticle } from '@/utils/resolver/read-block';
import { DEFAULT_SETTINGS } from '@/utils/settings/settings';
import { IMPORTED_PACKS_STORAGE_KEY } from '../../bench/imported-pack';
import {
  SYNTHETIC_CHECK_ENTRIES,
  SYNTHETIC_PACK_ENTRIES,
  syntheticCheckPageHtml,
  syntheticHeadword,
  syntheticPack,
} from '../../bench/synthetic-pack';
import { repoRoot } from '../../e2e/support/paths';
import { checkedPacks } from '../../scripts/compile-glossary';

/** Chromium's storage.local quota for an extension without "unlimitedStorage" (NewsGloss asks for none). */
const CHROMIUM_LOCAL_QUOTA_BYTES = 10 * 1024 * 1024;

describe('the synthetic pack of the imported-pack benchmark', () => {
  const pack = syntheticPack();
  let bundled: Pack[];
  beforeAll(() => {
    bundled = checkedPacks(path.join(repoRoot, 'data'));
  });

  it('has 5,000 entries with benchmark ids and headwords, the same on every call', () => {
    expect(SYNTHETIC_PACK_ENTRIES).toBe(5000);
    expect(pack.entries).toHaveLength(5000);
    expect(pack.entries[0]).toMatchObject({ id: 'bench-entry-0001', headword: 'Qzvex 0001 Council' });
    expect(pack.entries.at(-1)!.id).toBe('bench-entry-5000');
    expect(new Set(pack.entries.map((e) => e.id)).size).toBe(5000);
    expect(syntheticPack()).toEqual(pack);
    expect(syntheticPack(3).entries.map((e) => e.id)).toEqual(SYNTHETIC_CHECK_ENTRIES);
    expect(() => syntheticPack(0)).toThrow();
  });

  it('passes the pack schema as an imported pack must, with the bundled packs as the others', () => {
    const { entries, ...meta } = pack;
    const outside = bundled.flatMap((p) => p.entries);
    expect(bundled.some((p) => p.id === pack.id)).toBe(false);
    const checked = checkPack(meta, entries, { ids: new Set(outside.map((e) => e.id)), entries: outside });
    expect(checked.problems).toEqual([]);
    expect(checked.pack).toEqual(pack);
  });

  it('fits a pack file and, compiled as the background stores it, Chromium’s storage quota', async () => {
    const stored = (await compileReaderGlossary([ownPack([]), pack]))!;
    const packsJson = JSON.stringify([pack]).length;
    expect(JSON.stringify(pack).length).toBeLessThan(IMPORT_MAX_BYTES);
    // Chromium counts each key and its value's JSON.
    const used =
      IMPORTED_PACKS_KEY.length + packsJson + READER_GLOSSARY_KEY.length + JSON.stringify(stored).length;
    expect(used).toBeLessThan(CHROMIUM_LOCAL_QUOTA_BYTES);
  });

  it('is glossed on the check page beside the bundled glossary, and found in none of its text', async () => {
    // As the content script reads them: the bundled glossary compiled by the build, the pack by the background.
    const reader = (await storedCompiledGlossary(await compileReaderGlossary([ownPack([]), pack])))!;
    const matcher = glossariesMatcher(compileGlossary(bundled), reader, DEFAULT_SETTINGS);
    const context = glossariesContext(compileGlossary(bundled), reader);
    const checkText = syntheticCheckPageHtml()
      .replace(/<title>.*<\/title>/, '')
      .replace(/<[^>]+>/g, ' ');
    const glossed = resolveArticle(matcher, context, [checkText]).map((r) => r.resolution.entryId);
    expect(glossed).toEqual(SYNTHETIC_CHECK_ENTRIES);
    const bundledText = bundled
      .flatMap((p) => p.entries)
      .map((e) => [e.headword, ...e.aliases, ...e.abbreviations, e.summary, e.context].join('. '))
      .join('\n');
    const packOnly = joinMatchers([glossaryPart(reader, DEFAULT_SETTINGS)]);
    expect(packOnly.findTerms(bundledText)).toEqual([]);
    expect(syntheticHeadword(12)).toBe('Qzvex 0012 Compact');
  });

  it('is stored under the key the extension reads imported packs from', () => {
    expect(IMPORTED_PACKS_STORAGE_KEY).toBe(IMPORTED_PACKS_KEY);
  });
});
