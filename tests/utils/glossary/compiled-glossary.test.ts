import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { checkedPacks, writeCompiledGlossary } from '@/scripts/compile-glossary';
import { loadBundledPacks } from '@/utils/glossary/bundled';
import {
  COMPILED_GLOSSARY_FILE,
  decodeCompiledGlossary,
  encodeCompiledGlossary,
} from '@/utils/glossary/compiled-file';
import { compileGlossary, glossaryPart } from '@/utils/glossary/compiled-glossary';
import { glossingIndex } from '@/utils/glossary/runtime-glossary';
import { createTermMatcher, joinMatchers } from '@/utils/matcher/find-terms';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings/store';
import { corpusText } from '../../support/corpus';
import { ARTICLE_TEXT } from '../../support/must-have-terms';

const packs = loadBundledPacks().packs;
const article = corpusText(ARTICLE_TEXT);

/** The file as the content script gets it: encoded, then read back from a fresh ArrayBuffer. */
function roundTrip() {
  const bytes = encodeCompiledGlossary(compileGlossary(packs));
  return decodeCompiledGlossary(bytes.slice().buffer);
}

const fromFile = (settings: Settings) => joinMatchers([glossaryPart(roundTrip(), settings)]);
const compiledAtRunTime = (settings: Settings) =>
  createTermMatcher(glossingIndex(packs, [], settings).patterns);

describe('the compiled glossary', () => {
  it('finds exactly what a matcher compiled at run time finds', () => {
    const expected = compiledAtRunTime(DEFAULT_SETTINGS).findTerms(article);
    expect(expected.length).toBeGreaterThan(50);
    expect(fromFile(DEFAULT_SETTINGS).findTerms(article)).toEqual(expected);
  });

  it('leaves out hidden categories and disabled packs without recompiling', () => {
    const noGroups: Settings = { ...DEFAULT_SETTINGS, hiddenCategories: ['group', 'person'] };
    const found = fromFile(noGroups).findTerms(article);
    expect(found).toEqual(compiledAtRunTime(noGroups).findTerms(article));
    expect(found.some((m) => m.key === 'ttp')).toBe(false);
    const noSecurity: Settings = { ...DEFAULT_SETTINGS, disabledPacks: [packs[0]!.id] };
    const politicsOnly = fromFile(noSecurity).findTerms(article);
    expect(politicsOnly).toEqual(compiledAtRunTime(noSecurity).findTerms(article));
    expect(politicsOnly.some((m) => m.key === 'ttp')).toBe(false);
    const noPack: Settings = { ...DEFAULT_SETTINGS, disabledPacks: packs.map((p) => p.id) };
    expect(fromFile(noPack).findTerms(article)).toEqual([]);
    expect(fromFile(noPack).patternCount).toBe(0);
  });

  it('parses its ids only at the first hit and its context only when asked, and keeps every spelling’s case', () => {
    const compiled = compileGlossary(packs);
    const parse = vi.spyOn(JSON, 'parse');
    try {
      const file = decodeCompiledGlossary(encodeCompiledGlossary(compiled).slice().buffer);
      const matcher = joinMatchers([glossaryPart(file, DEFAULT_SETTINGS)]);
      expect(parse).toHaveBeenCalledTimes(1); // the header
      expect(matcher.findTerms('Nothing glossed here at all.')).toEqual([]);
      expect(parse).toHaveBeenCalledTimes(1);
      expect(matcher.findTerms('The TTP said.').map((m) => m.key)).toEqual(['ttp']);
      expect(parse).toHaveBeenCalledTimes(2); // the ids
      expect(file.context).toEqual(compiled.context);
      expect(file.context).toBe(file.context);
      expect(parse).toHaveBeenCalledTimes(3);
    } finally {
      parse.mockRestore();
    }
    const file = roundTrip();
    const spellings = compiled.matcher.spellingKey.length;
    const cased = Array.from({ length: spellings }, (_, s) => file.matcher.spellingCased(s));
    expect(cased).toEqual(Array.from({ length: spellings }, (_, s) => compiled.matcher.spellingCased(s)));
    expect(cased.filter(Boolean).length).toBeGreaterThan(100);
    expect([file.categories, file.packs]).toEqual([compiled.categories, compiled.packs]);
  });

  it('refuses a file that is not a compiled glossary, is truncated or has another format version', () => {
    const bytes = encodeCompiledGlossary(compileGlossary(packs));
    expect(() => decodeCompiledGlossary(new TextEncoder().encode('{"not":"it"}').buffer)).toThrow(
      /not a compiled NewsGloss glossary/,
    );
    expect(() => decodeCompiledGlossary(bytes.slice(0, bytes.length - 100).buffer)).toThrow(/truncated/);
    const json = JSON.stringify({ version: 99, strings: {}, arrays: [] });
    const future = new Uint8Array(8 + json.length);
    new DataView(future.buffer).setUint32(0, new DataView(bytes.buffer).getUint32(0, true), true);
    new DataView(future.buffer).setUint32(4, json.length, true);
    future.set(new TextEncoder().encode(json), 8);
    expect(() => decodeCompiledGlossary(future.buffer)).toThrow(/format 99/);
  });
});

describe('checkedPacks and writeCompiledGlossary (the build step, as wxt.config.ts runs it)', () => {
  const dataDir = path.resolve(__dirname, '../../../data');

  it('writes the file the content script reads', () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'newsgloss-')), COMPILED_GLOSSARY_FILE);
    const { entries, bytes } = writeCompiledGlossary(checkedPacks(dataDir), out);
    expect(entries).toBe(packs.reduce((n, p) => n + p.entries.length, 0));
    const file = readFileSync(out);
    expect(file.length).toBe(bytes);
    const compiled = decodeCompiledGlossary(
      file.buffer.slice(file.byteOffset, file.byteOffset + file.length),
    );
    expect(compiled.matcher.keys).toContain('ttp');
  });

  it('fails the build when an entry breaks the schema', () => {
    const broken = mkdtempSync(path.join(tmpdir(), 'newsgloss-data-'));
    cpSync(dataDir, broken, { recursive: true });
    const packDir = path.join(broken, 'af-pak');
    mkdirSync(packDir, { recursive: true });
    writeFileSync(path.join(packDir, 'zz-broken.json'), JSON.stringify({ entries: [{ id: 'x' }] }));
    expect(() => checkedPacks(broken)).toThrow(/problems/);
  });
});
