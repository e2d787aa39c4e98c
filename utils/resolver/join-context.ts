import type { ContextData } from './context-data';

/**
 * Two records as one. Object.assign, not an object spread: a spread of a record with hundreds of keys
 * builds a hidden class per key and took ten times as long on a page's first (cold) call.
 */
const union = <T>(a: Readonly<Record<string, T>>, b: Readonly<Record<string, T>>): Record<string, T> =>
  Object.assign({}, a, b);

/**
 * The resolver's data for two glossaries read together, the bundled one and the reader's (imported
 * packs with short forms, cues and defaults of their own). Their entries and spellings never overlap (an
 * import that shares a spelling with a bundled entry is refused), so joining is a union.
 */
export function joinContextData(a: ContextData, b: ContextData | undefined): ContextData {
  if (!b) return a;
  return {
    claims: union(a.claims, b.claims),
    cues: union(a.cues, b.cues),
    defaults: union(a.defaults, b.defaults),
    people: [...a.people, ...b.people],
    surnames: union(a.surnames, b.surnames),
    incumbents: union(a.incumbents, b.incumbents),
    titles: union(a.titles, b.titles),
    spacedOnly: union(a.spacedOnly, b.spacedOnly),
    places: [...a.places, ...b.places],
    needsCue: union(a.needsCue, b.needsCue),
    nameWords: { ...a.nameWords, notNames: `${a.nameWords.notNames} ${b.nameWords.notNames}` },
  };
}
