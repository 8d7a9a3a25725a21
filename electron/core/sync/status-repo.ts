import type { Db } from '../db/open';
import { LOCAL_ORG } from '../../../shared/domain/sync/ownership';
import { syncedTable, syncedTables } from './registry';

/** Read-only queries behind the Đồng bộ screen (SQL stays in the sync folder). */

export function installIdentity(db: Db): { installId: string; installName: string } {
  return db.prepare('SELECT install_id AS installId, install_name AS installName FROM install WHERE id = 1').get() as {
    installId: string;
    installName: string;
  };
}

export function organisationName(db: Db, orgId: string): string | null {
  try {
    return (db.prepare('SELECT name FROM organisations WHERE id = ?').get(orgId) as { name: string } | undefined)?.name ?? null;
  } catch {
    return null;
  }
}

/** The highest sequence number `installId` has written into this log (0 when none). */
export function maxSeqOf(db: Db, installId: string): number {
  return (db.prepare('SELECT COALESCE(MAX(seq), 0) AS s FROM change_log WHERE install_id = ?').get(installId) as { s: number }).s;
}

export interface InstallLogStats {
  installId: string;
  orgId: string;
  changes: number;
  maxSeq: number;
}

export function logStatsByInstall(db: Db): InstallLogStats[] {
  return db
    .prepare('SELECT install_id AS installId, MIN(org_id) AS orgId, COUNT(*) AS changes, MAX(seq) AS maxSeq FROM change_log GROUP BY install_id')
    .all() as InstallLogStats[];
}

/**
 * Missing seq ranges of one install's changes (at most `limit`): the holes between the segments held (a hole inside a
 * segment is a change that never leaves its install, not a gap). An install with no segment yet (changes from before
 * segments existed): the holes in the log.
 */
export function gapsOf(db: Db, installId: string, limit = 20): Array<[number, number]> {
  const segments = db.prepare('SELECT seq_from AS a, seq_to AS b FROM sync_segments WHERE install_id = ? ORDER BY seq_from').all(installId) as Array<{
    a: number;
    b: number;
  }>;
  const gaps: Array<[number, number]> = [];
  if (segments.length > 0) {
    let next = 1;
    for (const s of segments) {
      if (s.a > next) gaps.push([next, s.a - 1]);
      next = Math.max(next, s.b + 1);
    }
    return gaps.slice(0, limit);
  }
  const first = db.prepare('SELECT MIN(seq) AS s FROM change_log WHERE install_id = ?').get(installId) as { s: number | null };
  if (first.s !== null && first.s > 1) gaps.push([1, first.s - 1]);
  const rows = db
    .prepare(
      `SELECT seq + 1 AS a, nxt - 1 AS b FROM (SELECT seq, LEAD(seq) OVER (ORDER BY seq) AS nxt FROM change_log WHERE install_id = ?)
       WHERE nxt > seq + 1 LIMIT ?`,
    )
    .all(installId, limit) as Array<{ a: number; b: number }>;
  for (const r of rows) gaps.push([r.a, r.b]);
  return gaps.slice(0, limit);
}

/** When we last exported, and how many of our own changes are not in a segment yet (written with the next export). */
export function exportState(db: Db, ownInstall: string): { lastExportAt: string | null; unexported: number } {
  const s = db.prepare('SELECT last_export_at AS lastExportAt FROM sync_export_state WHERE id = 1').get() as { lastExportAt: string | null };
  const n = db
    .prepare(
      'SELECT COUNT(*) AS n FROM change_log WHERE install_id = ? AND org_id <> ? AND seq > (SELECT COALESCE(MAX(seq_to), 0) FROM sync_segments WHERE install_id = ?)',
    )
    .get(ownInstall, LOCAL_ORG, ownInstall) as { n: number };
  return { ...s, unexported: n.n };
}

export function countOpenConflicts(db: Db): number {
  return (db.prepare('SELECT COUNT(*) AS n FROM sync_conflicts').get() as { n: number }).n;
}

export function countFiles(db: Db, status: 'pending' | 'quarantined'): number {
  return (db.prepare('SELECT COUNT(*) AS n FROM sync_files WHERE status = ?').get(status) as { n: number }).n;
}

/** Winning groups of tables or groups this version does not know: kept, applied after an upgrade. */
export function countParked(db: Db): number {
  const known = syncedTables();
  const rows = db.prepare('SELECT tbl, grp, COUNT(*) AS n FROM row_groups GROUP BY tbl, grp').all() as Array<{ tbl: string; grp: string; n: number }>;
  let parked = 0;
  for (const r of rows) {
    const def = known.find((d) => d.table === r.tbl);
    if (!def || !def.groups[r.grp]) parked += r.n;
  }
  return parked;
}

export interface ConflictRow {
  id: number;
  tbl: string;
  row_id: string;
  grp: string;
  winner_hlc: string;
  winner_value: string;
  loser_hlc: string;
  loser_value: string;
  loser_install: string;
  loser_seq: number;
  detected_at: string;
}

export function listConflicts(db: Db): ConflictRow[] {
  return db.prepare('SELECT * FROM sync_conflicts ORDER BY detected_at DESC, id DESC').all() as ConflictRow[];
}

export function getConflict(db: Db, id: number): ConflictRow | undefined {
  return db.prepare('SELECT * FROM sync_conflicts WHERE id = ?').get(id) as ConflictRow | undefined;
}

/** A human label for a row: its title or name when the table has one, else its id. */
export function rowLabel(db: Db, table: string, rowId: string): string {
  const def = syncedTable(table);
  const fields = def ? Object.values(def.groups).flat() : [];
  const col = fields.includes('title') ? 'title' : fields.includes('name') ? 'name' : null;
  if (!def || !col) return rowId;
  try {
    const r = db.prepare(`SELECT ${col} AS label FROM ${def.table} WHERE id = ?`).get(rowId) as { label: string | null } | undefined;
    if (r?.label) return r.label;
  } catch {
    // the table may not exist in this schema: fall back to the id
  }
  const g = db.prepare('SELECT value FROM change_log WHERE tbl = ? AND row_id = ? ORDER BY hlc DESC').all(table, rowId) as Array<{ value: string }>;
  for (const v of g) {
    const parsed = JSON.parse(v.value) as Record<string, unknown>;
    if (typeof parsed[col] === 'string' && parsed[col]) return parsed[col] as string;
  }
  return rowId;
}
