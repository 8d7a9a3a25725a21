import type { Db } from './open';
// Every synced table's registration (and so every field's `since`), whichever part of the app opened the database.
import { syncedTables } from '../sync/registry';
import { materialiseRow } from '../sync/materialise';
import { refreshRow } from '../sync/row-refresh';

/**
 * Changes an older version received for tables, groups or fields it did not know are kept in the log and their
 * winners in row_groups, but never reached the materialised tables (parked; sync.md case 9). When a database of
 * schema version `fromVersion` is upgraded, the rows whose winning groups hold a field added since (its spec's
 * `since` > fromVersion) are re-derived with this version's registration, so those changes apply.
 *
 * Cheap by construction: a migration that adds no synced field costs no query at all; one that does reads only the
 * row_groups entries of the tables concerned (their primary key starts with the table), and re-derives only the
 * rows that hold a value of the new field. Runs inside the last migration's transaction (db/open.ts): the upgrade
 * and the rows it uncovers commit or vanish together. Returns how many rows were re-derived.
 */
export function applyParkedChanges(db: Db, fromVersion: number, nowIso: string): number {
  let n = 0;
  for (const def of syncedTables()) {
    const isNew = (field: string) => (def.fields?.[field]?.since ?? 0) > fromVersion;
    const groups = Object.entries(def.groups);
    const newFields = groups.flatMap(([grp, fields]) => fields.filter(isNew).map((field) => [grp, field] as const));
    const newGroups = Object.entries(def.groupsSince ?? {})
      .filter(([, since]) => since > fromVersion)
      .map(([grp]) => grp);
    if (newFields.length === 0 && newGroups.length === 0) continue;
    const rows = new Set<string>();
    const newTable = groups.every(([, fields]) => fields.every(isNew));
    if (newTable) {
      // A table the older version did not know at all: every row it holds was parked.
      for (const r of db.prepare('SELECT DISTINCT row_id FROM row_groups WHERE tbl = ?').all(def.table) as Array<{ row_id: string }>) rows.add(r.row_id);
    } else {
      const holding = db.prepare(
        `SELECT g.row_id FROM row_groups g JOIN change_log c ON c.install_id = g.install_id AND c.seq = g.seq
          WHERE g.tbl = ? AND g.grp = ? AND json_type(c.value, ?) IS NOT NULL`,
      );
      for (const [grp, field] of newFields) {
        for (const r of holding.all(def.table, grp, `$.${field}`) as Array<{ row_id: string }>) rows.add(r.row_id);
      }
      // A group the older version did not know (its fields may be old ones): every row that holds it.
      const withGroup = db.prepare('SELECT DISTINCT row_id FROM row_groups WHERE tbl = ? AND grp = ?');
      for (const grp of newGroups) for (const r of withGroup.all(def.table, grp) as Array<{ row_id: string }>) rows.add(r.row_id);
    }
    for (const rowId of [...rows].sort()) {
      // A new table's rows are re-derived (its registration says who may write it, which decides the winners); a known
      // table's winners stand, only the new field's column is filled.
      if (newTable) refreshRow(db, def.table, rowId, nowIso);
      else materialiseRow(db, def.table, rowId);
      n += 1;
    }
  }
  return n;
}
