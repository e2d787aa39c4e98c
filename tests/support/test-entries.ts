import { compileGlossary } from '@/utils/glossary/compiled-glossary';
import type { Entry, PackMeta } from '@/utils/glossary/types';
import { matcherPart } from '@/utils/matcher/compiled-matcher';
import { joinMatchers, type TermPattern } from '@/utils/matcher/find-terms';
import { ROLE } from '@/utils/matcher/term-pattern';
import { resolveArticle } from '@/utils/resolver/read-block';

/** Pack fields for packs made in tests. */
export const TEST_PACK_META: PackMeta = {
  id: 'test',
  name: 'Test pack',
  version: '1.0.0',
  licence: 'CC BY 4.0',
  description: 'For tests.',
  language: 'en',
};

type Fields = Partial<Entry> & Pick<Entry, 'id' | 'headword' | 'category'>;

/** An entry with every required field filled; a test gives only what it is about. */
export const testEntry = (fields: Fields): Entry => ({
  abbreviations: [],
  aliases: [],
  summary: 'A test entry.',
  context: 'A test paragraph.',
  related: [],
  sources: [{ title: 'Test', url: 'https://example.org/', published: '2025-12' }],
  reviewed: '2026-01-01',
  ...fields,
});

/** The matcher and resolver data for entries, compiled as the build compiles the bundled packs. */
export function compileTestPack(entries: Entry[]) {
  const compiled = compileGlossary([{ ...TEST_PACK_META, entries }]);
  return { matcher: joinMatchers([matcherPart(compiled.matcher)]), data: compiled.context };
}

/** A reader for a test pack: each mention of the article as [text as written, entry or null]. */
export function articleReader(entries: Entry[]) {
  const { matcher, data } = compileTestPack(entries);
  return (...blocks: string[]) =>
    resolveArticle(matcher, data, blocks).map(({ block, match, resolution }) => [
      blocks[block]!.slice(match.start, match.end),
      resolution.entryId,
    ]);
}

/** Matcher patterns by role: a full name (any case), an abbreviation (exact case), a short form. */
export const fullPattern = (text: string, key: string): TermPattern => ({ text, key, caseSensitive: false });
export const abbrPattern = (text: string, key: string): TermPattern => ({ text, key, caseSensitive: true });
export const shortPattern = (text: string, key: string): TermPattern => ({
  text,
  key,
  caseSensitive: true,
  role: ROLE.short,
});
