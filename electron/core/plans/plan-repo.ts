import type { Db } from '../db/open';
import type { Agency, Cadence, Plan, PlanTask } from '../../../shared/domain/types';

/** Reads of the plan tables: rows in, typed objects out, no rules. */
type Row = Record<string, unknown>;

function json<T>(text: unknown, fallback: T): T {
  if (typeof text !== 'string' || text === '') return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

const str = (v: unknown): string => (typeof v === 'string' ? v : v == null ? '' : String(v));

export interface StoredPlan extends Plan {
  createdAt: string | null;
  source: string | null;
}

function toPlan(r: Row): StoredPlan {
  return {
    id: str(r.id),
    orgId: str(r.org_id),
    issuer: str(r.issuer),
    number: str(r.number),
    date: typeof r.date === 'string' && r.date ? r.date : null,
    year: Number(r.year),
    yearTo: typeof r.year_to === 'number' && r.year_to > Number(r.year) ? r.year_to : null,
    title: str(r.title),
    basedOn: json<string[]>(r.based_on, []),
    createdAt: typeof r.created_at === 'string' ? r.created_at : null,
    source: typeof r.source === 'string' ? r.source : null,
  };
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
    ...(typeof r.section === 'string' && r.section ? { section: r.section } : {}),
    cadence: json<Cadence>(r.cadence, { kind: 'unknown', text: '' }),
    cadenceOverridden: r.cadence_overridden === 1,
    sortOrder: Number(r.sort_order ?? 0),
  };
}

export function listPlans(db: Db): StoredPlan[] {
  return (db.prepare('SELECT * FROM plans ORDER BY year DESC, number').all() as Row[]).map(toPlan);
}

export function getPlan(db: Db, id: string): StoredPlan | null {
  const row = db.prepare('SELECT * FROM plans WHERE id = ?').get(id) as Row | undefined;
  return row ? toPlan(row) : null;
}

export function listTasks(db: Db, planId: string): PlanTask[] {
  // Codes sort as numbers where they are numbers ("2" before "10"); sort_order first.
  return (db.prepare('SELECT * FROM plan_tasks WHERE plan_id = ? ORDER BY sort_order, code').all(planId) as Row[]).map(toTask);
}

export function getTask(db: Db, id: string): PlanTask | null {
  const row = db.prepare('SELECT * FROM plan_tasks WHERE id = ?').get(id) as Row | undefined;
  return row ? toTask(row) : null;
}

export function listAgencies(db: Db): Agency[] {
  const rows = db.prepare('SELECT id, name, aliases FROM agencies').all() as Row[];
  const collator = new Intl.Collator('vi');
  return rows.map((r) => ({ id: str(r.id), name: str(r.name), aliases: json<string[]>(r.aliases, []) })).sort((a, b) => collator.compare(a.name, b.name));
}

export function agencyIds(db: Db): string[] {
  return (db.prepare('SELECT id FROM agencies').all() as Array<{ id: string }>).map((r) => r.id);
}

export function getAgency(db: Db, id: string): Agency | null {
  const r = db.prepare('SELECT id, name, aliases FROM agencies WHERE id = ?').get(id) as Row | undefined;
  return r ? { id: str(r.id), name: str(r.name), aliases: json<string[]>(r.aliases, []) } : null;
}

/** Every agency name written in any task (leads and partners), for usage counts. */
export function allTaskAgencyNames(db: Db): string[] {
  const rows = db.prepare('SELECT leads, partners FROM plan_tasks').all() as Row[];
  return rows.flatMap((r) => [...json<string[]>(r.leads, []), ...json<string[]>(r.partners, [])]);
}
