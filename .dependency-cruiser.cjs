// Layer rules, checked by `npm test` (scripts/test-all.ts, step "layers") and `npm run layers`.
//   core/common  plain types, the IPC contract, zod: imports nothing platform-specific
//   core/node    never imports electron, React, Monaco, or the electron/ and renderer/ layers
//   core/cli     as core/node
//   renderer     never imports Node builtins, electron, or core/node, core/cli, electron/
//   electron     never imports React, Monaco or the renderer
// plus no import cycles between modules or between folders.

const nodeBuiltin = { dependencyTypes: ['core'] };

module.exports = {
  forbidden: [
    {
      name: 'common-is-platform-free',
      comment: 'core/common is shared by every layer: plain TypeScript and zod only.',
      severity: 'error',
      from: { path: '^core/common/' },
      to: {
        pathNot: '^core/common/|^node_modules/zod/',
      },
    },
    {
      name: 'common-no-node-builtins',
      comment: 'core/common runs in the renderer and the sandboxed preload: no Node builtins.',
      severity: 'error',
      from: { path: '^core/common/' },
      to: nodeBuiltin,
    },
    {
      name: 'node-core-not-electron-or-ui',
      comment: 'core/node is shared by Electron main, the CLI and the harness: no electron, React, Monaco, UI or shell.',
      severity: 'error',
      from: { path: '^core/(node|cli)/' },
      to: { path: '^node_modules/(electron|react|react-dom|monaco-editor|marked)/|^(electron|renderer)/|^electron$' },
    },
    {
      name: 'renderer-not-node-or-electron',
      comment: 'The renderer is a sandboxed web page: no Node builtins, no electron, no main-process code.',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: '^node_modules/electron/|^electron$|^(electron|core/node|core/cli|scripts)/' },
    },
    {
      name: 'renderer-no-node-builtins',
      severity: 'error',
      from: { path: '^renderer/' },
      to: nodeBuiltin,
    },
    {
      name: 'electron-not-react',
      comment: 'electron/ is the thin shell: no React, Monaco or renderer code.',
      severity: 'error',
      from: { path: '^electron/' },
      to: { path: '^node_modules/(react|react-dom|monaco-editor)/|^renderer/' },
    },
    {
      name: 'preload-is-small',
      comment: 'The sandboxed preload imports only channel names (core/common/channels.ts), never the zod schemas.',
      severity: 'error',
      from: { path: '^electron/preload[.]ts$' },
      to: { path: '^node_modules/zod/|^core/common/contract[.]ts$' },
    },
    {
      name: 'no-circular',
      comment: 'Import cycles between modules.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-circular-folders',
      comment:
        'Import cycles between the folders of core/ (its packages). The renderer\'s folders are screens that route to ' +
        'each other (start → session → start), so only module-level cycles are forbidden there.',
      severity: 'error',
      scope: 'folder',
      from: { path: '^core/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|exercises|test-results|release)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    combinedDependencies: false,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
    },
  },
};
