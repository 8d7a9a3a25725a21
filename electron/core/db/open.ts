import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/contract/errors';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations';
import { backupDatabaseFile } from './backup-file';
import { refuseNewerVersion } from './check-version';
import { applyParkedChanges } from './parked-changes';
import { ioErrorInFolder } from '../safety/io-errors';
import { createPrivateFile, PRIVATE_DIR_MODE, restrictDatabaseFiles } from '../safety/private-files';

export type Db = Database.Database;

export interface OpenOptions {
  /** Open without migrating (used to inspect a file, e.g. before a restore). */
  readonly?: boolean;
  /** Where pre-migration backups go; defaults to `<db folder>/backups`. */
  backupDir?: string;
  /** Injected clock for backup file names. */
  now?: () => Date;
  /** Path to an alternative native binding (the Electron build of better-sqlite3). */
  nativeBinding?: string;
}

function applyPragmas(db: Db, readonly: boolean): void {
  // IMPORTANT: set every pragma we rely on explicitly; the compiled-in defaults differ between builds.
  if (!readonly) db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // The default 2 MB page cache makes re-deriving rows during a large sync import read the same log pages again and again.
  db.pragma('cache_size = -32000');
}

export function schemaVersionOf(db: Db): number {
  return Number(db.pragma('user_version', { simple: true }));
}

/** Opening failures in the shared wording (safety/io-errors.ts); a damaged file is `db_corrupt`. */
function describeOpenError(file: string, error: unknown): AppError {
  if (error instanceof AppError) return error;
  return ioErrorInFolder(error, file, 'open') ?? new AppError('db_unavailable', `Không mở được cơ sở dữ liệu "${file}": ${(error as Error).message}`, { file });
}

/**
 * Open (and create or migrate) the app database.
 * - refuses, without touching the file, a database written by a newer version of the app;
 * - runs a quick integrity check on every open (the schema and the small identity tables; the full
 *   `quick_check` reads every page, so it runs with the daily backup and `ltt check` instead — opening stays O(1));
 * - takes a backup before migrating an existing database, then applies each pending migration in its own transaction.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const readonly = options.readonly ?? false;
  const exists = fs.existsSync(file);
  // IMPORTANT: decided before SQLite opens the file: even a read-only connection rewrites -wal/-shm.
  if (exists) {
    try {
      refuseNewerVersion(file);
    } catch (error) {
      throw error instanceof AppError ? error : describeOpenError(file, error);
    }
  }
  if (!exists && readonly) {
    throw new AppError('db_unavailable', `Không tìm thấy tệp cơ sở dữ liệu "${file}".`, { file });
  }
  if (!exists) {
    try {
      makeParentDirs(path.dirname(path.resolve(file)));
      // Owner-only from the first byte: SQLite gives -wal/-shm the database file's mode.
      createPrivateFile(file);
    } catch (error) {
      if ((error as { code?: string }).code === 'EEXIST') return openDatabase(file, options);
      throw describeOpenError(file, error);
    }
  }

  let db: Db;
  try {
    // Open read-only first when the file exists, so a newer-version or corrupt file is never modified (no WAL switch, no -wal file).
    db = new Database(file, { readonly: exists || readonly, fileMustExist: exists, nativeBinding: options.nativeBinding });
  } catch (error) {
    throw describeOpenError(file, error);
  }

  try {
    const version = exists ? schemaVersionOf(db) : 0;
    if (version > LATEST_SCHEMA_VERSION) {
      throw new AppError(
        'db_newer_version',
        `Cơ sở dữ liệu "${file}" được tạo bởi một phiên bản mới hơn của ứng dụng (phiên bản dữ liệu ${version}, ứng dụng này hỗ trợ đến ${LATEST_SCHEMA_VERSION}). Hãy cập nhật ứng dụng; tệp không bị thay đổi.`,
        { file, version, supported: LATEST_SCHEMA_VERSION },
      );
    }
    if (exists) {
      const check = OPEN_CHECK_TABLES.map((t) => (hasTable(db, t) ? db.pragma(`quick_check(${t})`, { simple: true }) : 'ok')).find((r) => r !== 'ok') ?? 'ok';
      if (check !== 'ok') {
        throw new AppError('db_corrupt', `Cơ sở dữ liệu "${file}" bị lỗi (${String(check)}). Hãy khôi phục từ một bản sao lưu.`, { file });
      }
    }
    if (readonly) {
      applyPragmas(db, true);
      return db;
    }
    if (exists) {
      db.close();
      // Files made by versions before 0.2 (or copied in) were 0644: tighten them before writing more into them.
      restrictDatabaseFiles(file);
      if (version < LATEST_SCHEMA_VERSION && version > 0) {
        backupDatabaseFile(
          file,
          options.backupDir ?? path.join(path.dirname(path.resolve(file)), 'backups'),
          `pre-migration-v${version}`,
          options.now?.() ?? new Date(),
        );
      }
      db = new Database(file, { nativeBinding: options.nativeBinding });
    }
    applyPragmas(db, false);
    restrictDatabaseFiles(file);
    migrate(db, options.now?.() ?? new Date());
    return db;
  } catch (error) {
    if (db.open) db.close();
    if (error instanceof AppError) throw error;
    throw describeOpenError(file, error);
  }
}

/**
 * mkdir -p, one level at a time: Node's recursive mkdir can spin forever under pseudo file
 * systems such as /proc, and a plain error is what the user needs.
 */
function makeParentDirs(dir: string): void {
  const missing: string[] = [];
  let current = dir;
  while (!fs.existsSync(current)) {
    missing.unshift(current);
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const d of missing) fs.mkdirSync(d, { mode: PRIVATE_DIR_MODE });
}

/** Small tables whose damage would stop the app at once; checked on every open. */
const OPEN_CHECK_TABLES = ['sqlite_schema', 'install', 'settings', 'users'];

function hasTable(db: Db, name: string): boolean {
  return name === 'sqlite_schema' || db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?").get(name) !== undefined;
}

function migrate(db: Db, now: Date): void {
  const from = schemaVersionOf(db);
  let version = from;
  while (version < LATEST_SCHEMA_VERSION) {
    const sql = MIGRATIONS[version]!;
    const next = version + 1;
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${next}`);
      // An upgrade (not a new database): changes the older version parked for fields this one knows apply now, in
      // the last step's transaction, once every table has its final shape.
      if (next === LATEST_SCHEMA_VERSION && from > 0) applyParkedChanges(db, from, now.toISOString());
    })();
    version = next;
  }
}
