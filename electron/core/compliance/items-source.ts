import type { Db } from '../db/open';
import type { Item } from '../../../shared/domain/types';
import { rowToItem, type ItemRow } from '../schedule/item-row';

/**
 * Items serving any of `taskIds` with a planned date in [from, to], through the item_tasks index;
 * with `orgId`, only that organisation's items (an item's organisation never changes: it is in its create group).
 * Read-only: compliance never writes items.
 */
export function itemsForTasks(db: Db, taskIds: readonly string[], from: string, to: string, orgId?: string): Item[] {
  if (taskIds.length === 0) return [];
  const out = new Map<string, Item>();
  const rows =
    orgId === undefined
      ? db
          .prepare(
            `SELECT i.* FROM item_tasks t JOIN items i ON i.id = t.item_id
             WHERE t.task_id IN (SELECT value FROM json_each(?)) AND i.planned_date BETWEEN ? AND ?
             ORDER BY i.planned_date, i.id`,
          )
          .all(JSON.stringify(taskIds), from, to)
      : db
          .prepare(
            `SELECT i.* FROM item_tasks t JOIN items i ON i.id = t.item_id
             WHERE t.task_id IN (SELECT value FROM json_each(?)) AND i.org_id = ? AND i.planned_date BETWEEN ? AND ?
             ORDER BY i.planned_date, i.id`,
          )
          .all(JSON.stringify(taskIds), orgId, from, to);
  for (const r of rows as ItemRow[]) out.set(r.id, rowToItem(r));
  return [...out.values()];
}

export function itemsByIds(db: Db, ids: readonly string[]): Item[] {
  if (ids.length === 0) return [];
  const rows = db.prepare('SELECT * FROM items WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)) as ItemRow[];
  return rows.map((r) => rowToItem(r));
}
