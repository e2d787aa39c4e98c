import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import noUiLiteral from './scripts/eslint/no-ui-literal.js';

// Glossary and note text reach the screen as text only (see DESIGN.md).
const textNotHtml = [
  { selector: "MemberExpression[property.name='innerHTML']", message: 'Render text, never HTML.' },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text, never HTML.' },
  {
    selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
    message: 'Render text, never HTML.',
  },
];
// Each domain's store (utils/<domain>/store.ts) is the one place that reads and writes its records; the
// dependency rules (.dependency-cruiser.cjs) say the same of WXT's storage module.
const storageInStoresOnly = {
  selector: "MemberExpression[object.name='browser'][property.name='storage']",
  message: 'Read and write storage through the domain store (utils/<domain>/store.ts).',
};

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'scratch/', 'e2e/artifacts/', 'bench/results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', ...textNotHtml, storageInStoresOnly],
    },
  },
  {
    files: ['utils/*/store.ts', 'utils/storage/**'],
    rules: { 'no-restricted-syntax': ['error', ...textNotHtml] },
  },
  {
    // The content script's lean read: straight from browser.storage.local, so the script parsed on every
    // page does not carry WXT's storage module (its size budget is 20 KB gzip). Read-only; writing stays
    // with the stores.
    files: ['utils/glossing/stored-state.ts'],
    rules: { 'no-restricted-syntax': ['error', ...textNotHtml] },
  },
  {
    // Every word of the interface comes from the messages catalog (utils/i18n/en/), so it can be
    // translated. Left out: the glossary's build-time checks (schema, context rules, compiled file), whose
    // messages are for the people who write glossary packs and are in the packs' language, English; and
    // the English word lists the resolver reads article text with.
    files: ['{utils,components,entrypoints}/**/*.{ts,tsx}'],
    ignores: [
      'utils/i18n/{en/**,messages-json.ts}',
      'utils/glossary/{schema,context-schema,assemble-packs,compiled-file}.ts',
      'utils/resolver/name-words.ts',
      '**/*.test.{ts,tsx}',
    ],
    plugins: { newsgloss: { rules: { 'no-ui-literal': noUiLiteral } } },
    rules: { 'newsgloss/no-ui-literal': 'error' },
  },
  {
    // Small files that each do one thing (STYLE.md). A longer one says why in an eslint-disable comment.
    files: ['{utils,components,entrypoints,scripts}/**/*.{ts,tsx}'],
    rules: {
      'max-lines': ['error', { max: 250 }],
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // Tests build their fixtures with innerHTML; the product never does.
    files: ['tests/**', 'e2e/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['.dependency-cruiser.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', __dirname: 'readonly' } },
  },
  {
    files: ['scripts/**/*.mjs', 'bench/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    // Page-side scripts of the end-to-end fixtures run in a web page.
    files: ['e2e/fixtures/**/*.js'],
    languageOptions: {
      globals: Object.fromEntries(
        [
          'window',
          'document',
          'performance',
          'PerformanceObserver',
          'Element',
          'setInterval',
          'setTimeout',
          'requestAnimationFrame',
        ].map((name) => [name, 'readonly']),
      ),
    },
  },
);
