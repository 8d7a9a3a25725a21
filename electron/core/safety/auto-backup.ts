import type Database from 'better-sqlite3';
import fs from 'node:fs';
import { backupFromConnection } from '../db/backup-file';
import { listBackups, type BackupEntry } from '../db/backup-list';
import { DEFAULT_ROTATION, localDate, selectBackupsToKeep, type RotationPolicy } from './rotation';

export interface AutoBackupOptions {
  db: Database.Database;
  dbFile: string;
  backupDir: string;
  now: Date;
  policy?: RotationPolicy;
  /** Calendar day of an instant; defaults to this computer's local date. */
  dayOf?: (d: Date) => string;
}

export interface AutoBackupResult {
  /** The backup taken now, or null when today's already exists. */
  created: string | null;
  removed: string[];
}

/**
 * Delete the backups the policy no longer keeps. Only files that parse as our backups of this
 * database are ever considered, so nothing a person put in the folder is touched.
 */
export function applyRotation(backupDir: string, dbFile: string, now: Date, policy: RotationPolicy = DEFAULT_ROTATION, dayOf?: (d: Date) => string): string[] {
  const entries = listBackups(backupDir, dbFile).map((e) => ({ ...e, createdAt: new Date(e.createdAt), entry: e }));
  const { remove } = selectBackupsToKeep(entries, now, policy, dayOf);
  const removed: string[] = [];
  for (const b of remove) {
    try {
      fs.rmSync(b.file);
      removed.push(b.name);
    } catch {
      // a backup we cannot delete is merely kept; never fail the start-up for it
    }
  }
  return removed;
}

/** Whether an automatic backup was already taken on `now`'s calendar day. */
function hasAutoBackupOn(entries: readonly BackupEntry[], now: Date, dayOf: (d: Date) => string = localDate): boolean {
  const today = dayOf(now);
  return entries.some((e) => e.kind === 'auto' && dayOf(new Date(e.createdAt)) === today);
}

/**
 * On start: at most one automatic backup per calendar day, then rotation. Rotation runs only
 * after a successful backup, so a failing disk never costs us old copies.
 */
export function autoBackupIfDue(options: AutoBackupOptions): AutoBackupResult {
  const dayOf = options.dayOf ?? localDate;
  if (hasAutoBackupOn(listBackups(options.backupDir, options.dbFile), options.now, dayOf)) return { created: null, removed: [] };
  const created = backupFromConnection(options.db, options.dbFile, options.backupDir, 'auto', options.now);
  const removed = applyRotation(options.backupDir, options.dbFile, options.now, options.policy, dayOf);
  return { created, removed };
}
