import type { Db } from '../db/open';
import type { Item } from '../../../shared/domain/types';
import { addDays } from '../../../shared/domain/dates';
import { computeRowState, isDeletedValue, type LogEntry } from '../sync/row-state';
import { columnOf } from '../sync/registry';
import { rowToItem, type ItemRow } from '../schedule/item-row';
import { ITEM_GROUPS } from '../schedule/tables';
import { ITEMS_TABLE } from './amendments';
import { itemsForTasks } from './items-source';

/** Vietnam is UTC+7 all year: the end of an as-of day is 17:00 UTC that day. */
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/**
 * The clock prefix of the first instant after the as-of day (Vietnam time). Clocks start with the
 * 12 hex digits of their milliseconds, so `hlc < prefix` is "recorded by the end of that day".
 */
export function asOfClockPrefix(asOf: string): string {
  const next = Date.parse(`${addDays(asOf, 1)}T00:00:00.000Z`) - VIETNAM_OFFSET_MS;
  return next.toString(16).padStart(12, '0');
}

interface EntryRow {
  install_id: string;
  seq: number;
  org_id: string;
  grp: string;
  value: string;
  hlc: string;
  base_hlc: string | null;
  supersedes: string | null;
  tx: string;
}

function toEntry(r: EntryRow): LogEntry & { tx: string } {
  return {
    install: r.install_id,
    seq: r.seq,
    org: r.org_id,
    group: r.grp,
    value: r.value,
    hlc: r.hlc,
    baseHlc: r.base_hlc,
    supersedes: r.supersedes ? (JSON.parse(r.supersedes) as string[]) : [],
    tx: r.tx,
  };
}

/** An item from its groups' winning values, through the same mapping as the materialised row. */
function itemFromWinners(rowId: string, winners: ReadonlyMap<string, LogEntry>): Item | null {
  const del = winners.get('deleted');
  if (!winners.has('create') || (del && isDeletedValue(del.value))) return null;
  const row: Record<string, unknown> = { id: rowId };
  for (const fields of Object.values(ITEM_GROUPS)) for (const f of fields) row[columnOf(f)] = null;
  for (const [group, e] of winners) {
    if (group === 'deleted') continue;
    for (const [field, v] of Object.entries(JSON.parse(e.value) as Record<string, unknown>)) {
      row[columnOf(field)] = field === 'topics' || field === 'taskIds' ? JSON.stringify(v ?? []) : (v ?? null);
    }
  }
  const r = row as unknown as ItemRow;
  if (typeof r.planned_date !== 'string' || typeof r.status !== 'string') return null;
  return rowToItem({ ...r, title: r.title ?? '', description: r.description ?? '', notes: r.notes ?? '', outlet: r.outlet ?? 'tv' });
}

/**
 * IMPORTANT (issue 16): the items as they stood at the end of `asOf`, from the change log, never today's row.
 * - An item changed after the as-of day is re-derived (same merge rule as the table) from the changes
 *   recorded by then: a later postponement, cancellation, move, relink, reopening or deletion does not count.
 * - Records of facts of the as-of day or earlier that were entered later do count, as a clerk enters them
 *   a few days on: an airing marked done afterwards with its day on or before as-of (while it still stands),
 *   and an item entered afterwards whose planned day is on or before as-of (taken as it is now).
 * Items not changed since are today's rows (the fast path).
 */
export function itemsAsOf(db: Db, taskIds: readonly string[], from: string, to: string, asOf: string, orgId?: string): Item[] {
  const prefix = asOfClockPrefix(asOf);
  const changed = new Set(
    (db.prepare('SELECT DISTINCT row_id FROM change_log WHERE tbl = ? AND hlc >= ?').all(ITEMS_TABLE, prefix) as Array<{ row_id: string }>).map((r) => r.row_id),
  );
  const out = itemsForTasks(db, taskIds, from, to, orgId).filter((i) => !changed.has(i.id));
  if (changed.size === 0) return out;
  const wanted = new Set(taskIds);
  const entries = db
    .prepare(
      `SELECT install_id, seq, org_id, row_id, grp, value, hlc, base_hlc, supersedes, tx FROM change_log
       WHERE tbl = ? AND row_id IN (SELECT value FROM json_each(?)) ORDER BY row_id, hlc`,
    )
    .all(ITEMS_TABLE, JSON.stringify([...changed])) as Array<EntryRow & { row_id: string }>;
  const byRow = new Map<string, Array<LogEntry & { tx: string }>>();
  for (const r of entries) (byRow.get(r.row_id) ?? byRow.set(r.row_id, []).get(r.row_id)!).push(toEntry(r));
  for (const [rowId, all] of byRow) {
    const item = itemThen(rowId, all, prefix, asOf);
    if (!item) continue;
    if (orgId !== undefined && item.orgId !== orgId) continue;
    if (item.plannedDate < from || item.plannedDate > to) continue;
    if (!item.taskIds.some((t) => wanted.has(t))) continue;
    out.push(item);
  }
  return out.sort((a, b) => (a.plannedDate < b.plannedDate ? -1 : a.plannedDate > b.plannedDate ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function itemThen(rowId: string, all: ReadonlyArray<LogEntry & { tx: string }>, prefix: string, asOf: string): Item | null {
  const now = computeRowState(all).winners;
  const before = all.filter((e) => e.hlc < prefix);
  if (!before.some((e) => e.group === 'create')) {
    // Entered after the as-of day: a late record of something planned by then, or nothing yet.
    const item = itemFromWinners(rowId, now);
    return item && item.plannedDate <= asOf ? item : null;
  }
  const kept: LogEntry[] = [...before];
  const status = now.get('status') as (LogEntry & { tx: string }) | undefined;
  const done = now.get('done') as (LogEntry & { tx: string }) | undefined;
  if (status && done && status.hlc >= prefix && status.tx === done.tx) {
    const s = JSON.parse(status.value) as { status?: unknown };
    const d = JSON.parse(done.value) as { doneAt?: unknown };
    if (s.status === 'done' && typeof d.doneAt === 'string' && d.doneAt <= asOf) kept.push(status, done);
  }
  return itemFromWinners(rowId, computeRowState(kept).winners);
}
