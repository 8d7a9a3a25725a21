import fs from 'node:fs';
import path from 'node:path';
// @ts-expect-error: a plain .mjs build script (no types)
import { coreBundles } from '../../../scripts/build-targets.mjs';

const repo = path.resolve(__dirname, '../../..');

/**
 * The core's process bundle (and the import and parse workers beside it) built by the production build's own
 * options, into a folder of this test file's own: inside the repository, so the bundle finds node_modules as
 * dist/core does. Returns the core-process.cjs path and a cleanup.
 */
export async function buildCoreBundle(name: string): Promise<{ file: string; remove: () => void }> {
  const dir = path.join(repo, 'dist', 'test-workers', `${name}-${process.pid}`);
  fs.mkdirSync(dir, { recursive: true });
  await coreBundles(dir);
  return { file: path.join(dir, 'core-process.cjs'), remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** Polls until `check` holds (the core starts in a worker: a few hundred milliseconds, not a fixed delay). */
export async function until(check: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
