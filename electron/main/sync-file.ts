import fs from 'node:fs';
import path from 'node:path';
import { SYNC_FILE_EXTENSION } from '../preload/ipc-names';

/**
 * A sync file handed to us by the OS (double-click / "Open with", a second launch, drag-and-drop) is only
 * accepted when it is an existing regular file with our extension. The path is only ever *read* (import preview).
 */
export function acceptSyncFilePath(value: unknown, cwd: string = process.cwd()): string | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > 4096 || value.includes('\0')) return null;
  if (!value.toLowerCase().endsWith(SYNC_FILE_EXTENSION)) return null;
  const resolved = path.resolve(cwd, value);
  try {
    return fs.statSync(resolved).isFile() ? resolved : null;
  } catch {
    return null;
  }
}

/** The first sync file among command-line arguments (switches such as `--foo` are skipped). */
export function findSyncFileInArgv(argv: readonly string[], cwd: string = process.cwd()): string | null {
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-')) continue;
    const accepted = acceptSyncFilePath(arg, cwd);
    if (accepted) return accepted;
  }
  return null;
}
