import path from 'node:path';
import { z } from 'zod';
import type { BrowserWindow, Dialog, FileFilter } from 'electron';

const extension = z.string().regex(/^[a-zA-Z0-9]{1,10}$/);
const filters = z
  .array(z.object({ name: z.string().min(1).max(100), extensions: z.array(extension).min(1).max(20) }).strict())
  .max(10)
  .optional();
const title = z.string().max(200).optional();

/**
 * What the renderer may ask for. A save dialog only takes a suggested *file name* (no folder),
 * so the renderer can never steer a write to a path of its choosing: the user picks the folder.
 */
export const dialogRequest = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('open'), title, filters }).strict(),
  /** A folder (the sync folder): the user picks it in the system's own dialog. */
  z.object({ kind: z.literal('folder'), title }).strict(),
  z
    .object({
      kind: z.literal('save'),
      title,
      filters,
      defaultName: z
        .string()
        .max(200)
        .refine((name) => !/[\\/:*?"<>|\0]/.test(name), { error: 'Tên tệp không hợp lệ.' })
        .optional(),
    })
    .strict(),
]);

export const SYNC_FILE_FILTERS: FileFilter[] = [{ name: 'Tệp đồng bộ Lịch Tuyên Truyền', extensions: ['lttsync'] }];
const ALL_FILES: FileFilter = { name: 'Tất cả các tệp', extensions: ['*'] };

/** Shows the dialog the (already trusted) renderer asked for; an invalid request shows nothing and returns null. */
export async function showFileDialog(
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>,
  window: BrowserWindow | null,
  request: unknown,
  documentsDir: string,
): Promise<string | null> {
  const parsed = dialogRequest.safeParse(request);
  if (!parsed.success) return null;
  const req = parsed.data;
  if (req.kind === 'folder') {
    const options = { title: req.title ?? 'Chọn thư mục', properties: ['openDirectory' as const, 'createDirectory' as const] };
    const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  }
  const fileFilters = [...(req.filters ?? []), ALL_FILES];
  if (req.kind === 'open') {
    const options = { title: req.title ?? 'Chọn tệp', filters: fileFilters, properties: ['openFile' as const] };
    const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  }
  const options = {
    title: req.title ?? 'Lưu tệp',
    filters: fileFilters,
    defaultPath: path.join(documentsDir, req.defaultName ?? ''),
    properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
  };
  const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}
