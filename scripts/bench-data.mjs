// `npm run bench:data -- --years 10 --items 100000 [--seed N] [--out FILE]`: bundles bench/data/cli.ts
// (it imports the app's TypeScript core) into dist/bench/ and runs it in this process.
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const outfile = path.join(root, 'dist/bench/bench-data.cjs');
await build({
  entryPoints: [path.join(root, 'bench/data/cli.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  packages: 'external',
  external: ['electron'],
  logLevel: 'warning',
  sourcemap: true,
});
createRequire(import.meta.url)(outfile);
