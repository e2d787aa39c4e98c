import { CATEGORIES } from './types';
import type { Entry, Pack } from './types';
import { ownPack, type OwnTerm } from '../own-terms/own-term';
import { buildTermIndex, type TermIndex } from './term-index';
import type { Settings } from '../settings/store';

/** Every entry of these packs (bundled and the reader's), whatever is switched off. */
export function allEntries(packs: readonly Pack[]): Map<string, Entry> {
  return buildTermIndex(packs).entries as Map<string, Entry>;
}

/** The entries and patterns to gloss pages with: enabled packs (own terms included), shown categories. */
export function glossingIndex(
  bundled: readonly Pack[],
  ownTerms: readonly OwnTerm[],
  settings: Settings,
): TermIndex {
  const packs = [...bundled, ownPack(ownTerms)];
  return buildTermIndex(packs, {
    packs: new Set(packs.map((p) => p.id).filter((id) => !settings.disabledPacks.includes(id))),
    categories: new Set(CATEGORIES.filter((c) => !settings.hiddenCategories.includes(c))),
  });
}

/** Whether a change of settings changes which terms are glossed (and so needs a new matcher). */
export function glossingChanged(a: Settings, b: Settings): boolean {
  return (
    a.hiddenCategories.join() !== b.hiddenCategories.join() ||
    a.disabledPacks.join() !== b.disabledPacks.join()
  );
}
