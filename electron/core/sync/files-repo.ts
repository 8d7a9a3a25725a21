import type { Db } from '../db/open';

export type FileStatus = 'imported' | 'pending' | 'quarantined';

export interface SeenFile {
  fileHash: string;
  fileName: string;
  installId: string | null;
  status: FileStatus;
  reasonCode: string | null;
  reason: string | null;
  storedPath: string | null;
  changes: number;
  applied: number;
  at: string;
}

const SELECT = `SELECT file_hash AS fileHash, file_name AS fileName, install_id AS installId, status, reason_code AS reasonCode,
  reason, stored_path AS storedPath, changes, applied, at FROM sync_files`;

export function getFile(db: Db, fileHash: string): SeenFile | undefined {
  return db.prepare(`${SELECT} WHERE file_hash = ?`).get(fileHash) as SeenFile | undefined;
}

export function listFiles(db: Db, status: FileStatus): SeenFile[] {
  return db.prepare(`${SELECT} WHERE status = ? ORDER BY at DESC, file_name`).all(status) as SeenFile[];
}

export function recordFile(db: Db, f: SeenFile): void {
  db.prepare(
    `INSERT INTO sync_files (file_hash, file_name, install_id, status, reason_code, reason, stored_path, changes, applied, at)
     VALUES (@fileHash, @fileName, @installId, @status, @reasonCode, @reason, @storedPath, @changes, @applied, @at)
     ON CONFLICT (file_hash) DO UPDATE SET file_name = excluded.file_name, install_id = excluded.install_id, status = excluded.status,
       reason_code = excluded.reason_code, reason = excluded.reason, stored_path = excluded.stored_path,
       changes = excluded.changes, applied = excluded.applied, at = excluded.at`,
  ).run(f);
}
