/**
 * Runs inside a page (injected by bench/run.ts): times the floor, NewsGloss's own code, mark.js and a
 * naive combined regular expression on the page as loaded. Everything here calls the content script's
 * real modules; only the time-slicing is left out, so the figure is the scan's total main-thread work.
 */
import Mark from 'mark.js';
import { Highlights } from '@/utils/glossing/highlights';
import { OccurrenceStore } from '@/utils/glossing/occurrences';
import { occurrencesInBlock } from '@/utils/glossing/block-matches';
import { PageResolver } from '@/utils/glossing/page-resolver';
import { readingRules } from '@/utils/resolver/context-data';
import { loadBundledPacks } from '@/utils/glossary/bundled';
import { decodeCompiledGlossary, encodeCompiledGlossary } from '@/utils/glossary/compiled-file';
import { compileGlossary, glossaryPart } from '@/utils/glossary/compiled-glossary';
import { glossingIndex } from '@/utils/glossary/runtime-glossary';
import type { Pack } from '@/utils/glossary/types';
import { joinMatchers, type TermPattern } from '@/utils/matcher/find-terms';
import { TextBlockWalker } from '@/utils/glossing/text-blocks';
import { createSearchIndex } from '@/utils/search/search-index';
import { DEFAULT_SETTINGS } from '@/utils/settings/settings';
import { escapeRegExp, wholeWordRegExp } from '../../tests/support/whole-word-regexp';
import { generatedPack, generatedNotes } from './generated-terms';

const bundled = loadBundledPacks().packs;
const realPatterns = glossingIndex(bundled, [], DEFAULT_SETTINGS).patterns;

function timed<T>(work: () => T): { ms: number; value: T } {
  const started = performance.now();
  const value = work();
  return { ms: performance.now() - started, value };
}

/** The floor: visit every text node and read its text. */
function walk(): { ms: number; textNodes: number; textChars: number } {
  const { ms, value } = timed(() => {
    let textNodes = 0;
    let textChars = 0;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      textNodes++;
      textChars += (node as Text).data.length;
    }
    return { textNodes, textChars };
  });
  return { ms, ...value };
}

/** The glossary file as the build writes it (scripts/compile-glossary.ts), for the given packs. */
const compiledFile = (packs: readonly Pack[]) => encodeCompiledGlossary(compileGlossary(packs)).buffer;
const bundledFile = compiledFile(bundled);

/** A gloss timed whole and in its three phases (the profile behind the gloss ÷ walk figure). */
interface GlossFigures {
  ms: number;
  /** Reading the compiled glossary: decoding it, loading the matcher, the reading rules. */
  startMs: number;
  /** Walking the page's blocks and matching each. */
  scanMs: number;
  /** Resolving every mention, measuring visibility and drawing the highlights. */
  drawMs: number;
  marks: number;
  patterns: number;
}

/**
 * NewsGloss's first scan, as the content script does it: load the matcher from the compiled glossary
 * file (already read, as the content script's fetch has it), walk, match, create the highlights.
 */
function gloss(file: ArrayBuffer = bundledFile, keep = false): GlossFigures {
  const highlights = new Highlights();
  const started = performance.now();
  const glossary = decodeCompiledGlossary(file);
  const matcher = joinMatchers([glossaryPart(glossary, DEFAULT_SETTINGS)]);
  const rules = readingRules(glossary.context);
  const loaded = performance.now();
  const store = new OccurrenceStore();
  new TextBlockWalker(document.body).run((block) => {
    const { occurrences, cues } = occurrencesInBlock(matcher, block, rules);
    for (const occurrence of occurrences) store.add(occurrence);
    store.addCues(block.block, cues);
  });
  const scanned = performance.now();
  const glossed = new PageResolver(glossary.context).resolve(store.ordered(), store.cues());
  highlights.render(glossed, DEFAULT_SETTINGS.density);
  const drawn = performance.now();
  if (!keep) highlights.destroy();
  return {
    ms: drawn - started,
    startMs: loaded - started,
    scanMs: scanned - loaded,
    drawMs: drawn - scanned,
    marks: store.size,
    patterns: matcher.patternCount,
  };
}

/** The naive approach: one alternation of every spelling, run over every text node. */
function regex(patterns: readonly TermPattern[] = realPatterns): { ms: number; matches: number } {
  const { ms, value } = timed(() => {
    const source = patterns
      .map((p) => escapeRegExp(p.text).replace(/[\s-]+/g, '[\\s\\-\u2010-\u2015]+'))
      .join('|');
    const re = wholeWordRegExp(`(?:${source})`, 'giu');
    let matches = 0;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      re.lastIndex = 0;
      while (re.exec((node as Text).data)) matches++;
    }
    return matches;
  });
  return { ms, matches: value };
}

/** mark.js with the same spellings: names in any case, abbreviations in their case, whole words. */
function markjs(patterns: readonly TermPattern[] = realPatterns): Promise<{ ms: number; marks: number }> {
  const instance = new Mark(document.body);
  const options = {
    separateWordSearch: false,
    accuracy: 'exactly' as const,
    diacritics: true,
    acrossElements: false,
  };
  const names = patterns.filter((p) => !p.caseSensitive).map((p) => p.text);
  const abbreviations = patterns.filter((p) => p.caseSensitive).map((p) => p.text);
  return new Promise((resolve) => {
    const started = performance.now();
    let marks = 0;
    instance.mark(names, {
      ...options,
      caseSensitive: false,
      done: (n: number) => {
        marks += n;
        instance.mark(abbreviations, {
          ...options,
          caseSensitive: true,
          done: (m: number) => resolve({ ms: performance.now() - started, marks: marks + m }),
        });
      },
    });
  });
}

/** gloss with the real pack cut to, or grown to, `terms` entries. */
function glossAndKeep(): GlossFigures {
  return gloss(bundledFile, true);
}

function glossWithTerms(terms: number): GlossFigures {
  const real = bundled.flatMap((p) => p.entries);
  const packs: Pack[] =
    terms <= real.length
      ? [{ ...bundled[0]!, entries: real.slice(0, terms) }]
      : [...bundled, generatedPack(terms - real.length)];
  return gloss(compiledFile(packs));
}

/**
 * Popup search latency per keystroke: the index built once, then one search per prefix typed. A reader
 * has at most one note per entry, so 1,000 notes means 1,000 entries: the real glossary plus generated
 * own terms, each with a note.
 */
function searchLatency(queries: readonly string[], noteCount: number): number[] {
  const real = bundled.flatMap((p) => p.entries);
  const entries = [...real, ...generatedPack(Math.max(0, noteCount - real.length)).entries];
  const index = createSearchIndex(entries, generatedNotes(entries, noteCount));
  const times: number[] = [];
  for (const query of queries) {
    for (let i = 1; i <= query.length; i++) times.push(timed(() => index.search(query.slice(0, i))).ms);
  }
  return times;
}

function heapBytes(): number | null {
  const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
  return memory ? memory.usedJSHeapSize : null;
}

Object.assign(window, {
  NewsGlossBench: { walk, gloss, glossAndKeep, regex, markjs, glossWithTerms, searchLatency, heapBytes },
});
