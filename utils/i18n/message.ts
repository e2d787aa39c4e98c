import { browser } from 'wxt/browser';
import type { MessageKey } from './en';

/**
 * A message with no parameters, straight from `i18n.getMessage`: the content script's lean `t` (it is
 * parsed on every page and held under 20 KB gzip, and its only text is the popover frame's title).
 */
export const message = (key: MessageKey): string => getMessage(key);

/**
 * `i18n.getMessage` as the browser has it. WXT types its names from `public/_locales`, which this
 * project writes at build time from `utils/i18n/en/` instead (MessageKey is the typed list).
 */
export const getMessage = (name: string, substitutions?: string[]): string =>
  (browser.i18n.getMessage as (name: string, substitutions?: string[]) => string)(name, substitutions);
