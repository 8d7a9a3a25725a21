import type { Db } from '../db/open';
import { computeRowState, type LogEntry, type RowState } from './row-state';
import { materialiseRow } from './materialise';
import { rowRuleOf } from './registry';
import { stmt } from './statements';

/** A LogEntry's columns as `.raw()` returns them (no object per row: refreshes read many). */
type LogEntryColumns = [
  install: string,
  seq: number,
  org: string,
  group: string,
  valueJson: string,
  hlc: string,
  baseHlc: string | null,
  supersedesJson: string | null,
];

export function loadRowEntries(db: Db, table: string, rowId: string): LogEntry[] {
  // Rows as arrays: one object per entry instead of two (this runs for every touched row of an import). The
  // statement is this function's own (no other code runs this SQL), so its raw mode stays with it.
  const rows = stmt(db, 'SELECT install_id, seq, org_id, grp, value, hlc, base_hlc, supersedes FROM change_log WHERE tbl = ? AND row_id = ?')
    .raw(true)
    .all(table, rowId) as LogEntryColumns[];
  return rows.map((r) => ({
    install: r[0],
    seq: r[1],
    org: r[2],
    group: r[3],
    valueJson: r[4],
    hlc: r[5],
    baseHlc: r[6],
    supersedesJson: r[7],
  }));
}

/**
 * Re-derive one row from its change log: winners into row_groups, open conflicts into
 * sync_conflicts (keeping the id and detection time of ones already listed), then the
 * materialised row. Returns how many conflicts are new.
 * `held`: the row's complete entries when the caller has them (an import of a row new to this log), so they are
 * not read back; such a row has no derived groups yet to clear.
 */
export function refreshRow(
  db: Db,
  table: string,
  rowId: string,
  nowIso: string,
  mayHaveConflicts = true,
  held?: readonly LogEntry[],
): { state: RowState; newConflicts: number } {
  const state = computeRowState(held ?? loadRowEntries(db, table, rowId), rowRuleOf(table, rowId));
  if (!held) stmt(db, 'DELETE FROM row_groups WHERE tbl = ? AND row_id = ?').run(table, rowId);
  const insertGroup = stmt(db, 'INSERT INTO row_groups (tbl, row_id, grp, hlc, install_id, seq) VALUES (?, ?, ?, ?, ?, ?)');
  for (const [group, w] of state.winners) insertGroup.run(table, rowId, group, w.hlc, w.install, w.seq);

  let newConflicts = 0;
  if (mayHaveConflicts || state.conflicts.length > 0) newConflicts = storeConflicts(db, table, rowId, state, nowIso);
  materialiseRow(db, table, rowId, state.winners);
  return { state, newConflicts };
}

/**
 * Re-derive many rows (an action's or an imported file's). Each row is refreshed once, so when no conflict was
 * listed anywhere before, none of them can have an old one to keep or drop: that lookup is skipped.
 */
export function refreshRows(
  db: Db,
  rows: Iterable<readonly [string, string]>,
  nowIso: string,
  held?: (table: string, rowId: string) => readonly LogEntry[] | undefined,
): number {
  const anyListed = stmt(db, 'SELECT EXISTS (SELECT 1 FROM sync_conflicts) AS x').get() as { x: number };
  let newConflicts = 0;
  for (const [table, rowId] of rows) newConflicts += refreshRow(db, table, rowId, nowIso, anyListed.x === 1, held?.(table, rowId)).newConflicts;
  return newConflicts;
}

function storeConflicts(db: Db, table: string, rowId: string, state: RowState, nowIso: string): number {
  const existing = stmt(db, 'SELECT id, loser_install, loser_seq FROM sync_conflicts WHERE tbl = ? AND row_id = ?').all(table, rowId) as Array<{
    id: number;
    loser_install: string;
    loser_seq: number;
  }>;
  const open = new Set(state.conflicts.map((c) => `${c.loser.install}\u0000${c.loser.seq}`));
  const del = stmt(db, 'DELETE FROM sync_conflicts WHERE id = ?');
  const had = new Set<string>();
  for (const e of existing) {
    const key = `${e.loser_install}\u0000${e.loser_seq}`;
    if (open.has(key)) had.add(key);
    else del.run(e.id);
  }
  const upsert = stmt(
    db,
    `INSERT INTO sync_conflicts (tbl, row_id, grp, winner_hlc, winner_value, loser_hlc, loser_value, loser_install, loser_seq, detected_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (loser_install, loser_seq) DO UPDATE SET winner_hlc = excluded.winner_hlc, winner_value = excluded.winner_value`,
  );
  let newConflicts = 0;
  for (const c of state.conflicts) {
    const key = `${c.loser.install}\u0000${c.loser.seq}`;
    if (!had.has(key)) newConflicts += 1;
    upsert.run(table, rowId, c.loser.group, c.winner.hlc, c.winner.valueJson, c.loser.hlc, c.loser.valueJson, c.loser.install, c.loser.seq, nowIso);
  }
  return newConflicts;
}
