import type { Db } from '../db/open';
import type { ChangeWriter } from './write-path';
import type { StagedChange } from './staged-change';
import { SyncRejection } from './rejection';
import { refreshRows, rowInLog } from './row-refresh';
import { HeldRows } from './held-rows';
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
 * Applies one file's changes as they are read: each appended to the log (a change already there is a duplicate,
 * or a fork if its bytes differ), refused if it writes another organisation's row; at `finish`, every touched row
 * is re-derived once and the clock takes the newest change. Use inside one transaction: any SyncRejection thrown
 * (a fork, a foreign row, or the file's own checks after the last line) must roll the whole file back.
 */
export class FileApplier {
  readonly counts: ApplyCounts = { applied: 0, duplicates: 0, conflicts: 0, lastChangeMs: 0 };
  private readonly touched = new Map<string, [string, string]>();
  /** Owner of each row seen in this file: one lookup per row instead of one per change (a row's owner never changes). */
  private readonly owners = new Map<string, string | null>();
  private readonly authorOrgs = new Map<string, string | null>();
  private newestHlc = '';
  private newestOwnHlc = '';

  constructor(
    private readonly db: Db,
    private readonly writer: ChangeWriter,
    private readonly header: FileHeader,
    private readonly nowMs: number,
    private readonly onProgress?: (applied: number) => void,
    private readonly held = new HeldRows(),
  ) {
    writer.beginBatch();
  }

  /** One change as read; `c` may be reused by the reader for the next change, so nothing here keeps it. */
  apply(c: StagedChange): void {
    const rowKey = `${c.table}\u0000${c.rowId}`;
    const shared = isSharedTable(c.table);
    let stored = this.owners.get(rowKey);
    if (stored === undefined) {
      const r = rowInLog(this.db, c.table, c.rowId);
      this.owners.set(rowKey, (stored = shared ? null : r.owner));
      if (!r.known) this.held.start(rowKey);
    }
    if (!this.writer.appendStaged(c, true)) {
      this.held.release(rowKey);
      const had = stmt(this.db, 'SELECT hash FROM change_log WHERE install_id = ? AND seq = ?').get(c.install, c.seq) as { hash: string };
      if (had.hash === c.hash) {
        this.counts.duplicates += 1;
        return;
      }
      throw new SyncRejection(
        'fork',
        `Máy ${c.install} đã gửi hai nội dung khác nhau cho cùng thay đổi số ${c.seq}. Thường do hồ sơ ứng dụng bị sao chép nguyên sang máy khác, nên hai máy dùng chung một mã cài đặt. Hãy cài mới ứng dụng (tạo hồ sơ mới) trên một trong hai máy. Tệp không được nhập.`,
        { install: c.install, seq: c.seq },
      );
    }
    // A refusal after the insert is fine: it rolls back the whole transaction.
    const owner = shared ? c.org : (stored ?? (c.group === CREATE_GROUP ? c.org : null));
    if ((owner !== null && c.org !== owner) || c.org !== (this.authorOrg(c.install) ?? c.org)) {
      throw new SyncRejection(
        'foreign_row',
        `Tệp chứa thay đổi vào dữ liệu của đơn vị khác (bảng ${c.table}, dòng ${c.rowId}): mỗi đơn vị chỉ được sửa dữ liệu do mình tạo. Tệp không được nhập.`,
        { table: c.table, rowId: c.rowId },
      );
    }
    if (!shared && stored === null && c.group === CREATE_GROUP) this.owners.set(rowKey, c.org);
    this.held.add(rowKey, c);
    // Clock strings order as the clocks do, so the newest is kept by comparing them; decoded once at the end.
    if (c.hlc > this.newestHlc) this.newestHlc = c.hlc;
    if (c.install === this.header.install && c.hlc > this.newestOwnHlc) this.newestOwnHlc = c.hlc;
    if (!this.touched.has(rowKey)) this.touched.set(rowKey, [c.table, c.rowId]);
    this.counts.applied += 1;
    this.onProgress?.(this.counts.applied);
  }

  /** After the file's last change has been read and checked: re-derive the touched rows, advance the clock. */
  finish(): ApplyCounts {
    const held = (table: string, rowId: string) => this.held.entries(`${table}\u0000${rowId}`);
    // In key order, the derived rows go into their tables' B-trees in order too: far fewer pages touched than random ids.
    const rows = [...this.touched].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([, row]) => row);
    this.counts.conflicts = refreshRows(this.db, rows, new Date(this.nowMs).toISOString(), held);
    if (this.newestHlc) this.writer.clockValue.receive(this.newestHlc, this.nowMs);
    if (this.newestOwnHlc) this.counts.lastChangeMs = decodeHlc(this.newestOwnHlc).ms;
    this.writer.persistClock();
    return this.counts;
  }

  private authorOrg(install: string): string | null {
    if (install === this.header.install) return this.header.org;
    if (!this.authorOrgs.has(install)) this.authorOrgs.set(install, getInstall(this.db, install)?.orgId ?? null);
    return this.authorOrgs.get(install)!;
  }
}
