import type { Db } from '../db/open';
import type { Item } from '../../../shared/domain/types';
import { addDays } from '../../../shared/domain/dates';
import { logProof } from '../../../shared/domain/reconcile';
import { computeRowState, isDeletedValue, type LogEntry } from '../sync/row-state';
import { columnOf } from '../sync/registry';
import { rowToItem, type ItemRow } from '../schedule/item-row';
import { ITEM_GROUPS } from '../schedule/tables';
import { ITEMS_TABLE } from './amendments';
import { itemsByIds, itemsForTasks } from './items-source';

/** Vietnam is UTC+7 all year: the end of an as-of day is 17:00 UTC that day. */
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/**
 * The clock prefix of the first instant after the as-of day (Vietnam time). Clocks start with the
 * 12 hex digits of their milliseconds, so `hlc < prefix` is "recorded by the end of that day".
 */
function asOfClockPrefix(asOf: string): string {
  const next = Date.parse(`${addDays(asOf, 1)}T00:00:00.000Z`) - VIETNAM_OFFSET_MS;
  return next.toString(16).padStart(12, '0');
}

/** An item from its groups' winning values, through the same mapping as the materialised row. */
function itemFromWinners(rowId: string, winners: ReadonlyMap<string, LogEntry>): Item | null {
  const del = winners.get('deleted');
  if (!winners.has('create') || (del && isDeletedValue(del.valueJson))) return null;
  const row: Record<string, unknown> = { id: rowId };
  for (const fields of Object.values(ITEM_GROUPS)) for (const f of fields) row[columnOf(f)] = null;
  // In the registry's group order, as materialising does: a later group (the kind changed after creation) overrides `create`.
  for (const group of Object.keys(ITEM_GROUPS)) {
    const e = winners.get(group);
    if (!e) continue;
    for (const [field, v] of Object.entries(JSON.parse(e.valueJson) as Record<string, unknown>)) {
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
  const changed = [
    ...new Set(
      (db.prepare('SELECT DISTINCT row_id FROM change_log WHERE tbl = ? AND hlc >= ?').all(ITEMS_TABLE, prefix) as Array<{ row_id: string }>).map(
        (r) => r.row_id,
      ),
    ),
  ];
  const changedSet = new Set(changed);
  const inRange = itemsForTasks(db, taskIds, from, to, orgId);
  const out = inRange.filter((i) => !changedSet.has(i.id));
  if (changed.length === 0) return out;
  const wanted = new Set(taskIds);
  // Only the changes recorded by then are read; today's row stands for what came after (late records).
  const entries = db
    .prepare(
      `SELECT install_id AS install, seq, org_id AS org, row_id AS rowId, grp AS "group", value AS valueJson, hlc, base_hlc AS baseHlc,
              supersedes AS supersedesJson FROM change_log
       WHERE tbl = ? AND row_id IN (SELECT value FROM json_each(?)) AND hlc < ?`,
    )
    .all(ITEMS_TABLE, JSON.stringify(changed), prefix) as Array<LogEntry & { rowId: string }>;
  const byRow = new Map<string, LogEntry[]>();
  for (const { rowId, ...e } of entries) (byRow.get(rowId) ?? byRow.set(rowId, []).get(rowId)!).push(e);
  // Today's rows of the changed items: those in range are already read; the rest (moved or relinked since) by id.
  const current = new Map(inRange.filter((i) => changedSet.has(i.id)).map((i) => [i.id, i]));
  for (const i of itemsByIds(
    db,
    changed.filter((id) => !current.has(id)),
  ))
    current.set(i.id, i);
  for (const rowId of changed) {
    const item = itemThen(rowId, byRow.get(rowId), current.get(rowId), asOf);
    if (!item) continue;
    if (orgId !== undefined && item.orgId !== orgId) continue;
    if (item.plannedDate < from || item.plannedDate > to) continue;
    if (!item.taskIds.some((t) => wanted.has(t))) continue;
    out.push(item);
  }
  return out.sort((a, b) => (a.plannedDate < b.plannedDate ? -1 : a.plannedDate > b.plannedDate ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The item at the end of as-of from the changes recorded by then, with the late records of facts of that time. */
function itemThen(rowId: string, before: readonly LogEntry[] | undefined, now: Item | undefined, asOf: string): Item | null {
  if (!before || !before.some((e) => e.group === 'create')) {
    // Entered after the as-of day: a late record of something planned by then (as it is now), or nothing yet.
    return now && now.plannedDate <= asOf ? now : null;
  }
  const then = itemFromWinners(rowId, computeRowState(before).winners);
  if (!then) return null;
  // An airing marked done afterwards, with its day on or before as-of, while the mark still stands.
  if (now && now.status === 'done' && now.done && now.done.at <= asOf && then.status !== 'done') {
    return { ...then, status: 'done', statusReason: now.statusReason, done: now.done, notes: withLateProof(then.notes, now) };
  }
  return then;
}

/**
 * The late record's proof: confirming a log line writes the done record and the note "Minh chứng: dòng N …" together,
 * so a late airing taken from today's row brings its proof line with it (the rest of the notes stay as they were
 * then). Without it the report would call an airing proven by the station's log "marked by hand".
 */
function withLateProof(notesThen: string, now: Item): string {
  const proof = logProof(now);
  if (!proof || notesThen.includes(proof.note)) return notesThen;
  return notesThen.trim() ? `${notesThen.trimEnd()}\n${proof.note}` : proof.note;
}
