import type { TermPattern } from '../matcher/term-pattern';
import { contextSpellings, entrySpellings } from './spellings';
import type { Category, Entry, Pack } from './types';

/** The entries the reader has switched on, by id, and the patterns the matcher is built from. */
export interface TermIndex {
  entries: ReadonlyMap<string, Entry>;
  patterns: TermPattern[];
}

export interface TermIndexOptions {
  /** Categories to gloss; all when absent. */
  categories?: ReadonlySet<Category>;
  /** Pack ids to use; all when absent. */
  packs?: ReadonlySet<string>;
}

export function buildTermIndex(packs: readonly Pack[], options: TermIndexOptions = {}): TermIndex {
  const entries = new Map<string, Entry>();
  const patterns: TermPattern[] = [];
  for (const pack of packs) {
    if (options.packs && !options.packs.has(pack.id)) continue;
    for (const entry of pack.entries) {
      if (options.categories && !options.categories.has(entry.category)) continue;
      if (entries.has(entry.id)) continue;
      entries.set(entry.id, entry);
      for (const spelling of entrySpellings(entry)) patterns.push({ ...spelling, key: entry.id });
      for (const spelling of contextSpellings(entry)) patterns.push({ ...spelling, key: entry.id });
    }
  }
  return { entries, patterns };
}
