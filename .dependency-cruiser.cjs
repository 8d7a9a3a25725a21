// Layer rules on resolved paths (a relative import is checked like any other), run by `npm run lint`.
// The rooms and the one direction their imports may point:
//   renderer → shared;  electron/core → shared;  electron/{main,cli,web} → electron/core, shared;
//   electron/preload → shared/contract only;  nothing imports electron/main or electron/web.
// tests/core/layer-rules.test.ts proves each rule fires on a scratch tree.
const NODE_BUILTIN = { dependencyTypes: ['core'] };

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'shared-is-pure',
      comment: 'shared/ is pure domain and contract: it imports only itself, zod and uuid (no Node built-in, Electron, database, React or other room).',
      severity: 'error',
      from: { path: '^shared/' },
      to: {
        pathNot: ['^shared/', '^node_modules/(zod|uuid)/'],
      },
    },
    {
      name: 'renderer-only-shared',
      comment: 'The renderer talks to the core only through the contract: it imports shared/ and browser libraries.',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: ['^electron/', '^node_modules/(electron|better-sqlite3)/', '^tests/', '^scripts/', '^bench/'] },
    },
    {
      name: 'renderer-no-node',
      severity: 'error',
      from: { path: '^renderer/' },
      to: NODE_BUILTIN,
    },
    {
      name: 'core-only-shared',
      comment: 'electron/core is plain Node: it never imports Electron, the ways in (main, cli, web, preload) or the renderer.',
      severity: 'error',
      from: { path: '^electron/core/' },
      to: { path: ['^electron/(main|cli|web|preload)/', '^renderer/', '^node_modules/electron/', '^tests/', '^scripts/', '^bench/'] },
    },
    {
      name: 'ways-in-through-core',
      comment: 'The CLI and the browser host run without Electron and reach the core only through electron/core and shared.',
      severity: 'error',
      from: { path: '^electron/(cli|web)/' },
      to: { path: ['^electron/(main|preload)/', '^renderer/', '^node_modules/electron/', '^tests/'] },
    },
    {
      name: 'main-through-core',
      comment: 'The Electron main process reaches the core through electron/core and shared, never the renderer, the CLI or the browser host.',
      severity: 'error',
      from: { path: '^electron/main/' },
      to: { path: ['^electron/(cli|web|preload)/', '^renderer/', '^tests/'] },
    },
    {
      name: 'preload-only-contract',
      comment: 'The sandboxed preload may use only electron and the contract (the build swaps the contract for its channel list).',
      severity: 'error',
      from: { path: '^electron/preload/' },
      to: { pathNot: ['^electron/preload/', '^shared/contract/', '^node_modules/electron/'] },
    },
    {
      name: 'nothing-imports-main-or-web',
      comment:
        'electron/main and electron/web are entry points: no other room imports them. One composition root is allowed: ' +
        '`ltt serve` (electron/cli/commands/serve.ts) starts the browser host; what the CLI and the host share lives in electron/core.',
      severity: 'error',
      from: { pathNot: ['^electron/main/', '^electron/web/', '^tests/', '^electron/cli/commands/serve[.]ts$'] },
      to: { path: '^electron/(main|web)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // node_modules stays in the graph (not followed), so the rules see which packages a room imports.
    exclude: { path: ['^dist/', '^release/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
    },
  },
};
