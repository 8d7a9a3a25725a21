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

export interface PlanRef {
  id: string;
  label: string;
}

/** Find a plan by id or by its number ("259/KH-UBND", "259"), newest year first. */
export function findPlan(db: Db, ref: string): PlanRef | null {
  if (!hasTable(db, 'plans')) return null;
  const rows = db.prepare('SELECT id, number, year FROM plans ORDER BY year DESC').all() as Array<{ id: string; number: string; year: number }>;
  const wanted = ref.normalize('NFC').trim().toLowerCase();
  const hit =
    rows.find((r) => r.id === ref) ??
    rows.find((r) => r.number.toLowerCase() === wanted) ??
    rows.find((r) => `${r.number}/${r.year}`.toLowerCase() === wanted) ??
    rows.find((r) => r.number.toLowerCase().split('/')[0] === wanted.split('/')[0] && !wanted.includes('/'));
  return hit ? { id: hit.id, label: `${hit.number} (${hit.year})` } : null;
}

/** Task id of `code` ("05", "5") in a plan, or null. */
export function findTask(db: Db, planId: string, code: string): string | null {
  if (!hasTable(db, 'plan_tasks')) return null;
  const rows = db.prepare('SELECT id, code FROM plan_tasks WHERE plan_id = ?').all(planId) as Array<{ id: string; code: string }>;
  const norm = (c: string) => c.trim().replace(/^0+(?=\d)/, '');
  return rows.find((r) => norm(r.code) === norm(code))?.id ?? null;
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
