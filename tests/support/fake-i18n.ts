import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EN_FRAGMENTS } from '@/utils/i18n/en';
import { renderBrowserMessage, toMessagesJson } from '@/utils/i18n/messages-json';

/**
 * WXT's fake browser leaves i18n unimplemented; the unit tests read the English messages.json the build
 * writes, through the same placeholder rules as the browser, in an en-US interface.
 */
const MESSAGES = toMessagesJson(EN_FRAGMENTS);

Object.assign(fakeBrowser.i18n, {
  getMessage: (name: string, substitutions?: string | string[]) =>
    renderBrowserMessage(MESSAGES[name], typeof substitutions === 'string' ? [substitutions] : substitutions),
  getUILanguage: () => 'en-US',
});
