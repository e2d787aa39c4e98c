import { paramNames, type CatalogFragment } from './catalog';

/** One message in the browser's `_locales/<lang>/messages.json` format. */
export interface BrowserMessage {
  message: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

const MESSAGE_NAME = /^[A-Za-z0-9_]+$/;

/**
 * Our catalog fragments as one `messages.json`: each `{name}` becomes `$NAME$` with a placeholder that
 * takes the substitution at the name's alphabetical position, and a literal `$` is written `$$` (the
 * browser's escape). Throws on a name the browser would refuse or one two fragments both define.
 */
export function toMessagesJson(fragments: readonly CatalogFragment[]): Record<string, BrowserMessage> {
  const out: Record<string, BrowserMessage> = {};
  for (const fragment of fragments) {
    for (const [name, text] of Object.entries(fragment)) {
      if (!MESSAGE_NAME.test(name))
        throw new Error(`Message name "${name}" may use only A–Z, a–z, 0–9 and _.`);
      if (name in out) throw new Error(`Message "${name}" is defined twice.`);
      out[name] = toBrowserMessage(text);
    }
  }
  return out;
}

function toBrowserMessage(text: string): BrowserMessage {
  const names = paramNames(text);
  const message = text
    .replaceAll('$', '$$$$')
    .replace(/\{([a-zA-Z][a-zA-Z0-9]*)\}/g, (_, name: string) => `$${name.toUpperCase()}$`);
  if (names.length === 0) return { message };
  const placeholders = Object.fromEntries(
    names.map((name, i) => [name.toLowerCase(), { content: `$${i + 1}` }]),
  );
  return { message, placeholders };
}

/**
 * What `i18n.getMessage` returns for a message of this file: the placeholders filled from the
 * substitutions and `$$` read as `$`. The unit tests' stand-in for the browser's own.
 */
export function renderBrowserMessage(
  message: BrowserMessage | undefined,
  substitutions: readonly string[] = [],
) {
  if (!message) return '';
  return message.message.replace(
    /\$\$|\$([A-Za-z0-9_]+)\$|\$([1-9])/g,
    (whole, name?: string, digit?: string) => {
      if (whole === '$$') return '$';
      if (digit) return substitutions[Number(digit) - 1] ?? '';
      const content = message.placeholders?.[name!.toLowerCase()]?.content ?? '';
      return content.replace(/\$([1-9])/g, (_, d: string) => substitutions[Number(d) - 1] ?? '');
    },
  );
}
