/**
 * JSON with every object's keys sorted. Chromium's storage areas hand a stored object back with its keys
 * in alphabetical order (they keep values as sorted dictionaries), while the same value made here, or
 * read from a file, keeps its own order: compare stored values through this, never plain JSON.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
