import Database from 'better-sqlite3';
import fs from 'node:fs';
import { AppError } from '../../../shared/contract/errors';
import { LATEST_SCHEMA_VERSION } from './migrations';

export interface BackupInfo {
  file: string;
  schemaVersion: number;
  installId: string | null;
  installName: string | null;
  changeCount: number;
}

const SQLITE_MAGIC = Buffer.from('SQLite format 3\u0000', 'latin1');
/** Tables every version of our schema has had since 001: a file without them is not ours. */
const REQUIRED_TABLES = ['install', 'settings', 'change_log', 'row_groups'];

function notOurs(file: string, why: string): AppError {
  return new AppError(
    'invalid_input',
    `Tệp "${file}" không phải là bản sao lưu của ứng dụng Lịch Tuyên Truyền (${why}). Hãy chọn đúng tệp .sqlite do ứng dụng tạo ra.`,
    { file },
  );
}

function readMagic(file: string): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(16);
    const n = fs.readSync(fd, buf, 0, 16, 0);
    return buf.subarray(0, n);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Check that `file` can be restored: it opens as SQLite, passes integrity_check, has our schema,
 * and was not written by a newer version of the app. Never modifies the file: it is opened
 * read-only (callers stage a copy first when the file may be in WAL mode without its -shm).
 */
export function validateBackupFile(file: string): BackupInfo {
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch {
    throw new AppError('not_found', `Không tìm thấy tệp "${file}".`, { file });
  }
  if (!st.isFile()) throw new AppError('invalid_input', `"${file}" không phải là một tệp.`, { file });
  if (st.size < 512) throw notOurs(file, 'tệp rỗng hoặc quá nhỏ');
  if (!readMagic(file).equals(SQLITE_MAGIC)) throw notOurs(file, 'không phải tệp SQLite');

  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw notOurs(file, `không mở được: ${(error as Error).message}`);
  }
  try {
    let version: number;
    try {
      version = Number(db.pragma('user_version', { simple: true }));
    } catch (error) {
      throw notOurs(file, `không đọc được: ${(error as Error).message}`);
    }
    if (version > LATEST_SCHEMA_VERSION) {
      throw new AppError(
        'db_newer_version',
        `Bản sao lưu "${file}" được tạo bởi một phiên bản mới hơn của ứng dụng (phiên bản dữ liệu ${version}, ứng dụng này hỗ trợ đến ${LATEST_SCHEMA_VERSION}). Hãy cập nhật ứng dụng trước khi khôi phục; dữ liệu hiện tại không bị thay đổi.`,
        { file, version, supported: LATEST_SCHEMA_VERSION },
      );
    }
    if (version < 1) throw notOurs(file, 'không có phiên bản dữ liệu');
    const tables = new Set((db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>).map((r) => r.name));
    const missing = REQUIRED_TABLES.filter((t) => !tables.has(t));
    if (missing.length > 0) throw notOurs(file, `thiếu bảng ${missing.join(', ')}`);
    const integrity = (db.pragma('integrity_check') as Array<{ integrity_check: string }>).map((r) => r.integrity_check).filter((s) => s !== 'ok');
    if (integrity.length > 0) {
      throw new AppError('db_corrupt', `Bản sao lưu "${file}" bị hỏng (${integrity[0]}). Hãy chọn một bản sao lưu khác.`, {
        file,
        problems: integrity.slice(0, 20),
      });
    }
    const install = db.prepare('SELECT install_id, install_name FROM install WHERE id = 1').get() as { install_id: string; install_name: string } | undefined;
    const changes = db.prepare('SELECT COUNT(*) AS n FROM change_log').get() as { n: number };
    return { file, schemaVersion: version, installId: install?.install_id ?? null, installName: install?.install_name ?? null, changeCount: changes.n };
  } catch (error) {
    if (error instanceof AppError) throw error;
    const code = (error as { code?: string }).code ?? '';
    if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB')
      throw new AppError('db_corrupt', `Bản sao lưu "${file}" bị hỏng. Hãy chọn một bản sao lưu khác.`, { file });
    throw notOurs(file, (error as Error).message);
  } finally {
    db.close();
  }
}
