import type { Db } from '../db/open';
import type { ChangeWriter } from './write-path';
import type { LogRecord } from './log-record';
import { SyncRejection } from './rejection';
import { refreshRows } from './row-refresh';
import { rowInLog } from './owner-rule';
import { HeldRows } from './held-rows';
import { CREATE_GROUP, fixedOwnerOf, refusesForeignChange } from './registry';
import type { SegmentDecision } from './segment-trust';
import type { SignedSegment } from '../../../shared/domain/sync/segment';
import { holdsSegment } from './segments-repo';
import { incomingChangeProblem } from './field-validator';
import { originLabel } from './change-reader';
import { LOCAL_ORG } from '../../../shared/domain/sync/ownership';
import { decodeHlc } from '../../../shared/domain/hlc';
import type { FileHeader } from '../../../shared/domain/sync/file-header';
import { stmt } from './statements';

export interface ApplyCounts {
  applied: number;
  duplicates: number;
  conflicts: number;
  /** Changes of segments left out (waiting for a person, or from a refused or revoked origin). */
  withheld: number;
  /** Changes to a row another organisation stewards: kept in the log, not applied (owner-rule.ts). */
  setAside: number;
  lastChangeMs: number;
}

/**
 * Applies one file's changes as they are read: each appended to the log (a change already there is a duplicate,
 * or a fork if its bytes differ), refused if it writes another organisation's row; at `finish`, every touched row
 * is re-derived once and the clock takes the newest change. Use inside one transaction: any SyncRejection thrown
 * (a fork, a foreign row, or the file's own checks after the last line) must roll the whole file back.
 * A change's organisation is already proven here: the reader holds it to its segment's, and the segment's to the
 * origin's pinned organisation (segment-trust.ts). Only segments decided 'apply' reach the log.
 */
export class FileApplier {
  readonly counts: ApplyCounts = { applied: 0, duplicates: 0, conflicts: 0, withheld: 0, setAside: 0, lastChangeMs: 0 };
  private readonly decisions = new Map<string, Array<{ from: number; to: number; decision: SegmentDecision; segment: SignedSegment }>>();
  private readonly touched = new Map<string, [string, string]>();
  /** Owner of each row seen in this file: one lookup per row instead of one per change (a row's owner never changes). */
  private readonly owners = new Map<string, string | null>();
  private newestHlc = '';
  private newestOwnHlc = '';

  constructor(
    private readonly db: Db,
    private readonly writer: ChangeWriter,
    private readonly header: FileHeader,
    decisions: readonly SegmentDecision[],
    private readonly nowMs: number,
    private readonly onProgress?: (applied: number) => void,
    private readonly held = new HeldRows(),
  ) {
    writer.beginBatch();
    header.segments.forEach((seg, i) => {
      const s = seg.statement;
      const list = this.decisions.get(s.install) ?? [];
      list.push({ from: s.seqFrom, to: s.seqTo, decision: decisions[i]!, segment: seg });
      this.decisions.set(s.install, list);
    });
  }

  private segmentOf(install: string, seq: number) {
    for (const d of this.decisions.get(install) ?? []) if (seq >= d.from && seq <= d.to) return d;
    return undefined;
  }

  private decisionFor(install: string, seq: number): SegmentDecision {
    return this.segmentOf(install, seq)?.decision ?? 'skip'; // the reader refuses a change outside every segment first
  }

  /** One change as read; `c` may be reused by the reader for the next change, so nothing here keeps it. */
  apply(c: LogRecord): void {
    // One validator for every synced field, the same the local write path uses (field-validator.ts): a value the
    // table cannot hold refuses the file, naming the origin, the row and the field.
    const bad = incomingChangeProblem(c);
    if (bad) {
      const seg = this.segmentOf(c.install, c.seq)?.segment.statement;
      throw new SyncRejection(
        'bad_value',
        `Tệp chứa thay đổi không hợp lệ${seg ? ` của ${originLabel(seg)}` : ''} (dòng ${c.rowId}): ${bad.message} Tệp không được nhập; hãy báo đơn vị gửi cập nhật ứng dụng.`,
        { install: c.install, seq: c.seq, table: bad.table, group: bad.group, field: bad.field },
      );
    }
    if (this.decisionFor(c.install, c.seq) !== 'apply') {
      this.counts.withheld += 1;
      return;
    }
    const rowKey = `${c.table}\u0000${c.rowId}`;
    let stored = this.owners.get(rowKey);
    if (stored === undefined) {
      const r = rowInLog(this.db, c.table, c.rowId);
      this.owners.set(rowKey, (stored = r.owner));
      if (!r.known) this.held.start(rowKey);
    }
    if (!this.writer.appendRecord(c, true)) {
      this.held.release(rowKey);
      const had = stmt(this.db, 'SELECT hash FROM change_log WHERE install_id = ? AND seq = ?').get(c.install, c.seq) as { hash: string };
      if (had.hash === c.hash) {
        this.counts.duplicates += 1;
        return;
      }
      // Other content under a statement we already hold: the origin signed what we have, so a relay altered this.
      const seg = this.segmentOf(c.install, c.seq)?.segment;
      if (seg && holdsSegment(this.db, seg)) {
        throw new SyncRejection(
          'bad_origin',
          `Tệp chứa thay đổi số ${c.seq} của ${originLabel(seg.statement)} khác với nội dung máy đó đã ký: máy chuyển tiếp đã sửa thay đổi của máy khác. Tệp không được nhập.`,
          { install: c.install, seq: c.seq },
        );
      }
      throw new SyncRejection(
        'fork',
        `Máy ${c.install} đã gửi hai nội dung khác nhau cho cùng thay đổi số ${c.seq}. Thường do hồ sơ ứng dụng bị sao chép nguyên sang máy khác, nên hai máy dùng chung một mã cài đặt. Hãy cài mới ứng dụng (tạo hồ sơ mới) trên một trong hai máy. Tệp không được nhập.`,
        { install: c.install, seq: c.seq },
      );
    }
    // A refusal after the insert is fine: it rolls back the whole transaction.
    const realCreate = c.group === CREATE_GROUP && c.org !== LOCAL_ORG && fixedOwnerOf(c.table, c.rowId) === undefined;
    // A real organisation's create takes over a row only this install's local sample had (row-state.ts ownerOfEntries).
    if (realCreate && (stored === null || stored === LOCAL_ORG)) this.owners.set(rowKey, (stored = c.org));
    if (stored !== null && c.org !== stored) {
      if (refusesForeignChange(c.table)) {
        throw new SyncRejection(
          'foreign_row',
          `Tệp chứa thay đổi của đơn vị ${c.org} vào dữ liệu của đơn vị khác (bảng ${c.table}, dòng ${c.rowId}): mỗi đơn vị chỉ được sửa dữ liệu của mình. Tệp không được nhập.`,
          { table: c.table, rowId: c.rowId, org: c.org },
        );
      }
      this.counts.setAside += 1;
    }
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
}
