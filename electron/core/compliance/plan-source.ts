import type { Db } from '../db/open';
import type { PlanSummary } from '../../../shared/domain/compliance-types';
import type { Cadence, Plan, PlanTask } from '../../../shared/domain/types';

/**
 * Compliance's read-only view of the plans tables (owned by the plans work, migration 002).
 * Kept in one adapter so a change in those tables touches only this file.
 */
function hasTable(db: Db, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
}

function json<T>(text: unknown, fallback: T): T {
  if (typeof text !== 'string' || text === '') return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

type Row = Record<string, unknown>;
const str = (v: unknown): string => (typeof v === 'string' ? v : v == null ? '' : String(v));

function toPlan(r: Row): Plan {
  return {
    id: str(r.id),
    orgId: str(r.org_id),
    issuer: str(r.issuer),
    number: str(r.number),
    date: typeof r.date === 'string' ? r.date : null,
    year: Number(r.year),
    title: str(r.title),
    basedOn: json<string[]>(r.based_on, []),
  };
}

function toCadence(v: unknown): Cadence {
  const c = json<Cadence | null>(v, null);
  if (c && (c.kind === 'windows' || c.kind === 'ongoing' || c.kind === 'unknown')) return c;
  return { kind: 'unknown', text: '' };
}

function toTask(r: Row): PlanTask {
  return {
    id: str(r.id),
    planId: str(r.plan_id),
    code: str(r.code),
    title: str(r.title),
    product: str(r.product),
    leads: json<string[]>(r.leads, []),
    partners: json<string[]>(r.partners, []),
    timeframe: str(r.timeframe),
    cadence: toCadence(r.cadence),
    cadenceOverridden: r.cadence_overridden === 1 || r.cadence_overridden === true,
    sortOrder: Number(r.sort_order ?? 0),
  };
}

export function listPlanSummaries(db: Db): PlanSummary[] {
  if (!hasTable(db, 'plans')) return [];
  return (db.prepare('SELECT * FROM plans ORDER BY year DESC, number').all() as Row[]).map(toPlan).map((p) => ({
    id: p.id,
    issuer: p.issuer,
    number: p.number,
    year: p.year,
    title: p.title,
  }));
}

export function loadPlan(db: Db, planId: string): { plan: Plan; tasks: PlanTask[] } | null {
  if (!hasTable(db, 'plans')) return null;
  const row = db.prepare('SELECT * FROM plans WHERE id = ?').get(planId) as Row | undefined;
  if (!row) return null;
  const tasks = hasTable(db, 'plan_tasks') ? (db.prepare('SELECT * FROM plan_tasks WHERE plan_id = ?').all(planId) as Row[]).map(toTask) : [];
  return { plan: toPlan(row), tasks };
}
