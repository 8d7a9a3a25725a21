// The build's targets, shared by scripts/build.mjs and the tests that check a bundle's shape.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  // Dependencies stay in node_modules (installed with the app); electron is provided by the runtime.
  packages: 'external',
  external: ['electron'],
  logLevel: 'warning',
};

/** The contract's channel names, read by running the contract once at build time. */
async function contractChannels() {
  const result = await esbuild({ ...common, sourcemap: false, entryPoints: ['shared/contract/index.ts'], write: false });
  const module = { exports: {} };
  // The bundle requires only zod (external): resolve it from the repo as the app would.
  new Function('module', 'exports', 'require', result.outputFiles[0].text)(module, module.exports, createRequire(path.join(root, 'package.json')));
  return [...module.exports.channels];
}

/**
 * The preload's options. IMPORTANT: a sandboxed renderer can only load a CommonJS preload that requires nothing but
 * electron, so everything else is bundled in — and the contract is replaced by its literal channel list, so the
 * bundle carries a few KB of names instead of zod and every schema.
 */
export async function preloadOptions() {
  const channels = await contractChannels();
  const channelList = {
    name: 'contract-channel-list',
    setup(build) {
      build.onResolve({ filter: /\/channel-list$/ }, () => ({ path: 'channel-list', namespace: 'ltt-generated' }));
      build.onLoad({ filter: /.*/, namespace: 'ltt-generated' }, () => ({
        contents: `export const channels = ${JSON.stringify(channels)};`,
        loader: 'js',
      }));
    },
  };
  return { ...common, packages: undefined, plugins: [channelList], entryPoints: ['electron/preload/index.ts'], outfile: 'dist/preload/index.cjs' };
}

// The sync import worker sits beside the CLI and main bundles (both find it at ../core/import-worker.cjs), and the
// parse worker a large import reads its file on beside it (import-runner.ts). The desktop's core runs in its own
// process from core-process.cjs (electron/main/core-process.ts), which finds the import worker beside itself.
// Tests build the same set into a folder of their own.
export const coreBundles = (outdir = 'dist/core') =>
  Promise.all(
    [
      ['electron/core/sync/import-worker.ts', 'import-worker.cjs'],
      ['electron/core/sync/parse-worker.ts', 'parse-worker.cjs'],
      ['electron/core/process/core-process.ts', 'core-process.cjs'],
    ].map(([entry, name]) => esbuild({ ...common, entryPoints: [entry], outfile: path.join(outdir, name) })),
  );

/** The main process: the shell only; the core is in core-process.cjs (a test checks the bundle holds no SQLite). */
export const mainOptions = () => ({ ...common, entryPoints: ['electron/main/index.ts'], outfile: 'dist/main/index.cjs' });

export const targets = {
  main: () => Promise.all([esbuild(mainOptions()), coreBundles()]),
  preload: async () => esbuild(await preloadOptions()),
  cli: () => Promise.all([esbuild({ ...common, entryPoints: ['electron/cli/index.ts'], outfile: 'dist/cli/ltt.cjs' }), coreBundles()]),
  renderer: () => viteBuild({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' }),
};
