import type Database from 'better-sqlite3';
import { loadRowEntries } from '../sync/row-refresh';
import { computeRowState } from '../sync/row-state';
import { rowRuleOf } from '../sync/registry';
import type { ProblemList } from './check-types';
import { LOG_RECORD_COLUMNS, toLogRecord, toWire, type LogRecord } from '../sync/log-record';

/** Every change-log entry still hashes to what was recorded (a hand edit or a torn write shows here). */
function checkHashes(db: Database.Database, problems: ProblemList): void {
  const rows = db.prepare(`SELECT ${LOG_RECORD_COLUMNS} FROM change_log`).iterate() as IterableIterator<LogRecord>;
  for (const r of rows) {
    let expected: string;
    try {
      // Read back as it would travel and hashed again: a value edited into different (even equivalent) bytes shows.
      expected = toLogRecord(toWire(r)).hash;
    } catch {
      problems.add({
        code: 'changelog_hash',
        message: `Nhật ký thay đổi: mục ${r.install}#${r.seq} có giá trị không đọc được.`,
        details: { install: r.install, seq: r.seq },
      });
      continue;
    }
    if (expected !== r.hash) {
      problems.add({
        code: 'changelog_hash',
        message: `Nhật ký thay đổi: mục ${r.install}#${r.seq} (bảng ${r.table}, dòng ${r.rowId}) không khớp mã băm đã ghi — dữ liệu đã bị sửa ngoài ứng dụng.`,
        details: { install: r.install, seq: r.seq, table: r.table, rowId: r.rowId },
      });
    }
  }
}

function seqFloor(db: Database.Database): number {
  try {
    const row = db.prepare("SELECT value FROM settings WHERE key = 'sync.seqFloor'").get() as { value: string } | undefined;
    const n = Number(row?.value ?? 0);
    return Number.isInteger(n) && n > 0 ? n : 0;
  } catch {
    return 0;
  }
}

/**
 * Our own sequence numbers run without holes. After a restore of an older backup the numbers the
 * replaced database had already handed out are never reused (they may be in exported files: reuse
 * would be a fork), so numbering resumes above `sync.seqFloor`: 1..m (m <= floor), then floor+1..M.
 */
function checkOwnSequence(db: Database.Database, ownInstall: string, problems: ProblemList): void {
  const floor = seqFloor(db);
  const part = (where: string): { n: number; lo: number | null; hi: number | null } =>
    db.prepare(`SELECT COUNT(*) AS n, MIN(seq) AS lo, MAX(seq) AS hi FROM change_log WHERE install_id = ? AND ${where}`).get(ownInstall, floor) as {
      n: number;
      lo: number | null;
      hi: number | null;
    };
  const low = part('seq <= ?');
  const high = part('seq > ?');
  const lowOk = low.n === 0 || (low.lo === 1 && low.hi === low.n);
  const highOk = high.n === 0 || (high.lo === floor + 1 && high.hi === floor + high.n);
  if (!lowOk || !highOk) {
    const n = low.n + high.n;
    const lo = low.lo ?? high.lo;
    const hi = high.hi ?? low.hi;
    problems.add({
      code: 'changelog_seq_gap',
      message: `Số thứ tự thay đổi của máy này bị hở: có ${n} mục nhưng số thứ tự chạy từ ${lo} đến ${hi}.`,
      details: { install: ownInstall, count: n, min: lo, max: hi, floor },
    });
  }
}

/**
 * The log is the truth: every (table, row) is re-derived from its change-log entries with the sync
 * engine's own pure merge rule (computeRowState) and compared with row_groups, the stored winners.
 */
function checkWinners(db: Database.Database, problems: ProblemList): void {
  // A pointer to a log entry that is not there reads as a missing value (LEFT JOIN), and is reported.
  const stored = db.prepare(
    'SELECT g.grp, g.hlc, g.install_id, g.seq, c.value FROM row_groups g LEFT JOIN change_log c ON c.install_id = g.install_id AND c.seq = g.seq WHERE g.tbl = ? AND g.row_id = ?',
  );
  const rows = db.prepare('SELECT tbl, row_id FROM change_log UNION SELECT tbl, row_id FROM row_groups').iterate() as IterableIterator<{
    tbl: string;
    row_id: string;
  }>;
  for (const { tbl, row_id: rowId } of rows) {
    // The same rule as the import (row-refresh.ts), owner rule included: anything else reports healthy rows as wrong.
    const state = computeRowState(loadRowEntries(db, tbl, rowId), rowRuleOf(tbl, rowId));
    const have = new Map(
      (stored.all(tbl, rowId) as Array<{ grp: string; hlc: string; install_id: string; seq: number; value: string | null }>).map((g) => [g.grp, g]),
    );
    const where = (grp: string): string => `bảng ${tbl}, dòng ${rowId}, nhóm ${grp}`;
    for (const [grp, g] of have) {
      const w = state.winners.get(grp);
      if (!w) {
        problems.add({
          code: 'changelog_missing',
          message: `Giá trị hiện tại (${where(grp)}) không có mục tương ứng trong nhật ký thay đổi (${g.install_id}#${g.seq}).`,
          details: { table: tbl, rowId, group: grp, install: g.install_id, seq: g.seq },
        });
      } else if (w.hlc !== g.hlc || w.valueJson !== g.value || w.install !== g.install_id || w.seq !== g.seq) {
        problems.add({
          code: 'changelog_mismatch',
          message: `Giá trị hiện tại (${where(grp)}) khác với giá trị suy ra từ nhật ký thay đổi (${w.install}#${w.seq}).`,
          details: { table: tbl, rowId, group: grp, stored: `${g.install_id}#${g.seq}`, derived: `${w.install}#${w.seq}` },
        });
      }
    }
    for (const [grp, w] of state.winners) {
      if (!have.has(grp)) {
        problems.add({
          code: 'winner_not_latest',
          message: `Nhật ký có thay đổi cho ${where(grp)} (${w.install}#${w.seq}) nhưng giá trị hiện tại không được ghi nhận.`,
          details: { table: tbl, rowId, group: grp, install: w.install, seq: w.seq },
        });
      }
    }
  }
}

/**
 * Structural consistency of the sync spine:
 * - row_groups holds exactly the winners the merge rule derives from the change log;
 * - this install's own sequence numbers run without holes (the PRIMARY KEY already makes
 *   duplicates impossible; a hole means a change was lost after it was numbered);
 * - every entry's hash matches its content.
 */
export function checkChangeLog(db: Database.Database, ownInstall: string | null, problems: ProblemList): void {
  checkWinners(db, problems);
  if (ownInstall) checkOwnSequence(db, ownInstall, problems);
  checkHashes(db, problems);
}
