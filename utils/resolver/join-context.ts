import type { ContextData } from './context-data';

/**
 * The resolver's data for two glossaries read together, the bundled one and the reader's (imported
 * packs with short forms, cues and defaults of their own). Their entries and spellings never overlap (an
 * import that shares a spelling with a bundled entry is refused), so joining is a union.
 */
export function joinContextData(a: ContextData, b: ContextData | undefined): ContextData {
  if (!b) return a;
  return {
    claims: { ...a.claims, ...b.claims },
    cues: { ...a.cues, ...b.cues },
    defaults: { ...a.defaults, ...b.defaults },
    people: [...a.people, ...b.people],
    surnames: { ...a.surnames, ...b.surnames },
    incumbents: { ...a.incumbents, ...b.incumbents },
    titles: { ...a.titles, ...b.titles },
    spacedOnly: { ...a.spacedOnly, ...b.spacedOnly },
    places: [...a.places, ...b.places],
    needsCue: { ...a.needsCue, ...b.needsCue },
    nameWords: { ...a.nameWords, notNames: `${a.nameWords.notNames} ${b.nameWords.notNames}` },
  };
}
