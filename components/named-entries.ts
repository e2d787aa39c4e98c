/** An entry to link to by name: its id and headword. */
export interface NamedEntry {
  id: string;
  headword: string;
}

/**
 * The ids whose headword is known, with it, in order; the others are left out (an id the glossary
 * lacks, or one a popover has not read the name of).
 */
export function namedEntries(
  ids: readonly string[],
  headword: (id: string) => string | undefined,
): NamedEntry[] {
  return ids.flatMap((id) => {
    const name = headword(id);
    return name ? [{ id, headword: name }] : [];
  });
}
