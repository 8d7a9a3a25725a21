import type Database from 'better-sqlite3';
import crypto from 'node:crypto';
import { materialiseRow } from '../sync/write-path';
import { syncedTables } from '../sync/registry';
import type { ProblemList } from './check-types';

/** Tables that hold the log itself or local-only state: never rebuilt from the log. */
const NOT_DERIVED = new Set(['change_log', 'row_groups', 'sync_conflicts', 'install', 'settings', 'users']);

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function rowsById(db: Database.Database, table: string): Map<string, Record<string, unknown>> {
  const out = new Map<string, Record<string, unknown>>();
  for (const row of db.prepare(`SELECT * FROM ${quoteIdent(table)}`).iterate() as IterableIterator<Record<string, unknown>>) {
    out.set(String(row.id), row);
  }
  return out;
}

function tableDigest(db: Database.Database, table: string): string {
  const hash = crypto.createHash('sha256');
  // Row order must not matter: hash each row, then the sorted row hashes.
  const rowHashes: string[] = [];
  for (const row of db
    .prepare(`SELECT * FROM ${quoteIdent(table)}`)
    .raw()
    .iterate() as IterableIterator<unknown[]>) {
    rowHashes.push(
      crypto
        .createHash('sha256')
        .update(JSON.stringify(row, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : Buffer.isBuffer(v) ? v.toString('hex') : v)))
        .digest('hex'),
    );
  }
  for (const h of rowHashes.sort()) hash.update(h);
  return hash.digest('hex');
}

function userTables(db: Database.Database): string[] {
  return (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as Array<{ name: string }>).map((r) => r.name);
}

function differingColumns(a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  const cols = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...cols].filter((c) => a[c] !== b[c]);
}

/**
 * The log is the truth: rebuild every synced row from its winning groups with the write path's own
 * `materialiseRow` (the same code that wrote it), inside a savepoint that is always rolled back,
 * and compare with what is stored. Side tables kept by `afterProject` hooks are compared by digest.
 * Needs a writable connection (the savepoint writes, then undoes); the database is left unchanged.
 */
export function checkMaterialised(db: Database.Database, problems: ProblemList): string | null {
  if (db.readonly) return 'Bỏ qua kiểm tra dữ liệu dựng lại từ nhật ký (cơ sở dữ liệu mở chỉ đọc).';
  const defs = syncedTables().filter((d) => userTables(db).includes(d.table));
  const synced = new Set(defs.map((d) => d.table));
  const others = userTables(db).filter((t) => !synced.has(t) && !NOT_DERIVED.has(t));

  const before = new Map(defs.map((d) => [d.table, rowsById(db, d.table)]));
  const digestsBefore = new Map(others.map((t) => [t, tableDigest(db, t)]));
  const idsStmt = db.prepare('SELECT DISTINCT row_id FROM row_groups WHERE tbl = ?').pluck();

  db.exec('SAVEPOINT ltt_check');
  try {
    for (const def of defs) {
      const ids = new Set<string>([...(idsStmt.all(def.table) as string[]), ...before.get(def.table)!.keys()]);
      for (const id of ids) materialiseRow(db, def.table, id);
    }
    for (const def of defs) {
      const was = before.get(def.table)!;
      const now = rowsById(db, def.table);
      for (const [id, row] of now) {
        const old = was.get(id);
        if (!old) {
          problems.add({
            code: 'materialised_missing',
            message: `Bảng ${def.table}: dòng ${id} có trong nhật ký thay đổi nhưng không có trong bảng.`,
            details: { table: def.table, rowId: id },
          });
        } else {
          const cols = differingColumns(old, row);
          if (cols.length > 0) {
            problems.add({
              code: 'materialised_mismatch',
              message: `Bảng ${def.table}: dòng ${id} khác với nhật ký thay đổi ở cột ${cols.join(', ')}.`,
              details: { table: def.table, rowId: id, columns: cols },
            });
          }
        }
      }
      for (const id of was.keys()) {
        if (!now.has(id)) {
          problems.add({
            code: 'materialised_orphan',
            message: `Bảng ${def.table}: dòng ${id} không có trong nhật ký thay đổi (đã bị thêm hoặc không bị xóa ngoài ứng dụng).`,
            details: { table: def.table, rowId: id },
          });
        }
      }
    }
    for (const t of others) {
      if (tableDigest(db, t) !== digestsBefore.get(t)) {
        problems.add({ code: 'derived_mismatch', message: `Bảng ${t} không khớp với dữ liệu dựng lại từ nhật ký thay đổi.`, details: { table: t } });
      }
    }
  } finally {
    db.exec('ROLLBACK TO ltt_check');
    db.exec('RELEASE ltt_check');
  }
  return null;
}
