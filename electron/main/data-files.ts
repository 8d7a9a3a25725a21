import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { BrowserWindow, Dialog, Shell } from 'electron';

/**
 * Files the app wrote into its data folder (exported reports, backups) are named by the renderer with a path
 * relative to that folder (the same path the browser host's /files?path= takes). On the desktop the user can
 * save a copy where they choose, open it in its program, or show it in the file manager.
 */
export const dataFileRequest = z
  .object({
    action: z.enum(['save', 'open', 'show']),
    path: z.string().min(1).max(1000),
  })
  .strict();

/** Only documents are opened in their program; anything else (an attached file could be a program) is only shown. */
const OPENABLE = new Set(['.docx', '.xlsx', '.pdf', '.csv', '.json', '.txt', '.png', '.jpg', '.jpeg', '.odt', '.ods']);

/** The file inside `dataDir` named by `relative`, or null when it would leave the folder or is not a file. */
export function resolveDataFile(dataDir: string, relative: string): string | null {
  if (relative.includes('\0') || path.isAbsolute(relative) || /^[a-zA-Z]:/.test(relative)) return null;
  const root = path.resolve(dataDir);
  const target = path.resolve(root, relative);
  if (!target.startsWith(root + path.sep)) return null;
  try {
    const real = fs.realpathSync(target);
    const realRoot = fs.realpathSync(root);
    if (!real.startsWith(realRoot + path.sep) || !fs.statSync(real).isFile()) return null;
    return real;
  } catch {
    return null;
  }
}

export interface DataFileDeps {
  dialog: Pick<Dialog, 'showSaveDialog'>;
  shell: Pick<Shell, 'openPath' | 'showItemInFolder'>;
  window: BrowserWindow | null;
  dataDir: string;
  documentsDir: string;
}

/** Carries out one validated request; returns the saved copy's path (save), true (open/show) or null when refused/cancelled. */
export async function handleDataFile(deps: DataFileDeps, request: unknown): Promise<string | boolean | null> {
  const parsed = dataFileRequest.safeParse(request);
  if (!parsed.success) return null;
  const file = resolveDataFile(deps.dataDir, parsed.data.path);
  if (!file) return null;
  const { action } = parsed.data;
  if (action === 'show' || (action === 'open' && !OPENABLE.has(path.extname(file).toLowerCase()))) {
    deps.shell.showItemInFolder(file);
    return true;
  }
  if (action === 'open') return (await deps.shell.openPath(file)) === '';
  const options = { title: 'Lưu bản sao', defaultPath: path.join(deps.documentsDir, path.basename(file)), properties: ['showOverwriteConfirmation' as const] };
  const result = deps.window ? await deps.dialog.showSaveDialog(deps.window, options) : await deps.dialog.showSaveDialog(options);
  if (result.canceled || !result.filePath) return null;
  fs.copyFileSync(file, result.filePath);
  return result.filePath;
}
