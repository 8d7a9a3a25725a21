// One build for every target: Electron main + preload (CommonJS), the CLI/browser host, and the renderer.
// `node scripts/build.mjs [main] [preload] [cli] [renderer]` builds a subset (default: all).
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';

const all = ['main', 'preload', 'cli', 'renderer'];
const wanted = process.argv.length > 2 ? process.argv.slice(2) : all;

const common = {
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

// The sync import worker sits beside the CLI and main bundles (both find it at ../core/import-worker.cjs), and the
// parse worker a large import reads its file on beside it (import-runner.ts).
const importWorker = () =>
  Promise.all([
    esbuild({ ...common, entryPoints: ['electron/core/sync/import-worker.ts'], outfile: 'dist/core/import-worker.cjs' }),
    esbuild({ ...common, entryPoints: ['electron/core/sync/parse-worker.ts'], outfile: 'dist/core/parse-worker.cjs' }),
  ]);

const targets = {
  main: () => Promise.all([esbuild({ ...common, entryPoints: ['electron/main/index.ts'], outfile: 'dist/main/index.cjs' }), importWorker()]),
  // IMPORTANT: a sandboxed renderer can only load a CommonJS preload that requires nothing but electron: bundle everything else in.
  preload: () => esbuild({ ...common, packages: undefined, entryPoints: ['electron/preload/index.ts'], outfile: 'dist/preload/index.cjs' }),
  cli: () => Promise.all([esbuild({ ...common, entryPoints: ['electron/cli/index.ts'], outfile: 'dist/cli/ltt.cjs' }), importWorker()]),
  renderer: () => viteBuild({ configFile: 'vite.config.ts', logLevel: 'warn' }),
};

for (const name of wanted) {
  if (!targets[name]) {
    console.error(`build: unknown target "${name}" (known: ${all.join(', ')})`);
    process.exit(2);
  }
}
try {
  await Promise.all(wanted.filter((n) => n !== 'renderer').map((n) => targets[n]()));
  if (wanted.includes('renderer')) await targets.renderer();
} catch (error) {
  console.error(`build failed: ${error.message}`);
  process.exit(1);
}
console.log(`build: ok (${wanted.join(', ')})`);
