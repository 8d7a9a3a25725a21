import type { Db } from '../db/open';

/** The schedule's view of plans and plan tasks (owned by the plans work): a change in the plans tables touches only this adapter. */

/** Codes and order of plan tasks: all of them, or only `ids` (one item's few, read by key rather than the whole table). */
export function taskCodesById(db: Db, ids?: readonly string[]): Map<string, { code: string; sort: number }> {
  const rows = (
    ids
      ? db.prepare('SELECT id, code, sort_order FROM plan_tasks WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids))
      : db.prepare('SELECT id, code, sort_order FROM plan_tasks').all()
  ) as Array<{ id: string; code: string; sort_order: number | null }>;
  return new Map(rows.map((r) => [r.id, { code: r.code, sort: r.sort_order ?? 0 }]));
}

export function taskIdsOfPlan(db: Db, planId: string): string[] {
  return (db.prepare('SELECT id FROM plan_tasks WHERE plan_id = ?').all(planId) as Array<{ id: string }>).map((r) => r.id);
}

/** Every plan task with its plan's number, for the pickers (plan order, then task order). */
export function taskOptions(db: Db): Array<{ id: string; code: string; title: string; plan: string }> {
  return db
    .prepare(
      `SELECT t.id, t.code, t.title, p.number || ' (' || p.year || ')' AS plan FROM plan_tasks t JOIN plans p ON p.id = t.plan_id
       ORDER BY p.year DESC, p.number, t.sort_order, t.code`,
    )
    .all() as Array<{ id: string; code: string; title: string; plan: string }>;
}
