import { AppError } from '../../../shared/contract/errors';
import { buildMatrix, type ComplianceMatrix } from '../../../shared/domain/compliance/matrix';
import type { Amendment, ComplianceReport, MonthClose } from '../../../shared/domain/compliance-types';
import { normalisePlanNumber } from '../../../shared/domain/plan/ids';
import type { Period } from '../../../shared/domain/periods';
import type { Item, Plan, PlanTask } from '../../../shared/domain/types';
import type { CoreContext } from '../context';
import { amendments, computeForPeriod, listPlans, monthCloses, type PeriodInput } from './compliance-service';

/** Everything a report of a period is made from; every export format (JSON, DOCX, XLSX, CSV, PDF) reads this. */
export interface ReportData {
  plan: Plan;
  tasks: PlanTask[];
  period: Period;
  asOf: string;
  report: ComplianceReport;
  /** Tasks × months and tasks × quarters, as on the "Theo dõi" screen. */
  matrix: ComplianceMatrix;
  quarterMatrix: ComplianceMatrix;
  /** Items serving the plan planned in the period (or in a window of it), by planned date then id. */
  items: Item[];
  closes: MonthClose[];
  /** Changes to closed months made after their close: listed in the next report. */
  amendments: Amendment[];
}

/** A plan named by its id or by its number ("259/KH-UBND", "259"); several matches must be told apart by id. */
export function resolvePlanId(ctx: CoreContext, plan: string): string {
  const plans = listPlans(ctx);
  const exact = plans.find((p) => p.id === plan);
  if (exact) return exact.id;
  const wanted = normalisePlanNumber(plan);
  const matches = plans.filter((p) => {
    const n = normalisePlanNumber(p.number);
    return n === wanted || n.split('/')[0] === wanted;
  });
  if (matches.length === 1) return matches[0]!.id;
  if (matches.length === 0) {
    const known = plans.map((p) => `${p.number} (${p.year})`).join(', ') || 'chưa có kế hoạch nào';
    throw new AppError('not_found', `Không tìm thấy kế hoạch "${plan}". Các kế hoạch hiện có: ${known}.`, { field: 'plan' });
  }
  throw new AppError('invalid_input', `Có ${matches.length} kế hoạch số "${plan}". Hãy ghi mã kế hoạch: ${matches.map((p) => `${p.id} (${p.year})`).join(', ')}.`, {
    field: 'plan',
  });
}

export function buildReportData(ctx: CoreContext, input: PeriodInput & { plan: string }): ReportData {
  const planId = resolvePlanId(ctx, input.plan);
  const c = computeForPeriod(ctx, planId, input);
  const items = [...c.items].sort((a, b) => (a.plannedDate < b.plannedDate ? -1 : a.plannedDate > b.plannedDate ? 1 : a.id < b.id ? -1 : 1));
  const closes = monthCloses(ctx, planId, c.tasks);
  const months = new Set(closes.map((x) => x.month));
  return {
    plan: c.plan,
    tasks: c.tasks,
    period: c.period,
    asOf: c.asOf,
    report: c.report,
    matrix: buildMatrix(c.report, 'month'),
    quarterMatrix: buildMatrix(c.report, 'quarter'),
    items,
    closes,
    amendments: months.size > 0 ? amendments(ctx, planId).filter((a) => a.changedAt.slice(0, 10) <= c.asOf) : [],
  };
}
