import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { BrowserWindow, Dialog, Shell } from 'electron';
import { resolveServedFile } from '../core/security/served-files';

/**
 * Files the app wrote into its data folder (exported reports, evidence) are named by the renderer: a report by
 * its path relative to that folder, evidence by its hash (as the browser host's /files takes them). On the desktop the user can
 * save a copy where they choose, open it in its program, or show it in the file manager.
 */
const dataFileRequest = z
  .object({
    action: z.enum(['save', 'open', 'show']),
    /** An exported report, relative to the data folder (`exports/…`). */
    path: z.string().min(1).max(1000).optional(),
    /** Evidence, by its SHA-256 (a path on an item may have come by sync and is never used). */
    evidence: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .optional(),
  })
  .strict()
  .refine((r) => (r.path === undefined) !== (r.evidence === undefined));

/** Only documents are opened in their program; anything else (an attached file could be a program) is only shown. */
const OPENABLE = new Set(['.docx', '.xlsx', '.pdf', '.csv', '.json', '.txt', '.png', '.jpg', '.jpeg', '.odt', '.ods']);

/**
 * The file a request names, or null. The same allow-list as the browser host's /files: exports by real
 * path inside exports/, evidence by hash inside evidence/, regular files only (served-files.ts).
 */
export function resolveDataFile(dataDir: string, request: { path?: string; evidence?: string }): string | null {
  return request.evidence !== undefined ? resolveServedFile(dataDir, { evidence: request.evidence }) : resolveServedFile(dataDir, { path: request.path ?? '' });
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
  const file = resolveDataFile(deps.dataDir, parsed.data);
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
