import fs from 'node:fs';
import path from 'node:path';
import { SYNC_FILE_EXTENSION } from '../../shared/contract/ipc-names';

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

/** Largest sync file handed to the renderer (its content travels as base64 like every other file, see SPINE.md). */
export const MAX_SYNC_FILE_BYTES = 30 * 1024 * 1024;

export type SyncFileRead = { ok: true; payload: { path: string; fileName: string; contentBase64: string } } | { ok: false; message: string };

/** Reads an accepted sync file for the import preview: the renderer cannot read local paths (sandbox), so main does. */
export function readSyncFile(file: string): SyncFileRead {
  try {
    const size = fs.statSync(file).size;
    if (size > MAX_SYNC_FILE_BYTES) {
      return { ok: false, message: `Tệp "${path.basename(file)}" quá lớn (${Math.round(size / 1048576)} MB; tối đa 30 MB) nên không mở được.` };
    }
    return { ok: true, payload: { path: file, fileName: path.basename(file), contentBase64: fs.readFileSync(file).toString('base64') } };
  } catch {
    return { ok: false, message: `Không đọc được tệp "${path.basename(file)}". Hãy kiểm tra tệp còn đó và bạn có quyền đọc.` };
  }
}
