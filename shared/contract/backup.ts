import { z } from 'zod';
import { command, empty, query } from './define';

/** One backup in the app's backups folder. */
export interface BackupSummary {
  /** File name inside the backups folder: the only way the UI refers to a backup (never a path). */
  name: string;
  /** 'auto' | 'manual' | 'pre-restore' | 'pre-migration-vN' */
  kind: string;
  /** ISO UTC instant it was taken. */
  createdAt: string;
  size: number;
}

export interface BackupList {
  dir: string;
  backups: BackupSummary[];
  /** How many are kept (settings backup.keepDaily / keepWeekly / keepMonthly / keepSafety). */
  policy: { daily: number; weekly: number; monthly: number; safety: number };
}

export interface RestoreOutcome {
  restored: BackupSummary;
  /** The backup made of the data that was replaced, so a restore can itself be undone. */
  previousBackup: string;
  schemaVersion: number;
  /**
   * Changes made on this computer after the backup was taken, now gone from this database.
   * If they were already exported to sync files, importing those files again brings them back.
   */
  ownChangesDropped: number;
}

export interface CheckProblem {
  code: string;
  /** Vietnamese, names the table/row involved. */
  message: string;
  details?: Record<string, unknown>;
}

export interface CheckResult {
  ok: boolean;
  problems: CheckProblem[];
  /** Checks that could not run (e.g. on a read-only connection), in Vietnamese. */
  skipped: string[];
}

/**
 * A backup's file name as listed by `backup:list`: no folder, no leading dot, our extension.
 * IMPORTANT: the renderer never sends a path; the core resolves the name inside its own backups folder.
 */
const backupName = z
  .string({ error: 'Thiếu tên bản sao lưu.' })
  .min(1, { error: 'Thiếu tên bản sao lưu.' })
  .max(200, { error: 'Tên bản sao lưu quá dài.' })
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*\.sqlite$/, { error: 'Tên bản sao lưu không hợp lệ (chỉ chọn trong danh sách bản sao lưu).' })
  .refine((s) => !s.includes('..'), { error: 'Tên bản sao lưu không hợp lệ (chỉ chọn trong danh sách bản sao lưu).' });

export const backupContract = {
  'backup:list': query<BackupList>()(empty),
  /** Take a manual backup now, into the backups folder. */
  'backup:create': command<BackupSummary>()(empty),
  /** Replace the data with a listed backup (the current data is backed up first). */
  'backup:restore': command<RestoreOutcome>()(z.object({ name: backupName }).strict()),
  /** Integrity, foreign-key and change-log consistency checks (`ltt check`). */
  'backup:check': query<CheckResult>()(empty),
};
