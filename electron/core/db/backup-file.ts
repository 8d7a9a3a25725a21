import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/contract/errors';
import { ioErrorInFolder, ioErrorToAppError } from '../safety/io-errors';
import { createPrivateFile, makePrivateDir } from '../safety/private-files';

/** `2026-11-26T02:31:32.123Z` → `2026-11-26T02-31-32-123Z`: no ':' (not allowed in Windows file names). */
function stamp(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-');
}

export function backupFileName(dbFile: string, kind: string, now: Date): string {
  return `${path.basename(dbFile, path.extname(dbFile))}-${kind}-${stamp(now)}.sqlite`;
}

/** A name that is free in `dir`: a second backup in the same millisecond gets `-1`, `-2`, … */
function freeName(dir: string, name: string): string {
  if (!fs.existsSync(path.join(dir, name))) return name;
  const base = name.replace(/\.sqlite$/, '');
  for (let i = 1; ; i += 1) {
    const candidate = `${base}-${i}.sqlite`;
    if (!fs.existsSync(path.join(dir, candidate))) return candidate;
  }
}

/** `PRAGMA integrity_check` of a closed file; returns the problems it lists (empty = ok). */
export function integrityProblems(file: string): string[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const rows = db.pragma('integrity_check') as Array<{ integrity_check: string }>;
    return rows.map((r) => r.integrity_check).filter((s) => s !== 'ok');
  } finally {
    db.close();
  }
}

function removeQuietly(file: string): void {
  try {
    fs.rmSync(file, { force: true });
  } catch {
    // best effort: a leftover temp file is named with a leading dot and never listed as a backup
  }
}

/**
 * IMPORTANT: write `VACUUM INTO` a temporary name beside the target, check the copy with
 * `integrity_check`, then rename. A backup that exists under its final name is therefore complete
 * and checked; a crash or a full disk leaves at most a dot-file that is never listed.
 * VACUUM INTO reads one consistent snapshot (including WAL frames not yet checkpointed) while
 * other connections keep working, and produces a compact, self-contained file without -wal/-shm.
 */
function vacuumInto(source: Database.Database, target: string, sourceFile: string): void {
  const dir = path.dirname(target);
  const temp = path.join(dir, `.${path.basename(target)}.tmp`);
  removeQuietly(temp);
  try {
    // IMPORTANT: a backup holds the private key like the database does: created owner-only, then filled.
    createPrivateFile(temp);
    source.prepare('VACUUM INTO ?').run(temp);
    const problems = integrityProblems(temp);
    if (problems.length > 0) {
      throw new AppError(
        'db_corrupt',
        `Bản sao lưu vừa tạo không qua được kiểm tra toàn vẹn (${problems[0]}). Cơ sở dữ liệu gốc có thể bị lỗi; hãy chạy "ltt check".`,
        {
          file: sourceFile,
          problems: problems.slice(0, 20),
        },
      );
    }
    fs.renameSync(temp, target);
  } catch (error) {
    removeQuietly(temp);
    if (error instanceof AppError) throw error;
    throw ioErrorInFolder(error, target, 'backup') ?? error;
  }
}

function ensureDir(dir: string): void {
  try {
    makePrivateDir(dir);
  } catch (error) {
    throw ioErrorToAppError(error, dir, 'backup') ?? error;
  }
}

/** Back up a database file that is not open in this process (used before migrations). Returns the backup path. */
export function backupDatabaseFile(file: string, dir: string, label: string, now: Date): string {
  ensureDir(dir);
  const target = path.join(dir, freeName(dir, backupFileName(file, label, now)));
  const source = new Database(file, { readonly: true, fileMustExist: true });
  try {
    vacuumInto(source, target, file);
  } finally {
    source.close();
  }
  return target;
}

/** A checked, standalone copy of a closed database file at `target` (used to stage a restore). */
export function snapshotFile(sourceFile: string, target: string): string {
  ensureDir(path.dirname(target));
  const source = new Database(sourceFile, { readonly: true, fileMustExist: true });
  try {
    vacuumInto(source, target, sourceFile);
  } finally {
    source.close();
  }
  return target;
}

/** Back up through an open connection (the app's own), without closing it. Returns the backup path. */
export function backupFromConnection(db: Database.Database, dbFile: string, dir: string, kind: string, now: Date): string {
  ensureDir(dir);
  const target = path.join(dir, freeName(dir, backupFileName(dbFile, kind, now)));
  vacuumInto(db, target, dbFile);
  return target;
}

/** Copy to a path the user chose (`ltt backup --out FILE`): same checks, refuses to overwrite silently. */
export function backupToFile(db: Database.Database, dbFile: string, out: string, overwrite = false): string {
  const target = path.resolve(out);
  if (target === path.resolve(dbFile)) {
    throw new AppError('invalid_input', 'Không thể sao lưu đè lên chính cơ sở dữ liệu đang dùng. Hãy chọn tệp khác.', { file: out });
  }
  if (fs.existsSync(target)) {
    if (!overwrite) throw new AppError('invalid_input', `Tệp "${out}" đã tồn tại. Hãy chọn tên khác (không ghi đè để tránh mất dữ liệu).`, { file: out });
    if (fs.statSync(target).isDirectory()) throw new AppError('invalid_input', `"${out}" là một thư mục, không phải tệp.`, { file: out });
  }
  ensureDir(path.dirname(target));
  vacuumInto(db, target, dbFile);
  return target;
}
