import type { Db } from '../db/open';
import type { ChangeWriter } from './write-path';
import { parseStagedLine } from './staged-change';
import { readLinesSync } from './line-file';
import { SyncRejection } from './rejection';
import { refreshRows, rowOwner } from './row-refresh';
import { getInstall } from './trust-store';
import { CREATE_GROUP, isSharedTable } from './registry';
import { decodeHlc } from '../../../shared/domain/hlc';
import type { FileHeader } from '../../../shared/domain/sync/file-header';
import { stmt } from './statements';

export interface ApplyCounts {
  applied: number;
  duplicates: number;
  conflicts: number;
  lastChangeMs: number;
}

/**
 * Apply a verified file's changes. Call inside one transaction: any SyncRejection thrown here
 * (a fork, a change to another organisation's row) must roll the whole file back.
 */
export function applyChanges(
  db: Db,
  writer: ChangeWriter,
  header: FileHeader,
  staged: string,
  nowMs: number,
  onProgress?: (applied: number) => void,
): ApplyCounts {
  const counts: ApplyCounts = { applied: 0, duplicates: 0, conflicts: 0, lastChangeMs: 0 };
  writer.beginBatch();
  const existing = stmt(db, 'SELECT hash FROM change_log WHERE install_id = ? AND seq = ?');
  const touched = new Map<string, [string, string]>();
  // Owner of each row seen in this file: one lookup per row instead of one per change (a row's owner never changes).
  const owners = new Map<string, string | null>();
  const authorOrgs = new Map<string, string | null>();
  const authorOrg = (install: string): string | null => {
    if (install === header.install) return header.org;
    if (!authorOrgs.has(install)) authorOrgs.set(install, getInstall(db, install)?.orgId ?? null);
    return authorOrgs.get(install)!;
  };

  for (const line of readLinesSync(staged)) {
    const c = parseStagedLine(line);
    const rowKey = `${c.table}\u0000${c.rowId}`;
    const shared = isSharedTable(c.table);
    let stored = shared ? null : owners.get(rowKey);
    if (stored === undefined) owners.set(rowKey, (stored = rowOwner(db, c.table, c.rowId)));
    if (!writer.appendStaged(c, true)) {
      const had = existing.get(c.install, c.seq) as { hash: string };
      if (had.hash === c.hash) {
        counts.duplicates += 1;
        continue;
      }
      throw new SyncRejection(
        'fork',
        `Máy ${c.install} đã gửi hai nội dung khác nhau cho cùng thay đổi số ${c.seq}. Thường do hồ sơ ứng dụng bị sao chép nguyên sang máy khác, nên hai máy dùng chung một mã cài đặt. Hãy cài mới ứng dụng (tạo hồ sơ mới) trên một trong hai máy. Tệp không được nhập.`,
        { install: c.install, seq: c.seq },
      );
    }
    // A refusal after the insert is fine: it rolls back the whole transaction.
    const owner = shared ? c.org : (stored ?? (c.group === CREATE_GROUP ? c.org : null));
    if ((owner !== null && c.org !== owner) || c.org !== (authorOrg(c.install) ?? c.org)) {
      throw new SyncRejection(
        'foreign_row',
        `Tệp chứa thay đổi vào dữ liệu của đơn vị khác (bảng ${c.table}, dòng ${c.rowId}): mỗi đơn vị chỉ được sửa dữ liệu do mình tạo. Tệp không được nhập.`,
        { table: c.table, rowId: c.rowId },
      );
    }
    if (!shared && stored === null && c.group === CREATE_GROUP) owners.set(rowKey, c.org);
    writer.clockValue.receive(c.hlc, nowMs);
    touched.set(rowKey, [c.table, c.rowId]);
    counts.applied += 1;
    if (c.install === header.install) counts.lastChangeMs = Math.max(counts.lastChangeMs, decodeHlc(c.hlc).ms);
    onProgress?.(counts.applied);
  }
  counts.conflicts = refreshRows(db, touched.values(), new Date(nowMs).toISOString());
  writer.persistClock();
  return counts;
}
