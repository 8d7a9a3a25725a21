import type { Db } from '../db/open';
import { CREATE_GROUP, DELETED_GROUP, columnOf, syncedTable, syncedTables } from './registry';
import { stmt } from './statements';

/**
 * Rebuild one materialised row from its winning groups. A row without its `create` group yet is
 * held (groups kept, nothing materialised) until the create arrives; a deleted row is removed
 * from the materialised table but every group is kept, so a later restore brings it back whole.
 * Fields this version does not know stay parked in row_groups and apply after an upgrade.
 */
export function materialiseRow(db: Db, table: string, rowId: string, winners?: ReadonlyMap<string, string>): void {
  const def = syncedTable(table);
  if (!def) return; // a table from a newer schema: parked
  // The caller that has just derived the winners passes them (group → value JSON) rather than have them read back.
  const groups = winners
    ? [...winners].map(([grp, value]) => ({ grp, value }))
    : (stmt(db, 'SELECT grp, value FROM row_groups WHERE tbl = ? AND row_id = ?').all(table, rowId) as Array<{ grp: string; value: string }>);
  const byGroup = new Map(groups.map((g) => [g.grp, JSON.parse(g.value) as Record<string, unknown>]));
  const deleted = byGroup.get(DELETED_GROUP)?.deleted === true;
  if (!byGroup.has(CREATE_GROUP) || deleted) {
    stmt(db, `DELETE FROM ${def.table} WHERE id = ?`).run(rowId);
    def.afterProject?.({ db, rowId, row: null });
    return;
  }
  const row: Record<string, unknown> = {};
  for (const [group, fields] of Object.entries(def.groups)) {
    const value = byGroup.get(group);
    if (!value) continue;
    for (const f of fields) if (f in value) row[f] = value[f];
  }
  const cols = ['id'];
  const params: unknown[] = [rowId];
  for (const [field, v] of Object.entries(row)) {
    cols.push(columnOf(field));
    if (def.jsonFields?.includes(field)) params.push(JSON.stringify(v ?? null));
    else if (def.boolFields?.includes(field)) params.push(v ? 1 : 0);
    else params.push(v === undefined ? null : v);
  }
  const updates = cols.slice(1).map((c) => `${c} = excluded.${c}`);
  stmt(
    db,
    `INSERT INTO ${def.table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})
     ON CONFLICT (id) DO ${updates.length ? `UPDATE SET ${updates.join(', ')}` : 'NOTHING'}`,
  ).run(...params);
  def.afterProject?.({ db, rowId, row });
}

/** After an upgrade that knows more tables or fields: re-materialise every row from its kept groups (parked changes apply). */
export function rematerialiseAll(db: Db): number {
  let n = 0;
  for (const def of syncedTables()) {
    const rows = stmt(db, 'SELECT DISTINCT row_id FROM row_groups WHERE tbl = ?').all(def.table) as Array<{ row_id: string }>;
    for (const r of rows) {
      materialiseRow(db, def.table, r.row_id);
      n += 1;
    }
  }
  return n;
}
