/**
 * The shape of a messages catalog as we write it: message name → text, with `{name}` where a value goes
 * ("{count} terms on this page"). `messages-json.ts` turns it into the browser's `_locales` format.
 * Names use letters, digits and `_` only (the browser's rule for message names).
 */
export type CatalogFragment = Readonly<Record<string, string>>;

/** The `{name}` parameters a message text asks for, as a union of names. */
export type ParamsOf<Text extends string> = Text extends `${string}{${infer Name}}${infer Rest}`
  ? Name | ParamsOf<Rest>
  : never;

const PARAM = /\{([a-zA-Z][a-zA-Z0-9]*)\}/g;

/**
 * A message's parameter names in the order their values are passed to `i18n.getMessage` (`$1`, `$2`…):
 * alphabetical, so the caller can compute the order from its own parameters without the catalog.
 */
export function paramNames(text: string): string[] {
  return [...new Set([...text.matchAll(PARAM)].map((m) => m[1]!))].sort();
}
