// `npm run bench`: bundles the bench sources (bench/run/*.ts import the app's TypeScript core) into dist/bench/
// and runs them. Never part of `npm test`. Figures are ratios against baselines measured in the same run.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { benchBundle } from './bench-bundle.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const out = path.join(root, 'dist/bench');
await Promise.all([
  build({ ...benchBundle, entryPoints: [path.join(root, 'bench/run/main.ts')], outfile: path.join(out, 'bench.cjs') }),
  build({ ...benchBundle, entryPoints: [path.join(root, 'bench/run/import-child.ts')], outfile: path.join(out, 'import-child.cjs') }),
  // The app reads a large sync file's body on this worker while the import applies it (import-runner.ts); so does the bench.
  build({ ...benchBundle, entryPoints: [path.join(root, 'electron/core/sync/parse-worker.ts')], outfile: path.join(out, 'parse-worker.cjs') }),
]);
// The UI figure drives the built app (bin/ltt.cjs + dist/renderer). The CLI bundle is rebuilt every time (a few
// seconds): one left from before a schema change refuses the bench's newer database. The renderer is built when missing.
{
  const targets = ['cli', ...(fs.existsSync(path.join(root, 'dist/renderer/index.html')) ? [] : ['renderer'])];
  const b = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs'), ...targets], { cwd: root, stdio: 'inherit' });
  if (b.status !== 0) process.exit(b.status ?? 1);
}
const r = spawnSync(
  process.execPath,
  ['--enable-source-maps', '--expose-gc', path.join(out, 'bench.cjs'), '--root', root, '--child', path.join(out, 'import-child.cjs'), ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit' },
);
process.exit(r.status ?? 1);
