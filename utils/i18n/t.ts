import { browser } from 'wxt/browser';
import type { ParamsOf } from './catalog';
import type { EnCatalog, MessageKey } from './en';
import { getMessage } from './message';

type Params<K extends MessageKey> = Record<ParamsOf<EnCatalog[K]>, string | number>;
type ParamArgs<K extends MessageKey> = [ParamsOf<EnCatalog[K]>] extends [never] ? [] : [params: Params<K>];

/**
 * A message in the browser's language (`i18n.getMessage`, which falls back to English), its `{name}`s
 * filled from `params`; numbers are written the reader's way (1,234 or 1.234). The message name itself
 * comes back where a message is missing, so a gap shows instead of a blank.
 */
export function t<K extends MessageKey>(key: K, ...[params]: ParamArgs<K>): string {
  const values = params as Record<string, string | number> | undefined;
  const substitutions = values
    ? Object.keys(values)
        .sort()
        .map((name) => formatValue(values[name]!))
    : undefined;
  return getMessage(key, substitutions) || key;
}

type PluralBase<K> = K extends `${infer Base}_other` ? Base : never;
type PluralKey = PluralBase<MessageKey>;
type PluralParams<B extends PluralKey> = Omit<Params<`${B}_other` & MessageKey>, 'count'>;

/**
 * A counted message: `{base}_one`, `{base}_few`… as the language's plural rules pick for `count`
 * (`Intl.PluralRules`), else `{base}_other`; `{count}` is filled in.
 */
export function tn<B extends PluralKey>(base: B, count: number, ...[params]: [PluralParams<B>?]): string {
  const lookup = t as (key: string, params: object) => string;
  const form = new Intl.PluralRules(uiLanguage()).select(count);
  const args = { ...params, count };
  const exact = `${base}_${form}`;
  const text = form === 'other' ? '' : lookup(exact, args);
  return text && text !== exact ? text : lookup(`${base}_other`, args);
}

/** The browser's interface language, the one `getMessage` answers in; the runtime's default elsewhere. */
export function uiLanguage(): string | undefined {
  try {
    return browser.i18n.getUILanguage() || undefined;
  } catch {
    return undefined;
  }
}

function formatValue(value: string | number): string {
  return typeof value === 'number' ? new Intl.NumberFormat(uiLanguage()).format(value) : value;
}
