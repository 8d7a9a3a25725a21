import type { Db } from '../db/open';
import type { PlanSummary } from '../../../shared/domain/compliance-types';
import type { Plan, PlanTask } from '../../../shared/domain/types';
import { getPlan, listPlans, listTasks } from '../plans/plan-repo';

/**
 * Compliance's read-only view of the plans (owned by the plans work): one adapter over their repository,
 * so a change there touches only this file.
 */
export function listPlanSummaries(db: Db): PlanSummary[] {
  return listPlans(db).map((p) => ({ id: p.id, issuer: p.issuer, number: p.number, year: p.year, title: p.title }));
}

export function loadPlan(db: Db, planId: string): { plan: Plan; tasks: PlanTask[] } | null {
  const stored = getPlan(db, planId);
  if (!stored) return null;
  const { createdAt: _c, source: _s, ...plan } = stored;
  return { plan, tasks: listTasks(db, planId) };
}
