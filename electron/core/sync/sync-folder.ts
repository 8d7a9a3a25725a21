import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../db/open';
import type { ChangeWriter } from './write-path';
import { AppError } from '../../../shared/contract/errors';
import { SYNC_FILE_EXT, isConflictCopyName, isSyncFileName, isTransferName } from '../../../shared/domain/sync/file-header';
import { exportChanges, type ExportIdentity, type ExportResult } from './exporter';
import { importFiles, type FileResult, type ImportOptions, type ImportSummary } from './importer';
import type { RunImport } from './import-runner';
import { stmt } from './statements';

export interface FolderSyncResult {
  exported: ExportResult;
  imported: ImportSummary;
  /** Files from other installs present in the folder. */
  othersFiles: number;
  /** Files of the folder that were not imported, and why (a conflict copy, a file in transfer, not a regular file). */
  skipped: Array<{ file: string; note: string }>;
  message: string;
}

/** What a scan makes of one name in the folder: import it, leave it (with a note for the person), or ignore it quietly. */
function judge(folder: string, name: string, ownPrefix: string): { import: true } | { note: string } | null {
  if (!name.includes(SYNC_FILE_EXT)) return null;
  if (isConflictCopyName(name)) return { note: 'Bản sao xung đột do công cụ đồng bộ tệp tạo ra (hai máy ghi cùng lúc): bỏ qua, bản gốc vẫn được nhập.' };
  if (isTransferName(name) || !name.endsWith(SYNC_FILE_EXT))
    return { note: 'Tệp đang được chép vào thư mục (tên tạm của công cụ đồng bộ tệp): để lần đồng bộ sau.' };
  if (!isSyncFileName(name) || name.includes(ownPrefix)) return null;
  let st: fs.Stats;
  try {
    st = fs.lstatSync(path.join(folder, name));
  } catch {
    return null; // gone since the listing
  }
  // IMPORTANT: never open what is not a regular file: a FIFO would hang the run, a symlink could point anywhere.
  if (st.isSymbolicLink()) return { note: 'Là liên kết (symlink), không phải tệp: bỏ qua, không mở.' };
  if (!st.isFile()) return { note: 'Không phải tệp thường (thư mục, đường ống FIFO hay thiết bị): bỏ qua, không mở.' };
  return { import: true };
}

/** Files this folder scan judged before, unchanged since (same size and time): a run with nothing new opens nothing. */
function unchangedSinceLastRun(db: Db, folder: string, name: string): boolean {
  const st = fs.statSync(path.join(folder, name));
  const r = stmt(db, 'SELECT size, mtime_ms AS m FROM sync_folder_seen WHERE folder = ? AND name = ?').get(folder, name) as
    { size: number; m: number } | undefined;
  return r !== undefined && r.size === st.size && r.m === Math.trunc(st.mtimeMs);
}

function rememberJudged(db: Db, folder: string, results: readonly FileResult[]): void {
  const put = stmt(
    db,
    'INSERT INTO sync_folder_seen (folder, name, size, mtime_ms, outcome) VALUES (?, ?, ?, ?, ?) ON CONFLICT (folder, name) DO UPDATE SET size = excluded.size, mtime_ms = excluded.mtime_ms, outcome = excluded.outcome',
  );
  for (const r of results) {
    // Only final outcomes: a file waiting for a person, still being copied or met by an unexpected error is looked at again.
    if (r.status !== 'applied' && r.status !== 'duplicate' && !(r.status === 'rejected' && r.reasonCode !== 'internal')) continue;
    try {
      const st = fs.statSync(r.file);
      put.run(folder, path.basename(r.file), st.size, Math.trunc(st.mtimeMs), r.status);
    } catch {
      // gone meanwhile: judged again if it comes back
    }
  }
}

/**
 * "Đồng bộ ngay": write our new files into the shared folder and import every file from others we have not imported
 * yet, each on its own (a refused file is named and the rest go on). IMPORTANT: never deletes or changes anything in
 * the folder or the database because a file is missing: an empty or unmounted folder only produces a message.
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
    throw new AppError('io_error', `Không có quyền đọc và ghi thư mục đồng bộ "${folder}". Hãy kiểm tra quyền truy cập. Không có dữ liệu nào bị xóa.`, {
      file: folder,
    });
  }
  const exported = exportChanges(db, writer, identity, { outDir: folder, relay: 'none', now: opts.now });
  const ownPrefix = `_${writer.installId}_`;
  const others: string[] = [];
  const skipped: Array<{ file: string; note: string }> = [];
  let unchanged = 0;
  for (const name of fs.readdirSync(folder).sort()) {
    const verdict = judge(folder, name, ownPrefix);
    if (verdict === null) continue;
    if ('note' in verdict) skipped.push({ file: path.join(folder, name), note: verdict.note });
    else if (unchangedSinceLastRun(db, folder, name)) unchanged += 1;
    else others.push(path.join(folder, name));
  }
  const imported = await run(others, { ...opts, skipImported: true });
  rememberJudged(db, folder, imported.files);
  for (const r of imported.files) if (r.status === 'skipped') skipped.push({ file: r.file, note: r.reason ?? 'Để lần đồng bộ sau.' });
  const total = others.length + unchanged;
  const message =
    total === 0 && skipped.length === 0
      ? 'Thư mục đồng bộ chưa có tệp nào từ máy khác. Không có dữ liệu nào bị xóa.'
      : `Đã ghi ${exported.files.length} tệp, nhận ${imported.applied} thay đổi mới` +
        (imported.conflicts ? `, ${imported.conflicts} xung đột mới (xem mục Xung đột)` : '') +
        (imported.rejected.length ? `, ${imported.rejected.length} tệp bị từ chối (xem mục Cách ly)` : '') +
        (imported.pending.length ? `, ${imported.pending.length} tệp chờ chấp nhận đơn vị gửi` : '') +
        (skipped.length ? `, ${skipped.length} tệp bỏ qua` : '') +
        '.';
  return { exported, imported, othersFiles: total, skipped, message };
}
