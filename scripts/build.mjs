// One build for every target: Electron main + preload (CommonJS), the CLI/browser host, and the renderer.
// `node scripts/build.mjs [main] [preload] [cli] [renderer]` builds a subset (default: all).
import { targets } from './build-targets.mjs';

const all = Object.keys(targets);
const wanted = process.argv.length > 2 ? process.argv.slice(2) : all;

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
