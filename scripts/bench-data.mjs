// `npm run bench:data -- --years 10 --items 100000 [--seed N] [--out FILE]`: bundles bench/data/cli.ts
// (it imports the app's TypeScript core) into dist/bench/ and runs it in this process.
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import path from 'node:path';
import { benchBundle } from './bench-bundle.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const outfile = path.join(root, 'dist/bench/bench-data.cjs');
await build({ ...benchBundle, entryPoints: [path.join(root, 'bench/data/cli.ts')], outfile });
createRequire(import.meta.url)(outfile);
