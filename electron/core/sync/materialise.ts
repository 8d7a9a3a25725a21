import type { Statement } from 'better-sqlite3';
import type { Db } from '../db/open';
import { CREATE_GROUP, DELETED_GROUP, columnOf, syncedTable, syncedTables, type SyncedTable } from './registry';
import { stmt } from './statements';

/**
 * Rebuild one materialised row from its winning groups. A row without its `create` group yet is
 * held (groups kept, nothing materialised) until the create arrives; a deleted row is removed
 * from the materialised table but every group is kept, so a later restore brings it back whole.
 * Fields this version does not know stay parked in row_groups and apply after an upgrade.
 */
/** Each group's winning value of one row: row_groups points at the log entry that holds it. */
export const WINNING_VALUES = `SELECT g.grp, c.value FROM row_groups g JOIN change_log c ON c.install_id = g.install_id AND c.seq = g.seq
  WHERE g.tbl = ? AND g.row_id = ?`;

/** Each group's winning value of one row as it stands (group → fields). */
export function winningValues(db: Db, table: string, rowId: string): Map<string, Record<string, unknown>> {
  const rows = stmt(db, WINNING_VALUES).all(table, rowId) as Array<{ grp: string; value: string }>;
  return new Map(rows.map((g) => [g.grp, JSON.parse(g.value) as Record<string, unknown>]));
}

export function materialiseRow(db: Db, table: string, rowId: string, winners?: ReadonlyMap<string, { readonly valueJson: string }>): void {
  const def = syncedTable(table);
  if (!def) return; // a table from a newer schema: parked
  // The caller that has just derived the winners passes them (group → entry with its value JSON) rather than have them read back.
  let byGroup: Map<string, Record<string, unknown>>;
  if (!winners) byGroup = winningValues(db, table, rowId);
  else {
    // A plain loop: this runs for every row an import touches.
    byGroup = new Map();
    for (const [grp, w] of winners) byGroup.set(grp, JSON.parse(w.valueJson) as Record<string, unknown>);
  }
  const deleted = byGroup.get(DELETED_GROUP)?.deleted === true;
  if (!byGroup.has(CREATE_GROUP) || deleted) {
    stmt(db, `DELETE FROM ${def.table} WHERE id = ?`).run(rowId);
    def.afterProject?.({ db, rowId, row: null });
    return;
  }
  const row: Record<string, unknown> = {};
  const fields: string[] = [];
  const params: unknown[] = [rowId];
  for (const { group, fields: groupFields } of fieldPlan(def)) {
    const value = byGroup.get(group);
    if (!value) continue;
    for (const { name, kind } of groupFields) {
      if (!(name in value)) continue;
      const v = value[name];
      const param = kind === 'json' ? JSON.stringify(v ?? null) : kind === 'bool' ? (v ? 1 : 0) : v === undefined ? null : v;
      // A field held by a later group too (an item's kind changed after creation) takes the later group's value.
      const at = name in row ? fields.indexOf(name) : -1;
      row[name] = v;
      if (at >= 0) params[at + 1] = param;
      else {
        fields.push(name);
        params.push(param);
      }
    }
  }
  upsertStatement(db, def.table, fields).run(...params);
  def.afterProject?.({ db, rowId, row });
}

type FieldPlan = ReadonlyArray<{ group: string; fields: ReadonlyArray<{ name: string; kind: 'json' | 'bool' | 'plain' }> }>;
const plans = new WeakMap<SyncedTable, FieldPlan>();

/** A table's groups and fields with how each is stored, worked out once rather than for every row. */
function fieldPlan(def: SyncedTable): FieldPlan {
  let plan = plans.get(def);
  if (!plan) {
    const kindOf = (f: string) => (def.jsonFields?.includes(f) ? 'json' : def.boolFields?.includes(f) ? 'bool' : 'plain') as 'json' | 'bool' | 'plain';
    plan = Object.entries(def.groups).map(([group, fields]) => ({ group, fields: fields.map((name) => ({ name, kind: kindOf(name) })) }));
    plans.set(def, plan);
  }
  return plan;
}

const upserts = new WeakMap<Db, Map<string, Statement>>();

/** The insert-or-update of a materialised row with these fields, built once per table and set of fields. */
function upsertStatement(db: Db, table: string, fields: readonly string[]): Statement {
  let cache = upserts.get(db);
  if (!cache) upserts.set(db, (cache = new Map()));
  const key = `${table}\u0000${fields.join(',')}`;
  let s = cache.get(key);
  if (!s) {
    const cols = ['id', ...fields.map(columnOf)];
    const updates = cols.slice(1).map((c) => `${c} = excluded.${c}`);
    s = stmt(
      db,
      `INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})
     ON CONFLICT (id) DO ${updates.length ? `UPDATE SET ${updates.join(', ')}` : 'NOTHING'}`,
    );
    cache.set(key, s);
  }
  return s;
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
