import path from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { checkedPacks, writeCompiledGlossary, writeShelf } from './scripts/compile-glossary';
import { COMPILED_GLOSSARY_FILE } from './utils/glossary/compiled-file';
import { writeLocales } from './scripts/write-locales';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
    // The oldest browsers the manifests accept: nothing newer is lowered into longer code for them.
    build: {
      target: ['chrome111', 'firefox140'],
      // Terser, compressing for ES2020 in three passes: the content script is parsed on every page and
      // kept under 20 KB gzip; terser packs it about 5 % tighter than Vite's default (esbuild), for a
      // slower build, and the third pass and ES2020 output save a few more bytes (the manifests' oldest
      // browsers, Chrome 111 and Firefox 140, run ES2020).
      minify: 'terser',
      // safari10: Vite turns on terser's Safari 10 workarounds for every build, which keep the mangler
      // from reusing some names; NewsGloss runs in Chrome and Firefox only: 77 B gzip off the content script.
      // pure_getters: no getter here is read for its side effect alone (a read whose value goes unused
      // may go), which lets terser drop more: 25 B gzip off the content script.
      terserOptions: { ecma: 2020, safari10: false, compress: { passes: 3, pure_getters: true } },
    },
    // esbuild (0.28) rewrites a regular expression with \p{…} outside brackets as `new RegExp("…", "u")`
    // for these targets, even chrome120. The manifests' oldest browsers read \p{L}, \p{Lu}, \p{Ll},
    // \p{M} and \p{N} (Chrome 64, Firefox 78), so the literals are kept: 44 B gzip off the content script.
    esbuild: { supported: { 'regexp-unicode-property-escapes': true } },
  }),
  hooks: {
    // WXT takes the toolbar button's title from popup.html's <title>; the browser should show the
    // localised name there instead.
    'build:manifestGenerated': (_wxt, manifest) => {
      const action = manifest.action ?? manifest.browser_action;
      if (action) action.default_title = '__MSG_extName__';
    },
    // The content script, parsed on every page and held under 20 KB gzip, calls the browser's own
    // promise-based API (`@wxt-dev/browser`: Chrome MV3's `chrome`, Firefox's `browser`) instead of
    // webextension-polyfill, which every extension page and the background keep. Everything it calls
    // (storage.local, storage.onChanged, runtime.getURL/id/sendMessage/onMessage with sendResponse)
    // returns promises or works alike in both; the polyfill would add about 2 KB gzip to each page.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'content-script')) return;
      const alias = { find: 'wxt/browser', replacement: '@wxt-dev/browser' };
      const current = config.resolve?.alias ?? [];
      const list = Array.isArray(current)
        ? current
        : Object.entries(current).map(([find, replacement]) => ({ find, replacement }));
      config.resolve = { ...config.resolve, alias: [alias, ...list.filter((a) => a.find !== 'wxt/browser')] };
    },
    // The content script reads the glossary compiled here instead of bundling and compiling it per page;
    // the extension pages read the entries checked here (the shelf) instead of bundling and checking them.
    'build:publicAssets': (wxt, files) => {
      const packs = checkedPacks(path.join(wxt.config.root, 'data'));
      const compiled = path.join(wxt.config.wxtDir, COMPILED_GLOSSARY_FILE);
      writeCompiledGlossary(packs, compiled);
      files.push({ absoluteSrc: compiled, relativeDest: COMPILED_GLOSSARY_FILE });
      const shelfDir = path.join(wxt.config.wxtDir, 'shelf');
      for (const file of writeShelf(packs, shelfDir))
        files.push({ absoluteSrc: path.join(shelfDir, file), relativeDest: file });
      // The interface's messages (utils/i18n/en/) in the browser's own format.
      const localesDir = path.join(wxt.config.wxtDir, 'locales');
      for (const file of writeLocales(localesDir))
        files.push({ absoluteSrc: path.join(localesDir, file), relativeDest: file });
    },
  },
  zip: {
    // The sources archive for addons.mozilla.org: what builds the extension, not local scratch or test output.
    excludeSources: ['scratch/**', 'e2e/artifacts/**', 'bench/results/**'],
  },
  manifest: ({ browser }) => ({
    // Every text the browser shows comes from _locales (utils/i18n/en/common.ts).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: notes, own terms and settings; contextMenus: "Look up" and "Add to my glossary" on a
    // selection. Page access comes from the content script's matches alone (no host permissions).
    permissions: ['storage', 'contextMenus'],
    // Extension pages run only the bundled scripts: no eval (not even WebAssembly's, which WXT's default
    // allows), no inline script, no remote code, no plugins. WXT writes this as the MV2 string for Firefox
    // and, in `wxt dev` only, adds its local dev server to script-src.
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'self';" },
    commands: {
      [browser === 'firefox' ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+G' },
        description: '__MSG_cmdOpen__',
      },
      'toggle-site': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_cmdToggleSite__',
      },
      'next-term': {
        suggested_key: { default: 'Alt+Shift+Period' },
        description: '__MSG_cmdNextTerm__',
      },
      'previous-term': {
        suggested_key: { default: 'Alt+Shift+Comma' },
        description: '__MSG_cmdPreviousTerm__',
      },
    },
    // The popover page is framed into news pages by the content script (see entrypoints/popover), and
    // the content script fetches the compiled glossary (content scripts can fetch only web-accessible
    // files). On Chrome their URLs change every session so pages cannot fingerprint or frame them.
    web_accessible_resources: [
      {
        resources: ['popover.html', COMPILED_GLOSSARY_FILE],
        matches: ['<all_urls>'],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'newsgloss@newsgloss.dev',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Android took data_collection_permissions in 142; declaring it keeps web-ext lint honest.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : { minimum_chrome_version: '111' }),
  }),
});
