import type Database from 'better-sqlite3';
import { changeHash } from '../sync/write-path';
import type { ProblemList } from './check-types';

interface LogRow {
  install_id: string;
  seq: number;
  org_id: string;
  tbl: string;
  row_id: string;
  grp: string;
  value: string;
  hlc: string;
  base_hlc: string | null;
  tx: string;
  actor: string | null;
  hash: string;
}

/** Every change-log entry still hashes to what was recorded (a hand edit or a torn write shows here). */
function checkHashes(db: Database.Database, problems: ProblemList): void {
  const rows = db.prepare('SELECT install_id, seq, org_id, tbl, row_id, grp, value, hlc, base_hlc, tx, actor, hash FROM change_log').iterate() as IterableIterator<LogRow>;
  for (const r of rows) {
    let value: Record<string, unknown>;
    try {
      value = JSON.parse(r.value) as Record<string, unknown>;
    } catch {
      problems.add({ code: 'changelog_hash', message: `Nhật ký thay đổi: mục ${r.install_id}#${r.seq} có giá trị không đọc được.`, details: { install: r.install_id, seq: r.seq } });
      continue;
    }
    const expected = changeHash({
      install: r.install_id,
      seq: r.seq,
      org: r.org_id,
      table: r.tbl,
      rowId: r.row_id,
      group: r.grp,
      value,
      hlc: r.hlc,
      baseHlc: r.base_hlc,
      tx: r.tx,
      actor: r.actor,
    });
    if (expected !== r.hash) {
      problems.add({ code: 'changelog_hash', message: `Nhật ký thay đổi: mục ${r.install_id}#${r.seq} (bảng ${r.tbl}, dòng ${r.row_id}) không khớp mã băm đã ghi — dữ liệu đã bị sửa ngoài ứng dụng.`, details: { install: r.install_id, seq: r.seq, table: r.tbl, rowId: r.row_id } });
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
    db.prepare(`SELECT COUNT(*) AS n, MIN(seq) AS lo, MAX(seq) AS hi FROM change_log WHERE install_id = ? AND ${where}`).get(ownInstall, floor) as { n: number; lo: number | null; hi: number | null };
  const low = part('seq <= ?');
  const high = part('seq > ?');
  const lowOk = low.n === 0 || (low.lo === 1 && low.hi === low.n);
  const highOk = high.n === 0 || (high.lo === floor + 1 && high.hi === floor + high.n);
  if (!lowOk || !highOk) {
    const n = low.n + high.n;
    const lo = low.lo ?? high.lo;
    const hi = high.hi ?? low.hi;
    problems.add({ code: 'changelog_seq_gap', message: `Số thứ tự thay đổi của máy này bị hở: có ${n} mục nhưng số thứ tự chạy từ ${lo} đến ${hi}.`, details: { install: ownInstall, count: n, min: lo, max: hi, floor } });
  }
}

/**
 * Structural consistency of the sync spine:
 * - every row_groups winner is a change-log row with the same clock and value;
 * - that winner is the newest change of its (table, row, group) — last write wins;
 * - this install's own sequence numbers run 1..max without holes (the PRIMARY KEY already makes
 *   duplicates impossible; a hole means a change was lost after it was numbered);
 * - every entry's hash matches its content.
 */
export function checkChangeLog(db: Database.Database, ownInstall: string | null, problems: ProblemList): void {
  const missing = db
    .prepare(
      `SELECT g.tbl, g.row_id, g.grp, g.install_id, g.seq, g.hlc, g.value, c.hlc AS log_hlc, c.value AS log_value,
              c.tbl AS log_tbl, c.row_id AS log_row, c.grp AS log_grp
         FROM row_groups g LEFT JOIN change_log c ON c.install_id = g.install_id AND c.seq = g.seq`,
    )
    .iterate() as IterableIterator<Record<string, string | number | null>>;
  for (const g of missing) {
    const where = `bảng ${g.tbl}, dòng ${g.row_id}, nhóm ${g.grp}`;
    if (g.log_hlc === null) {
      problems.add({ code: 'changelog_missing', message: `Giá trị hiện tại (${where}) không có mục tương ứng trong nhật ký thay đổi (${g.install_id}#${g.seq}).`, details: { table: g.tbl, rowId: g.row_id, group: g.grp, install: g.install_id, seq: g.seq } });
    } else if (g.log_hlc !== g.hlc || g.log_value !== g.value || g.log_tbl !== g.tbl || g.log_row !== g.row_id || g.log_grp !== g.grp) {
      problems.add({ code: 'changelog_mismatch', message: `Giá trị hiện tại (${where}) khác với mục ${g.install_id}#${g.seq} trong nhật ký thay đổi.`, details: { table: g.tbl, rowId: g.row_id, group: g.grp, install: g.install_id, seq: g.seq } });
    }
  }

  const notLatest = db
    .prepare(
      `SELECT c.tbl, c.row_id, c.grp, MAX(c.hlc) AS newest, g.hlc AS current
         FROM change_log c LEFT JOIN row_groups g ON g.tbl = c.tbl AND g.row_id = c.row_id AND g.grp = c.grp
        GROUP BY c.tbl, c.row_id, c.grp
       HAVING g.hlc IS NULL OR g.hlc <> MAX(c.hlc)`,
    )
    .iterate() as IterableIterator<{ tbl: string; row_id: string; grp: string; newest: string; current: string | null }>;
  for (const r of notLatest) {
    problems.add({
      code: 'winner_not_latest',
      message: r.current === null
        ? `Nhật ký có thay đổi cho bảng ${r.tbl}, dòng ${r.row_id}, nhóm ${r.grp} nhưng giá trị hiện tại không được ghi nhận.`
        : `Giá trị hiện tại của bảng ${r.tbl}, dòng ${r.row_id}, nhóm ${r.grp} không phải thay đổi mới nhất trong nhật ký.`,
      details: { table: r.tbl, rowId: r.row_id, group: r.grp, newest: r.newest, current: r.current },
    });
  }

  if (ownInstall) checkOwnSequence(db, ownInstall, problems);

  checkHashes(db, problems);
}
