import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../db/open';
import type { ChangeWriter } from './write-path';
import { AppError } from '../../../shared/contract/errors';
import { isSyncFileName } from '../../../shared/domain/sync/file-header';
import { exportChanges, type ExportIdentity, type ExportResult } from './exporter';
import { importFiles, type ImportOptions, type ImportSummary } from './importer';
import type { RunImport } from './import-runner';

export interface FolderSyncResult {
  exported: ExportResult;
  imported: ImportSummary;
  /** Files from other installs present in the folder. */
  othersFiles: number;
  message: string;
}

/**
 * "Đồng bộ ngay": write our new files into the shared folder and import every file from others we
 * have not imported yet. IMPORTANT: never deletes or changes anything in the folder or the database
 * because a file is missing: an empty or unmounted folder only produces a message.
 */
export async function syncFolder(
  db: Db,
  writer: ChangeWriter,
  identity: ExportIdentity,
  folder: string,
  opts: ImportOptions,
  run: RunImport = (files, o) => importFiles(db, writer, files, o),
): Promise<FolderSyncResult> {
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(folder);
  } catch {
    stat = undefined;
  }
  if (!stat?.isDirectory()) {
    throw new AppError(
      'io_error',
      `Không tìm thấy thư mục đồng bộ "${folder}". Hãy cắm lại USB hoặc kết nối lại thư mục mạng rồi bấm "Đồng bộ ngay". Không có dữ liệu nào bị xóa.`,
      { file: folder },
    );
  }
  try {
    fs.accessSync(folder, fs.constants.R_OK | fs.constants.W_OK);
  } catch {
    throw new AppError('io_error', `Không có quyền đọc và ghi thư mục đồng bộ "${folder}". Hãy kiểm tra quyền truy cập. Không có dữ liệu nào bị xóa.`, { file: folder });
  }
  const exported = exportChanges(db, writer, identity, { outDir: folder, now: opts.now });
  const ownPrefix = `_${writer.installId}_`;
  const others = fs
    .readdirSync(folder)
    .filter((n) => isSyncFileName(n) && !n.includes(ownPrefix))
    .sort()
    .map((n) => path.join(folder, n));
  const imported = await run(others, { ...opts, skipImported: true });
  const message =
    others.length === 0
      ? 'Thư mục đồng bộ chưa có tệp nào từ máy khác. Không có dữ liệu nào bị xóa.'
      : `Đã ghi ${exported.files.length} tệp, nhận ${imported.applied} thay đổi mới` +
        (imported.conflicts ? `, ${imported.conflicts} xung đột mới (xem mục Xung đột)` : '') +
        (imported.rejected.length ? `, ${imported.rejected.length} tệp bị từ chối (xem mục Cách ly)` : '') +
        (imported.pending.length ? `, ${imported.pending.length} tệp chờ chấp nhận máy gửi` : '') +
        '.';
  return { exported, imported, othersFiles: others.length, message };
}
