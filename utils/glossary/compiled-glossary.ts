import { compileMatcher, matcherPart, type MatcherData, type MatcherPart } from '../matcher/compiled-matcher';
import { buildContextData, type ContextData } from '../resolver/context-data';
import type { Settings } from '../settings/store';
import { buildTermIndex } from './term-index';
import type { Category, Pack } from './types';

/**
 * The bundled glossary as the content script needs it: the compiled matcher and, for each of its
 * keys (entry ids), the category and pack the reader may switch off. Compiled at build time
 * (scripts/compile-glossary.ts), so a page pays for loading arrays, not for building a matcher.
 */
export interface CompiledGlossary {
  readonly matcher: MatcherData;
  /** Parallel to matcher.keys. */
  readonly categories: readonly Category[];
  readonly packs: readonly string[];
  /** Short forms, cues and defaults for the resolver. */
  readonly context: ContextData;
  /** A fingerprint of `context`, set when the file is written (utils/glossary/compiled-file.ts). */
  readonly stamp?: string;
  /**
   * Set on the reader's copy when its `context` already includes the bundled glossary's (whose stamp
   * this is): the background joined them once (utils/reader-glossary/compile.ts), so pages need not.
   */
  readonly joinedWith?: string;
}

export function compileGlossary(packs: readonly Pack[]): CompiledGlossary {
  const { entries, patterns } = buildTermIndex(packs);
  const packOf = new Map(packs.flatMap((pack) => pack.entries.map((entry) => [entry.id, pack.id] as const)));
  const matcher = compileMatcher(patterns);
  return {
    matcher,
    categories: matcher.keys.map((id) => entries.get(id)!.category),
    packs: matcher.keys.map((id) => packOf.get(id)!),
    context: buildContextData([...entries.values()]),
  };
}

/** The compiled glossary as a matcher part, with the reader's hidden categories and disabled packs off. */
export function glossaryPart(compiled: CompiledGlossary, settings: Settings): MatcherPart {
  const hidden = new Set<string>(settings.hiddenCategories);
  const disabled = new Set(settings.disabledPacks);
  if (!hidden.size && !disabled.size) return matcherPart(compiled.matcher);
  return matcherPart(
    compiled.matcher,
    (_, i) => !hidden.has(compiled.categories[i]!) && !disabled.has(compiled.packs[i]!),
  );
}
