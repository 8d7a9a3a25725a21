import type Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/contract/errors';

/**
 * IMPORTANT: the one translation of disk trouble into a message, used by every write path: contract
 * calls (core dispatch: transactions, evidence, plan imports, sync imports in the worker), opening the
 * database, `ltt check`, backups, restores and exported reports. A new write path calls
 * `ioErrorInFolder` (or `ioErrorToAppError`) rather than inventing its own wording.
 */

/** What the app was doing when the disk said no; picks the wording of the message. */
export type IoOperation = 'write' | 'open' | 'backup' | 'restore' | 'export' | 'evidence' | 'check';

const WHAT: Record<IoOperation, string> = {
  write: 'Không lưu được thay đổi',
  open: 'Không mở được cơ sở dữ liệu',
  backup: 'Không tạo được bản sao lưu',
  restore: 'Không khôi phục được',
  export: 'Không ghi được tệp',
  evidence: 'Không lưu được tệp minh chứng',
  check: 'Không kiểm tra được cơ sở dữ liệu',
};

/** The file a Node error names (fs errors carry `path`), else the fallback. */
export function fileOf(error: unknown, fallback: string): string {
  const p = (error as { path?: unknown } | null)?.path;
  return typeof p === 'string' ? p : fallback;
}

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

/**
 * Turn a disk or lock failure (SQLite's SQLITE_FULL/BUSY/READONLY/IOERR…, Node's ENOSPC/EROFS/EACCES…)
 * into an AppError whose Vietnamese message says what happened and what to do. Returns null for
 * anything else, so callers rethrow what they do not understand.
 * IMPORTANT: every message also says that data already saved is safe, because that is true: a
 * failed write rolls its whole transaction back.
 */
export function ioErrorToAppError(error: unknown, file: string, op: IoOperation = 'write'): AppError | null {
  if (error instanceof AppError) return error;
  const code = codeOf(error);
  const what = WHAT[op];
  const details = { file, cause: code };
  // A file the user exports or attaches is not the database: its trouble is an I/O error, not "database unavailable".
  const unavailable = op === 'export' || op === 'evidence' ? 'io_error' : 'db_unavailable';
  if (
    code === 'SQLITE_FULL' ||
    code === 'ENOSPC' ||
    code === 'EDQUOT' ||
    (code === 'SQLITE_IOERR_WRITE' && /full|space/i.test(String((error as Error).message)))
  ) {
    return new AppError(
      'io_error',
      `${what}: ổ đĩa đã đầy ("${file}"). Hãy giải phóng dung lượng rồi thử lại; dữ liệu đã lưu trước đó vẫn nguyên vẹn, không bị mất.`,
      details,
    );
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED') || code === 'EBUSY') {
    return new AppError(
      'db_unavailable',
      `${what}: cơ sở dữ liệu "${file}" đang bị một chương trình khác khóa (có thể một cửa sổ ứng dụng khác hoặc lệnh "ltt" đang chạy). Hãy đóng chương trình đó rồi thử lại; dữ liệu không bị mất.`,
      details,
    );
  }
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS' || code === 'EACCES' || code === 'EPERM') {
    return new AppError(
      unavailable,
      `${what}: "${file}" chỉ cho đọc hoặc không có quyền ghi. Hãy kiểm tra quyền ghi hoặc ổ đĩa (USB bị khóa ghi?), hoặc chọn thư mục khác, rồi thử lại; dữ liệu đã lưu không bị mất.`,
      details,
    );
  }
  if (code.startsWith('SQLITE_CANTOPEN') || code === 'ENOENT' || code === 'ENOTDIR') {
    return new AppError(
      unavailable,
      `${what}: không truy cập được "${file}" (thư mục không tồn tại hoặc ổ đĩa đã bị rút ra). Hãy kiểm tra hoặc chọn thư mục khác rồi thử lại.`,
      details,
    );
  }
  if (code.startsWith('SQLITE_IOERR') || code === 'EIO') {
    return new AppError(
      'io_error',
      `${what}: lỗi đọc/ghi ổ đĩa ở "${file}". Hãy kiểm tra ổ đĩa (còn chỗ trống, chưa bị rút ra) rồi thử lại; thay đổi này chưa được lưu.`,
      details,
    );
  }
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') {
    return new AppError('db_corrupt', `Tệp "${file}" bị hỏng hoặc không phải cơ sở dữ liệu của ứng dụng. Hãy khôi phục từ một bản sao lưu.`, details);
  }
  return null;
}

/**
 * SQLite says only SQLITE_CANTOPEN when it cannot create a file; find out why by trying to write a
 * probe file in that folder ourselves (as root, access(2) would claim a read-only mount is writable).
 */
function diagnoseFolder(dir: string): string | null {
  const probe = path.join(dir, `.ltt-write-probe-${process.pid}`);
  try {
    // A few KB, not an empty file: an empty file needs no free block, so it succeeds on a full disk.
    fs.writeFileSync(probe, Buffer.alloc(16 * 1024));
    return null;
  } catch (error) {
    return codeOf(error) || null;
  } finally {
    try {
      fs.rmSync(probe, { force: true });
    } catch {
      // nothing to remove
    }
  }
}

/** Like ioErrorToAppError, but a vague "cannot open" is refined by probing the folder. */
export function ioErrorInFolder(error: unknown, file: string, op: IoOperation): AppError | null {
  const code = codeOf(error);
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_IOERR')) {
    const probed = diagnoseFolder(path.dirname(file));
    if (probed) return ioErrorToAppError(Object.assign(new Error(probed), { code: probed }), file, op);
  }
  return ioErrorToAppError(error, file, op);
}

/**
 * Run one user action as one transaction (`BEGIN IMMEDIATE`: it takes the write lock up front, so a
 * busy database fails before any work) and translate disk trouble into a clear AppError. This is what
 * the core's `ctx.transact` runs for every contract call. `onRollback` lets the caller take back
 * in-memory state handed out inside the failed transaction (ChangeWriter.resync: sequence numbers).
 */
export function guardedTransaction<T>(db: Database.Database, file: string, fn: () => T, onRollback?: () => void): T {
  try {
    return db.transaction(fn).immediate();
  } catch (error) {
    onRollback?.();
    throw ioErrorInFolder(error, fileOf(error, file), 'write') ?? error;
  }
}
