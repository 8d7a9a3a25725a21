import Database from 'better-sqlite3';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { BackupList, BackupSummary, RestoreOutcome } from '../../../shared/contract/backup';
import { AppError } from '../../../shared/contract/errors';
import type { CoreContext } from '../context';
import { backupFromConnection, snapshotFile } from '../db/backup-file';
import { listBackups, type BackupEntry } from '../db/backup-list';
import { validateBackupFile } from '../db/backup-validate';
import { checkDatabase, type CheckResult } from '../db/check';
import { openDatabase, schemaVersionOf } from '../db/open';
import { autoBackupIfDue, type AutoBackupResult } from '../safety/auto-backup';
import { raiseSeqFloor } from '../db/backup-restore';
import { carryKeyState, readKeyState } from '../sync/key-rotations';
import { ioErrorInFolder } from '../safety/io-errors';
import { makePrivateDir } from '../safety/private-files';
import { rotationPolicyFromSettings, type RotationPolicy } from '../safety/rotation';
import * as settingsRepo from '../db/settings-repo';
import { maxSeqOf } from '../sync/status-repo';

function backupDirOf(ctx: Pick<CoreContext, 'dataDir'>): string {
  return path.join(ctx.dataDir, 'backups');
}

function policyOf(ctx: CoreContext): RotationPolicy {
  return rotationPolicyFromSettings(settingsRepo.withPrefix(ctx.db, 'backup.'));
}

function summary(e: BackupEntry): BackupSummary {
  return { name: e.name, kind: e.kind, createdAt: e.createdAt, size: e.size };
}

export function list(ctx: CoreContext): BackupList {
  return { dir: backupDirOf(ctx), backups: listBackups(backupDirOf(ctx), ctx.dbFile).map(summary), policy: policyOf(ctx) };
}

function entryFor(ctx: CoreContext, file: string): BackupSummary {
  const e = listBackups(path.dirname(file), ctx.dbFile).find((b) => b.file === file);
  if (!e) throw new AppError('internal', 'Bản sao lưu vừa tạo không tìm thấy trong thư mục sao lưu.');
  return summary(e);
}

export function createManual(ctx: CoreContext): BackupSummary {
  return entryFor(ctx, backupFromConnection(ctx.db, ctx.dbFile, backupDirOf(ctx), 'manual', ctx.now()));
}

/** On start: the day's automatic backup (at most one per calendar day) and rotation. Never throws. */
export function autoBackupOnStart(ctx: CoreContext): AutoBackupResult | { error: string } {
  try {
    return autoBackupIfDue({ db: ctx.db, dbFile: ctx.dbFile, backupDir: backupDirOf(ctx), now: ctx.now(), policy: policyOf(ctx) });
  } catch (error) {
    // A failed automatic backup must not stop the app from opening; the message is shown/logged by the caller.
    return { error: (error as Error).message };
  }
}

export function check(ctx: CoreContext): CheckResult {
  return checkDatabase(ctx.db);
}

/**
 * Restore a listed backup into the running app, without closing its connection: the backup is
 * validated, migrated to this version in a private copy, the current data is backed up, then
 * SQLite's online backup API copies the prepared file over the live database in one locked
 * operation (other connections see either the old or the new database, never a mix).
 * IMPORTANT: only a backup of this same install can be restored live — the running write path is
 * bound to this install's id and clock. A backup from another computer is restored with
 * `ltt restore` while the app is closed.
 */
export async function restoreLive(ctx: CoreContext, name: string): Promise<RestoreOutcome> {
  const dir = backupDirOf(ctx);
  const entry = listBackups(dir, ctx.dbFile).find((b) => b.name === name);
  if (!entry) throw new AppError('not_found', `Không có bản sao lưu "${name}" trong thư mục sao lưu. Hãy chọn lại trong danh sách.`, { field: 'name' });

  const staging = path.join(ctx.dataDir, `.restore-${crypto.randomUUID()}`);
  try {
    makePrivateDir(staging);
    const prepared = path.join(staging, 'prepared.sqlite');
    snapshotFile(entry.file, prepared);
    const info = validateBackupFile(prepared);
    if (info.installId !== null && info.installId !== ctx.installId) {
      throw new AppError(
        'conflict',
        `Bản sao lưu "${name}" thuộc một máy khác (mã máy ${info.installId}). Hãy đóng ứng dụng và khôi phục bằng lệnh "ltt restore" để tiếp tục dữ liệu của máy đó.`,
        { field: 'name' },
      );
    }
    // Bring an older backup up to this version in the private copy, before it goes live.
    openDatabase(prepared, { backupDir: path.join(staging, 'migration') }).close();

    const before = maxSeqOf(ctx.db, ctx.installId);
    const keys = readKeyState(ctx.db, ctx.installId);
    const previous = backupFromConnection(ctx.db, ctx.dbFile, dir, 'pre-restore', ctx.now());
    const source = new Database(prepared, { readonly: true, fileMustExist: true });
    try {
      await source.backup(ctx.dbFile);
    } finally {
      source.close();
    }
    // A backup from before a key rotation must not bring the replaced key back (key-rotations.ts).
    carryKeyState(ctx.db, keys);
    const after = maxSeqOf(ctx.db, ctx.installId);
    // IMPORTANT: no writer.resync() here: the running write path keeps numbering above what it has
    // handed out; the floor makes the next start (and resync after a rollback) do the same.
    if (before > after) raiseSeqFloor(ctx.db, before);
    return {
      restored: summary(entry),
      previousBackup: path.basename(previous),
      schemaVersion: schemaVersionOf(ctx.db),
      ownChangesDropped: Math.max(0, before - after),
    };
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw ioErrorInFolder(error, ctx.dbFile, 'restore') ?? error;
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}
