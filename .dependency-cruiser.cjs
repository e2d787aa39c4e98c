/**
 * Dependency rules for NewsGloss, checked by `npm run lint:deps` (part of `npm test`).
 * Imports run one way: entrypoints → components → utils; utils/ is one folder per concern.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle means two modules are one concern, or a type sits in the wrong one: move it.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'utils-stay-below',
      severity: 'error',
      comment: 'utils/ is the pure and storage logic every page shares; it never reaches up into the UI.',
      from: { path: '^utils/' },
      to: { path: '^(components|entrypoints)/' },
    },
    {
      name: 'components-stay-below-entrypoints',
      severity: 'error',
      comment: 'Components are shared by the pages; a page is what wires them, never the other way.',
      from: { path: '^components/' },
      to: { path: '^entrypoints/' },
    },
    {
      name: 'entrypoints-do-not-share',
      severity: 'error',
      comment: 'What two entrypoints both need belongs in components/ or utils/.',
      from: { path: '^entrypoints/([^/.]+)' },
      to: { path: '^entrypoints/', pathNot: '^entrypoints/$1' },
    },
    {
      name: 'storage-only-in-stores',
      severity: 'error',
      comment:
        "WXT's storage items are defined and used by each domain's store (utils/<domain>/store.ts) and the " +
        'shared storage plumbing (utils/storage/); everything else goes through those stores.',
      from: { pathNot: '^utils/([^/]+/store\\.ts|storage/)' },
      to: { path: '(^|/)node_modules/wxt/dist/utils/storage|^#imports$' },
    },
    {
      name: 'no-orphans',
      severity: 'error',
      comment: 'A product module nothing imports is dead code.',
      from: {
        orphan: true,
        path: '^(utils|components)/',
        pathNot: '\\.d\\.ts$',
      },
      to: {},
    },
    {
      name: 'tests-stay-out-of-product',
      severity: 'error',
      comment: 'Product code never imports test, e2e or benchmark code.',
      from: { path: '^(utils|components|entrypoints)/' },
      to: { path: '^(tests|e2e|bench)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports count: a cycle through a type is still two modules that cannot be read apart.
    tsPreCompilationDeps: true,
    // WXT's `@/` alias sits in .wxt/tsconfig.json without a baseUrl, which the checker's resolver needs.
    tsConfig: { fileName: 'tsconfig.deps.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
  },
};
