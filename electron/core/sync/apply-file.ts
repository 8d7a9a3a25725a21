import fs from 'node:fs';
import type { Db } from '../db/open';
import { changeHash, type Change, type ChangeWriter } from './write-path';
import { SyncRejection } from './rejection';
import { refreshRow, rowOwner } from './row-refresh';
import { getInstall } from './trust-store';
import { CREATE_GROUP, isSharedTable } from './registry';
import { decodeHlc } from '../../../shared/domain/hlc';
import type { FileHeader } from '../../../shared/domain/sync/file-header';
import type { WireChange } from '../../../shared/domain/sync/change';
import { stmt } from './statements';

export interface ApplyCounts {
  applied: number;
  duplicates: number;
  conflicts: number;
  lastChangeMs: number;
}

/** Lines of a (validated) NDJSON file, read synchronously in chunks so the apply step can run inside one transaction. */
export function* readLinesSync(file: string): Generator<string> {
  const fd = fs.openSync(file, 'r');
  const buf = Buffer.alloc(1024 * 1024);
  let rest = Buffer.alloc(0);
  try {
    for (;;) {
      const n = fs.readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      let data = Buffer.concat([rest, buf.subarray(0, n)]);
      let start = 0;
      let nl: number;
      while ((nl = data.indexOf(0x0a, start)) >= 0) {
        yield data.toString('utf8', start, nl);
        start = nl + 1;
      }
      rest = Buffer.from(data.subarray(start));
      data = Buffer.alloc(0);
    }
    if (rest.length > 0) yield rest.toString('utf8');
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Apply a verified file's changes. Call inside one transaction: any SyncRejection thrown here
 * (a fork, a change to another organisation's row) must roll the whole file back.
 */
export function applyChanges(
  db: Db,
  writer: ChangeWriter,
  header: FileHeader,
  ndjson: string,
  nowMs: number,
  onProgress?: (applied: number) => void,
): ApplyCounts {
  const counts: ApplyCounts = { applied: 0, duplicates: 0, conflicts: 0, lastChangeMs: 0 };
  const existing = stmt(db, 'SELECT hash FROM change_log WHERE install_id = ? AND seq = ?');
  const touched = new Map<string, [string, string]>();
  const authorOrgs = new Map<string, string | null>();
  const authorOrg = (install: string): string | null => {
    if (install === header.install) return header.org;
    if (!authorOrgs.has(install)) authorOrgs.set(install, getInstall(db, install)?.orgId ?? null);
    return authorOrgs.get(install)!;
  };

  for (const line of readLinesSync(ndjson)) {
    const w = JSON.parse(line) as WireChange;
    const c: Change = { ...w, value: w.value as Record<string, unknown> };
    if (!c.supersedes?.length) delete c.supersedes;
    const hash = changeHash(c);
    const had = existing.get(c.install, c.seq) as { hash: string } | undefined;
    if (had) {
      if (had.hash === hash) {
        counts.duplicates += 1;
        continue;
      }
      throw new SyncRejection(
        'fork',
        `Máy ${c.install} đã gửi hai nội dung khác nhau cho cùng thay đổi số ${c.seq}. Thường do hồ sơ ứng dụng bị sao chép nguyên sang máy khác, nên hai máy dùng chung một mã cài đặt. Hãy cài mới ứng dụng (tạo hồ sơ mới) trên một trong hai máy. Tệp không được nhập.`,
        { install: c.install, seq: c.seq },
      );
    }
    const author = authorOrg(c.install) ?? c.org;
    const owner = isSharedTable(c.table) ? c.org : (rowOwner(db, c.table, c.rowId) ?? (c.group === CREATE_GROUP ? c.org : null));
    if ((owner !== null && c.org !== owner) || c.org !== author) {
      throw new SyncRejection(
        'foreign_row',
        `Tệp chứa thay đổi vào dữ liệu của đơn vị khác (bảng ${c.table}, dòng ${c.rowId}): mỗi đơn vị chỉ được sửa dữ liệu do mình tạo. Tệp không được nhập.`,
        { table: c.table, rowId: c.rowId },
      );
    }
    writer.append(c);
    writer.clockValue.receive(c.hlc, nowMs);
    touched.set(`${c.table}\u0000${c.rowId}`, [c.table, c.rowId]);
    counts.applied += 1;
    if (c.install === header.install) counts.lastChangeMs = Math.max(counts.lastChangeMs, decodeHlc(c.hlc).ms);
    onProgress?.(counts.applied);
  }
  const nowIso = new Date(nowMs).toISOString();
  for (const [table, rowId] of touched.values()) counts.conflicts += refreshRow(db, table, rowId, nowIso).newConflicts;
  writer.persistClock();
  return counts;
}
