import type { Db } from '../db/open';
import type { ItemOrg, ScheduleItem } from '../../../shared/contract/items';
import { taskCodesById } from './plan-tasks';
import { rowToItem, type ItemRow } from './item-row';
import { winningValues } from '../sync/materialise';

/** Reads of the materialised items table. No business rules here. */
type ScheduleRow = ItemRow & { updated_hlc: string | null };

const SELECT = `SELECT items.*, (SELECT MAX(hlc) FROM row_groups rg WHERE rg.tbl = 'items' AND rg.row_id = items.id) AS updated_hlc FROM items`;

function hlcToIso(hlc: string | null, fallback: string): string {
  if (!hlc) return fallback;
  const ms = parseInt(hlc.slice(0, 12), 16);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : fallback;
}

type TaskCodes = Map<string, { code: string; sort: number }>;

function toItem(r: ScheduleRow, codesOf: (taskIds: readonly string[]) => TaskCodes): ScheduleItem {
  const item = rowToItem(r, hlcToIso(r.updated_hlc, r.created_at ?? ''));
  const codes = codesOf(item.taskIds);
  return {
    ...item,
    occurrence: r.occurrence,
    taskCodes: item.taskIds
      .map((t) => codes.get(t))
      .filter((c): c is { code: string; sort: number } => c !== undefined)
      .sort((a, b) => a.sort - b.sort)
      .map((c) => c.code),
  };
}

function mapRows(db: Db, rows: ScheduleRow[]): ScheduleItem[] {
  const codes = taskCodesById(db);
  return rows.map((r) => toItem(r, () => codes));
}

export function getItem(db: Db, id: string): ScheduleItem | null {
  const row = db.prepare(`${SELECT} WHERE items.id = ?`).get(id) as ScheduleRow | undefined;
  // One item: only its own tasks' codes, not the whole plan_tasks table (every service call reads its item back).
  return row ? toItem(row, (taskIds) => (taskIds.length === 0 ? new Map() : taskCodesById(db, taskIds))) : null;
}

export interface ItemQuery {
  from?: string;
  to?: string;
  statuses?: readonly string[];
  planTaskIds?: readonly string[];
  /** Only these organisations' items (index items_org_planned); empty means no filter. */
  orgIds?: readonly string[];
  seriesId?: string;
  limit?: number;
}

/** Items by planned date range (index items_planned), optional status set and plan tasks; ordered by date and time. */
export function listItems(db: Db, q: ItemQuery): ScheduleItem[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (q.from) {
    where.push('items.planned_date >= ?');
    params.push(q.from);
  }
  if (q.to) {
    where.push('items.planned_date <= ?');
    params.push(q.to);
  }
  if (q.statuses && q.statuses.length > 0) {
    where.push(`items.status IN (${q.statuses.map(() => '?').join(', ')})`);
    params.push(...q.statuses);
  }
  if (q.planTaskIds) {
    if (q.planTaskIds.length === 0) return [];
    where.push(`items.id IN (SELECT item_id FROM item_tasks WHERE task_id IN (${q.planTaskIds.map(() => '?').join(', ')}))`);
    params.push(...q.planTaskIds);
  }
  if (q.orgIds && q.orgIds.length > 0) {
    where.push(`items.org_id IN (${q.orgIds.map(() => '?').join(', ')})`);
    params.push(...q.orgIds);
  }
  if (q.seriesId) {
    where.push('items.series_id = ?');
    params.push(q.seriesId);
  }
  const sql = `${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY items.planned_date, items.planned_time IS NULL, items.planned_time, items.title, items.id
    ${q.limit ? `LIMIT ${Math.floor(q.limit)}` : ''}`;
  return mapRows(db, db.prepare(sql).all(...params) as ScheduleRow[]);
}

/**
 * Organisations that have items, with their names when their organisation row has arrived (rows sync in any
 * order, so a name can be missing for a while), for the schedule's organisation filter and read-only notes.
 */
export function orgsWithItems(db: Db): ItemOrg[] {
  return db
    .prepare(
      `SELECT items.org_id AS id, NULLIF(o.name, '') AS name, NULLIF(o.short_name, '') AS shortName, COUNT(*) AS items
       FROM items LEFT JOIN organisations o ON o.id = items.org_id
       GROUP BY items.org_id
       ORDER BY NULLIF(o.name, '') IS NULL, o.name COLLATE NOCASE, items.org_id`,
    )
    .all() as ItemOrg[];
}

/** Items planned up to `to`, in one of `statuses`, that name an editor or a producer (the service says which are open and matches the person's name). */
export function itemsWithPeople(db: Db, to: string, statuses: readonly string[]): ScheduleItem[] {
  const rows = db
    .prepare(
      `${SELECT} WHERE (items.editor IS NOT NULL OR items.producer IS NOT NULL) AND items.planned_date <= ?
       AND items.status IN (${statuses.map(() => '?').join(', ')})
       ORDER BY items.planned_date, items.planned_time`,
    )
    .all(to, ...statuses) as ScheduleRow[];
  return mapRows(db, rows);
}

/** Every name written as an editor or producer, and this computer's users (`user`: the name is one of them). */
export function peopleNames(db: Db): Array<{ name: string; user: boolean }> {
  const rows = db
    .prepare(
      `SELECT name, 1 AS user FROM users
       UNION SELECT editor, 0 FROM items WHERE editor IS NOT NULL UNION SELECT producer, 0 FROM items WHERE producer IS NOT NULL`,
    )
    .all() as Array<{ name: string; user: number }>;
  return rows.map((r) => ({ name: r.name, user: r.user === 1 }));
}

/** Raw group values of one item as stored (for a patch to carry the fields it does not change). */
export function itemGroups(db: Db, id: string): Map<string, Record<string, unknown>> {
  return winningValues(db, 'items', id);
}
