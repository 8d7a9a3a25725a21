import Database from 'better-sqlite3';
import { carryKeyState, readKeyState, type KeyState } from '../sync/key-rotations';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/contract/errors';
import { ioErrorToAppError } from '../safety/io-errors';
import { makePrivateDir, restrictToOwner } from '../safety/private-files';
import { backupDatabaseFile, backupFileName, snapshotFile } from './backup-file';
import { defaultBackupDir } from './backup-list';
import { validateBackupFile, type BackupInfo } from './backup-validate';

export interface RestoreOptions {
  dbFile: string;
  /** The backup to restore (any path; it is copied, never modified). */
  source: string;
  backupDir?: string;
  now: Date;
}

export interface RestoreResult {
  restored: BackupInfo;
  /** Where the database that was replaced went (null when there was none). */
  previousBackup: string | null;
}

function rmQuiet(p: string): void {
  try {
    fs.rmSync(p, { recursive: true, force: true });
  } catch {
    // best effort cleanup of our own temp files
  }
}

/** Stage a private copy (with its -wal if any) so validation never touches the user's file. */
function stage(source: string, dir: string): string {
  const staged = path.join(dir, 'candidate.sqlite');
  fs.copyFileSync(source, staged);
  restrictToOwner(staged);
  if (fs.existsSync(`${source}-wal`)) {
    fs.copyFileSync(`${source}-wal`, `${staged}-wal`);
    restrictToOwner(`${staged}-wal`);
  }
  return staged;
}

/**
 * Keep the database being replaced. A healthy one gets a checked VACUUM copy; a damaged one (the
 * usual reason to restore) is copied byte for byte with its -wal, since VACUUM would refuse it.
 */
function keepCurrent(dbFile: string, backupDir: string, now: Date): string {
  try {
    return backupDatabaseFile(dbFile, backupDir, 'pre-restore', now);
  } catch (error) {
    const code = error instanceof AppError ? error.code : ((error as { code?: string }).code ?? '');
    if (code !== 'db_corrupt' && code !== 'SQLITE_CORRUPT' && code !== 'SQLITE_NOTADB') throw error;
    makePrivateDir(backupDir);
    const target = path.join(backupDir, backupFileName(dbFile, 'pre-restore', now).replace(/\.sqlite$/, '-damaged.raw'));
    fs.copyFileSync(dbFile, target);
    restrictToOwner(target);
    if (fs.existsSync(`${dbFile}-wal`)) {
      fs.copyFileSync(`${dbFile}-wal`, `${target}-wal`);
      restrictToOwner(`${target}-wal`);
    }
    return target;
  }
}

/**
 * IMPORTANT: fold the current WAL into the main file and make sure nobody else has the database
 * open. Leaving a -wal beside a file we are about to replace would let SQLite replay the old
 * database's frames onto the new one. Switching journal_mode away from WAL needs exclusive access,
 * so it doubles as the "is another program using it?" check.
 */
function quiesce(dbFile: string): void {
  let db: Database.Database | null = null;
  try {
    db = new Database(dbFile, { fileMustExist: true });
    db.pragma('busy_timeout = 2000');
    const mode = String(db.pragma('journal_mode = DELETE', { simple: true }));
    if (mode.toLowerCase() !== 'delete') throw Object.assign(new Error('still in WAL mode'), { code: 'SQLITE_BUSY' });
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') return; // damaged: replaced wholesale, its WAL removed below
    throw new AppError(
      'db_unavailable',
      `Không khôi phục được: cơ sở dữ liệu "${dbFile}" đang được mở bởi một chương trình khác (cửa sổ ứng dụng hoặc lệnh "ltt"). Hãy đóng chương trình đó rồi thử lại; chưa có gì bị thay đổi.`,
      { file: dbFile },
    );
  } finally {
    db?.close();
  }
}

/**
 * IMPORTANT: sequence numbers this install already handed out may sit in exported sync files.
 * After going back to an older backup they must never be reused for different changes (other
 * installs would see a fork and refuse us), so the highest one is remembered as `sync.seqFloor`
 * (a local setting; the write path numbers new changes above it).
 */
export function raiseSeqFloor(db: Database.Database, floor: number): void {
  const row = db.prepare("SELECT value FROM settings WHERE key = 'sync.seqFloor'").get() as { value: string } | undefined;
  const current = Number(row?.value ?? 0) || 0;
  if (floor <= current) return;
  db.prepare("INSERT INTO settings (key, value) VALUES ('sync.seqFloor', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(String(floor));
}

/** The current database's own highest sequence number (and floor), if it can be read; 0 otherwise. */
function issuedSeq(dbFile: string, installId: string | null): number {
  if (!installId || !fs.existsSync(dbFile)) return 0;
  let db: Database.Database | null = null;
  try {
    db = new Database(dbFile, { readonly: true, fileMustExist: true });
    const max = (db.prepare('SELECT COALESCE(MAX(seq), 0) AS s FROM change_log WHERE install_id = ?').get(installId) as { s: number }).s;
    const floor = Number((db.prepare("SELECT value FROM settings WHERE key = 'sync.seqFloor'").get() as { value: string } | undefined)?.value ?? 0) || 0;
    return Math.max(max, floor);
  } catch {
    return 0; // a damaged database: nothing readable to carry over
  } finally {
    db?.close();
  }
}

/**
 * The current key and its rotations into the restored copy (key-rotations.ts `carryKeyState`), when both databases
 * know rotations; a backup from before migration 016 gets them only by restoring it with the app running.
 */
function carryKeys(dbFile: string, ready: string, installId: string | null): void {
  if (!installId || !fs.existsSync(dbFile)) return;
  const hasTable = (db: Database.Database) =>
    db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sync_key_rotations'").get() !== undefined;
  let state: KeyState | null = null;
  let current: Database.Database | null = null;
  try {
    current = new Database(dbFile, { readonly: true, fileMustExist: true });
    const sameInstall = (current.prepare('SELECT install_id AS id FROM install WHERE id = 1').get() as { id: string } | undefined)?.id === installId;
    if (sameInstall && hasTable(current)) state = readKeyState(current, installId);
  } catch {
    return; // a damaged database: nothing readable to carry over
  } finally {
    current?.close();
  }
  if (!state) return;
  const r = new Database(ready);
  try {
    if (hasTable(r)) carryKeyState(r, state);
  } finally {
    r.close();
  }
}

/**
 * Replace the database with a backup. Order matters, each step leaves a usable state if we crash:
 * validate a staged copy → make a checked standalone copy beside the database → keep the current
 * database as a backup → quiesce it → rename the copy over it (atomic) → drop leftover -wal/-shm.
 * The caller must have closed its own connection. A backup from an older schema is migrated by the
 * next `openDatabase` (which takes its own pre-migration backup first).
 */
export function restoreDatabase(options: RestoreOptions): RestoreResult {
  const dbFile = path.resolve(options.dbFile);
  const source = path.resolve(options.source);
  const backupDir = options.backupDir ?? defaultBackupDir(dbFile);
  if (source === dbFile)
    throw new AppError('invalid_input', 'Không thể khôi phục từ chính cơ sở dữ liệu đang dùng. Hãy chọn một bản sao lưu.', { file: options.source });
  if (!fs.existsSync(source)) throw new AppError('not_found', `Không tìm thấy tệp "${options.source}".`, { file: options.source });
  if (!fs.statSync(source).isFile())
    throw new AppError('invalid_input', `"${options.source}" không phải là một tệp sao lưu (đó là một thư mục hoặc thiết bị). Hãy chọn tệp .sqlite.`, {
      file: options.source,
    });

  const dir = path.dirname(dbFile);
  const stagingDir = path.join(dir, `.restore-${crypto.randomUUID()}`);
  const ready = path.join(dir, `.${path.basename(dbFile)}.restore.tmp`);
  try {
    makePrivateDir(stagingDir);
    const staged = stage(source, stagingDir);
    const info = validateBackupFile(staged);
    rmQuiet(ready);
    snapshotFile(staged, ready);
    const issued = issuedSeq(dbFile, info.installId);
    if (issued > 0) {
      const r = new Database(ready);
      try {
        raiseSeqFloor(r, issued);
      } finally {
        r.close();
      }
    }
    carryKeys(dbFile, ready, info.installId);
    let previousBackup: string | null = null;
    if (fs.existsSync(dbFile)) {
      quiesce(dbFile);
      previousBackup = keepCurrent(dbFile, backupDir, options.now);
    }
    fs.renameSync(ready, dbFile);
    for (const suffix of ['-wal', '-shm', '-journal']) rmQuiet(`${dbFile}${suffix}`);
    return { restored: { ...info, file: options.source }, previousBackup };
  } catch (error) {
    rmQuiet(ready);
    if (error instanceof AppError) {
      // Name the user's file, not our staged copy.
      if (error.details?.file && String(error.details.file).startsWith(stagingDir)) {
        throw new AppError(error.code, error.message.split(String(error.details.file)).join(options.source), { ...error.details, file: options.source });
      }
      throw error;
    }
    const known = ioErrorToAppError(error, dbFile, 'restore');
    if (known) throw known;
    // Any other file-system refusal still gets a message that names the file, never a stack trace.
    if ((error as { code?: unknown }).code)
      throw new AppError('io_error', `Không khôi phục được từ "${options.source}": ${(error as Error).message}`, { file: options.source });
    throw error;
  } finally {
    rmQuiet(stagingDir);
  }
}
