import fs from 'node:fs';
import path from 'node:path';

/**
 * Which better-sqlite3 binary the desktop app loads.
 * - Installed app: undefined — electron-builder rebuilt the module for Electron when packaging.
 * - Development (`npm start`): scripts/start.mjs builds an Electron-ABI copy in a separate folder and passes
 *   its path in LTT_NATIVE_BINDING, so node_modules keeps the Node build that `npm test` uses.
 * The main process resolves it and hands it to the core's own process in the `open` message (core-process.ts), so the
 * utility process loads the same binary the same way and never reads the variable itself.
 * IMPORTANT: an installed app ignores the variable, so nobody can make it load another native file.
 */
export function nativeBindingFor(env: NodeJS.ProcessEnv, isPackaged: boolean): string | undefined {
  if (isPackaged) return undefined;
  const file = env.LTT_NATIVE_BINDING;
  if (!file || path.extname(file) !== '.node' || !path.isAbsolute(file)) return undefined;
  return fs.existsSync(file) ? file : undefined;
}
