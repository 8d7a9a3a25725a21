import type Database from 'better-sqlite3';
import { checkChangeLog } from './check-changelog';
import { checkMaterialised } from './check-materialised';
import { ProblemList, type CheckResult } from './check-types';
import { LATEST_SCHEMA_VERSION } from './migrations';

export type { CheckResult } from './check-types';

function ownInstallId(db: Database.Database): string | null {
  try {
    const row = db.prepare('SELECT install_id FROM install WHERE id = 1').get() as { install_id: string } | undefined;
    return row?.install_id ?? null;
  } catch {
    return null;
  }
}

/**
 * `ltt check`: SQLite's integrity_check and foreign_key_check, then the sync spine's own invariants
 * (change log ↔ current values ↔ materialised rows). Read-only in effect: the rebuild comparison
 * runs in a savepoint that is rolled back. Synced tables must be registered before calling
 * (the services register theirs when imported).
 */
export function checkDatabase(db: Database.Database): CheckResult {
  const problems = new ProblemList();
  const skipped: string[] = [];

  const integrity = (db.pragma('integrity_check') as Array<{ integrity_check: string }>).map((r) => r.integrity_check).filter((s) => s !== 'ok');
  for (const line of integrity) {
    problems.add({ code: 'integrity', message: `Tệp cơ sở dữ liệu bị hỏng: ${line}. Hãy khôi phục từ một bản sao lưu.`, details: { sqlite: line } });
  }
  if (integrity.length > 0) {
    // Reading a damaged file further can crash or mislead; the integrity report is what matters.
    skipped.push('Bỏ qua các kiểm tra khác vì tệp bị hỏng.');
    return { ok: false, problems: problems.finish(), skipped };
  }

  const version = Number(db.pragma('user_version', { simple: true }));
  if (version !== LATEST_SCHEMA_VERSION) {
    problems.add({
      code: 'schema',
      message: `Phiên bản dữ liệu là ${version}, ứng dụng này dùng ${LATEST_SCHEMA_VERSION}.`,
      details: { version, expected: LATEST_SCHEMA_VERSION },
    });
  }

  const fks = db.pragma('foreign_key_check') as Array<{ table: string; rowid: number | null; parent: string; fkid: number }>;
  for (const fk of fks) {
    problems.add({
      code: 'foreign_key',
      message: `Bảng ${fk.table}, dòng ${fk.rowid ?? '?'}: tham chiếu tới bảng ${fk.parent} không tồn tại.`,
      details: { ...fk },
    });
  }

  checkChangeLog(db, ownInstallId(db), problems);
  const note = checkMaterialised(db, problems);
  if (note) skipped.push(note);

  const list = problems.finish();
  return { ok: list.length === 0, problems: list, skipped };
}
