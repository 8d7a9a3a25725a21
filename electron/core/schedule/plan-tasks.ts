import type { Db } from '../db/open';

/**
 * The schedule's view of plans and plan tasks (owned by the plans work). Kept in one file so a change in
 * the plans tables touches only this adapter. Tolerates a database without plan tables (early versions).
 */
function hasTable(db: Db, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
}

export function taskCodesById(db: Db): Map<string, { code: string; sort: number }> {
  if (!hasTable(db, 'plan_tasks')) return new Map();
  const rows = db.prepare('SELECT id, code, sort_order FROM plan_tasks').all() as Array<{ id: string; code: string; sort_order: number | null }>;
  return new Map(rows.map((r) => [r.id, { code: r.code, sort: r.sort_order ?? 0 }]));
}

export function taskIdsOfPlan(db: Db, planId: string): string[] {
  if (!hasTable(db, 'plan_tasks')) return [];
  return (db.prepare('SELECT id FROM plan_tasks WHERE plan_id = ?').all(planId) as Array<{ id: string }>).map((r) => r.id);
}

/** Every plan task with its plan's number, for the pickers (plan order, then task order). */
export function taskOptions(db: Db): Array<{ id: string; code: string; title: string; plan: string }> {
  if (!hasTable(db, 'plan_tasks') || !hasTable(db, 'plans')) return [];
  const cols = new Set((db.prepare('PRAGMA table_info(plan_tasks)').all() as Array<{ name: string }>).map((c) => c.name));
  const title = cols.has('title') ? 't.title' : "''";
  return db
    .prepare(`SELECT t.id, t.code, ${title} AS title, p.number || ' (' || p.year || ')' AS plan FROM plan_tasks t JOIN plans p ON p.id = t.plan_id ORDER BY p.year DESC, p.number, t.sort_order, t.code`)
    .all() as Array<{ id: string; code: string; title: string; plan: string }>;
}
