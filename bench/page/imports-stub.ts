/**
 * Stands in for WXT's `#imports` in the benchmark's page bundle: the glossing modules import the
 * settings module for its defaults, which defines storage items at load. Nothing here touches storage.
 */
export const storage = {
  defineItem: () => ({}),
};
