import Database from 'better-sqlite3';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../../shared/contract/errors';
import { LATEST_SCHEMA_VERSION } from './migrations';

const HEADER = Buffer.from('SQLite format 3\u0000', 'latin1');
/** user_version lives at byte offset 60 of the database header, big-endian (sqlite.org/fileformat.html). */
const USER_VERSION_OFFSET = 60;

function readHeaderVersion(file: string): number | null {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(100);
    const n = fs.readSync(fd, buf, 0, 100, 0);
    if (n < 100 || !buf.subarray(0, 16).equals(HEADER)) return null;
    return buf.readUInt32BE(USER_VERSION_OFFSET);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * The schema version of a database file, found without letting SQLite touch it.
 * IMPORTANT: even a read-only SQLite connection creates or rewrites the -wal and -shm files
 * (WAL recovery, read marks). To leave a newer app's files byte-identical we read the header
 * ourselves; when a non-empty -wal may hold a newer header (a crash of the other app), we look at a
 * private copy of db + wal in a temp folder instead. Returns null for a file that is not SQLite.
 */
export function peekSchemaVersion(file: string): number | null {
  const wal = `${file}-wal`;
  const walSize = fs.existsSync(wal) ? fs.statSync(wal).size : 0;
  if (walSize === 0) return readHeaderVersion(file);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `ltt-peek-${crypto.randomUUID().slice(0, 8)}-`));
  try {
    const copy = path.join(dir, 'peek.sqlite');
    fs.copyFileSync(file, copy);
    fs.copyFileSync(wal, `${copy}-wal`);
    const db = new Database(copy, { readonly: true, fileMustExist: true });
    try {
      return Number(db.pragma('user_version', { simple: true }));
    } finally {
      db.close();
    }
  } catch {
    return readHeaderVersion(file);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Throw `db_newer_version` for a database written by a newer app, before anything opens it. */
export function refuseNewerVersion(file: string): void {
  if (!fs.existsSync(file)) return;
  const version = peekSchemaVersion(file);
  if (version !== null && version > LATEST_SCHEMA_VERSION) {
    throw new AppError(
      'db_newer_version',
      `Cơ sở dữ liệu "${file}" được tạo bởi một phiên bản mới hơn của ứng dụng (phiên bản dữ liệu ${version}, ứng dụng này hỗ trợ đến ${LATEST_SCHEMA_VERSION}). Hãy cập nhật ứng dụng; tệp không bị thay đổi.`,
      { file, version, supported: LATEST_SCHEMA_VERSION },
    );
  }
}
