import { AppError } from '../../../shared/contract/errors';
import { buildMatrix, type ComplianceMatrix } from '../../../shared/domain/compliance/matrix';
import type { Amendment, ComplianceReport, MonthClose } from '../../../shared/domain/compliance-types';
import { normalisePlanNumber } from '../../../shared/domain/plan/ids';
import { resolvePeriod, type Period } from '../../../shared/domain/periods';
import type { Item, Plan, PlanTask } from '../../../shared/domain/types';
import type { CoreContext } from '../context';
import { amendments, computeForPeriod, listPlans, monthCloses, requirePlan } from './compliance-service';
import { ownTasks, reportScope, type ReportScope } from './report-scope';
import { organisationParts, type OrganisationPart } from './report-organisations';

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
  /** Whose tasks and items: this organisation's own (default) or the whole plan. */
  scope: ReportScope;
  /** Whole-plan reports: each organisation's part, with how fresh its data is here (empty otherwise). */
  organisations: OrganisationPart[];
}

/** A plan named by its id or by its number ("259/KH-UBND", "259"); several matches must be told apart by id. */
function resolvePlanId(ctx: CoreContext, plan: string): string {
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
  throw new AppError(
    'invalid_input',
    `Có ${matches.length} kế hoạch số "${plan}". Hãy ghi mã kế hoạch: ${matches.map((p) => `${p.id} (${p.year})`).join(', ')}.`,
    {
      field: 'plan',
    },
  );
}

export interface ReportDataInput {
  plan: string;
  period?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  asOf?: string | undefined;
  /** The whole plan with every organisation's data held here, instead of this organisation's own tasks. */
  allTasks?: boolean | undefined;
}

/** The years a plan's tasks run in: its own year to the last year any window reaches. */
function planYears(plan: Plan, tasks: readonly PlanTask[]): { first: number; last: number } {
  let last = plan.year;
  for (const t of tasks) if (t.cadence.kind === 'windows') for (const w of t.cadence.windows) last = Math.max(last, Number(w.to.slice(0, 4)));
  return { first: plan.year, last };
}

/**
 * A report is a function of (plan, period, as-of, scope) alone (issue 16). The as-of of a period that
 * has ended defaults to its last day (the cut-off day when the range came from one), never to today,
 * so the same report exported again later is the same report.
 */
export function buildReportData(ctx: CoreContext, input: ReportDataInput): ReportData {
  const planId = resolvePlanId(ctx, input.plan);
  const { plan, tasks } = requirePlan(ctx, planId);
  const period = resolvePeriod(input);
  const years = planYears(plan, tasks);
  if (period.to < `${years.first}-01-01` || period.from > `${years.last}-12-31`) {
    const span = years.first === years.last ? `năm ${years.first}` : `các năm ${years.first}–${years.last}`;
    const flag = input.period !== undefined ? `--period ${input.period}` : `--from ${input.from} --to ${input.to}`;
    throw new AppError('invalid_input', `Kỳ báo cáo (${flag}) nằm ngoài thời gian của kế hoạch ${plan.number} (${span}). Hãy chọn một kỳ trong ${span}.`, {
      field: input.period !== undefined ? 'period' : 'from',
    });
  }
  const today = ctx.today();
  const asOf = input.asOf ?? (period.to < today ? period.to : today);
  const scope = reportScope(ctx, input.allTasks === true);
  const c = computeForPeriod(ctx, planId, {
    period: input.period,
    from: input.from,
    to: input.to,
    asOf,
    orgId: scope.orgId ?? undefined,
    scopeTasks: scope.orgName ? (all, items) => ownTasks(ctx, scope.orgName!, all, items) : undefined,
  });
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
    scope,
    organisations: scope.kind === 'plan' ? organisationParts(ctx, c) : [],
  };
}
