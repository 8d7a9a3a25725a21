import { AppError } from '../../../shared/contract/errors';
import type { ComplianceItem, ComplianceView } from '../../../shared/contract/compliance';
import { buildMatrix, type Granularity } from '../../../shared/domain/compliance/matrix';
import { computeCompliance } from '../../../shared/domain/compliance/compute';
import type { Amendment, ComplianceReport, MonthClose, PlanSummary } from '../../../shared/domain/compliance-types';
import { isValidIsoDate } from '../../../shared/domain/dates';
import { deterministicId } from '../../../shared/domain/ids';
import { resolvePeriod, type Period } from '../../../shared/domain/periods';
import type { Item, Plan, PlanTask } from '../../../shared/domain/types';
import type { CoreContext } from '../context';
import { currentUser } from './app-service';
import { deriveAmendments } from '../compliance/amendments';
import { itemsByIds } from '../compliance/items-source';
import { itemsAsOf } from '../compliance/items-as-of';
import { isKnownOrg } from '../compliance/org-source';
import { getClose, listCloses, type MonthCloseRow } from '../compliance/month-close-repo';
import { CLOSE_GROUP, MONTH_CLOSES_TABLE } from '../compliance/month-close-table';
import { listPlanSummaries, loadPlan } from '../compliance/plan-source';

export interface PeriodInput {
  period?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  asOf?: string | undefined;
  /** Count only this organisation's items (absent: every organisation's items together). */
  orgId?: string | undefined;
  /** Narrow the plan's tasks, knowing the items read for them (a report's scope, report-scope.ts). */
  scopeTasks?: ((tasks: PlanTask[], items: Item[]) => PlanTask[]) | undefined;
}

export interface ComputedPeriod {
  plan: Plan;
  tasks: PlanTask[];
  period: Period;
  asOf: string;
  items: Item[];
  report: ComplianceReport;
}

export function listPlans(ctx: CoreContext): PlanSummary[] {
  return listPlanSummaries(ctx.db);
}

export function requirePlan(ctx: CoreContext, planId: string): { plan: Plan; tasks: PlanTask[] } {
  const found = loadPlan(ctx.db, planId);
  if (!found) throw new AppError('not_found', 'Không tìm thấy kế hoạch này. Có thể kế hoạch đã bị xóa; hãy chọn kế hoạch khác.', { field: 'planId' });
  return found;
}

/**
 * Windows overlapping the period are evaluated whole, so items are read over the union of the
 * period and those windows (an episode of an October window counts in a Q3 report).
 */
function readRange(tasks: readonly PlanTask[], period: Period): { from: string; to: string } {
  let from = period.from;
  let to = period.to;
  for (const t of tasks) {
    if (t.cadence.kind !== 'windows') continue;
    for (const w of t.cadence.windows) {
      if (w.from > period.to || w.to < period.from) continue;
      if (w.from < from) from = w.from;
      if (w.to > to) to = w.to;
    }
  }
  return { from, to };
}

export function computeForPeriod(ctx: CoreContext, planId: string, input: PeriodInput): ComputedPeriod {
  const { plan, tasks } = requirePlan(ctx, planId);
  const period = resolvePeriod(input);
  if (input.asOf !== undefined && !isValidIsoDate(input.asOf)) {
    throw new AppError('invalid_input', `Ngày tính đến "${input.asOf}" không hợp lệ (dạng yyyy-MM-dd, ví dụ 2020-11-15).`, { field: 'asOf' });
  }
  const asOf = input.asOf ?? ctx.today();
  if (input.orgId !== undefined && !isKnownOrg(ctx.db, input.orgId)) {
    throw new AppError(
      'not_found',
      `Không có đơn vị nào mang mã "${input.orgId}" trong dữ liệu của máy này. Hãy chọn đơn vị khác, hoặc đồng bộ để nhận dữ liệu của đơn vị đó.`,
      {
        field: 'orgId',
      },
    );
  }
  const range = readRange(tasks, period);
  // As the items stood at the end of as-of (the change log's history), not as they are today.
  const items = itemsAsOf(
    ctx.db,
    tasks.map((t) => t.id),
    range.from,
    range.to,
    asOf,
    input.orgId,
  );
  const scoped = input.scopeTasks ? input.scopeTasks(tasks, items) : tasks;
  const report = computeCompliance({ plan, tasks: scoped, items, from: period.from, to: period.to, asOf });
  return { plan, tasks: scoped, period, asOf, items, report };
}

export function complianceView(ctx: CoreContext, planId: string, input: PeriodInput & { granularity: Granularity }): ComplianceView {
  const computed = computeForPeriod(ctx, planId, input);
  return {
    period: computed.period,
    report: computed.report,
    matrix: buildMatrix(computed.report, input.granularity),
    closes: monthCloses(ctx, planId, computed.tasks, input.orgId),
  };
}

export function complianceItems(ctx: CoreContext, planId: string, ids: readonly string[]): ComplianceItem[] {
  const { tasks } = requirePlan(ctx, planId);
  const codes = new Map(tasks.map((t) => [t.id, t.code]));
  return itemsByIds(ctx.db, ids)
    .sort((a, b) => (a.plannedDate < b.plannedDate ? -1 : a.plannedDate > b.plannedDate ? 1 : a.id < b.id ? -1 : 1))
    .map((i) => ({
      id: i.id,
      title: i.title,
      kind: i.kind,
      outlet: i.outlet,
      status: i.status,
      plannedDate: i.plannedDate,
      plannedTime: i.plannedTime,
      doneAt: i.status === 'done' ? (i.done?.at ?? i.plannedDate) : null,
      taskCodes: i.taskIds.filter((t) => codes.has(t)).map((t) => codes.get(t)!),
    }));
}

/** Our months closed (or, with `orgId`, that organisation's, with amendments to its items only). */
export function monthCloses(ctx: CoreContext, planId: string, tasks?: readonly PlanTask[], orgId?: string): MonthClose[] {
  const planTasks = tasks ?? requirePlan(ctx, planId).tasks;
  const rows = listCloses(ctx.db, planId, orgId ?? ctx.orgId());
  const amendments = deriveAmendments(ctx.db, rows, new Set(planTasks.map((t) => t.id)), orgId);
  return rows.map((r) => toMonthClose(r, amendments.filter((a) => a.month === r.month).length));
}

export function amendments(ctx: CoreContext, planId: string, month?: string): Amendment[] {
  const { tasks } = requirePlan(ctx, planId);
  const rows = listCloses(ctx.db, planId, ctx.orgId()).filter((r) => month === undefined || r.month === month);
  return deriveAmendments(ctx.db, rows, new Set(tasks.map((t) => t.id)));
}

function toMonthClose(r: MonthCloseRow, count: number): MonthClose {
  return { planId: r.planId, month: r.month, closedAt: r.closedAt, closedBy: r.closedBy, note: r.note, amendments: count };
}

/** Closing a month is an editor's decision (ui.md: editors report to Home Affairs). */
function requireEditor(ctx: CoreContext): void {
  const user = currentUser(ctx);
  if (user && user.role !== 'editor') {
    throw new AppError('forbidden', 'Chỉ biên tập viên mới khóa sổ hoặc mở lại tháng được. Hãy chuyển sang người dùng là biên tập viên.');
  }
}

function closeId(orgId: string, planId: string, month: string): string {
  return deterministicId('month-close', orgId, planId, month);
}

/** One action: the close (and un-delete, when the month had been reopened) in one transaction. */
export function closeMonth(ctx: CoreContext, input: { planId: string; month: string; note: string }): MonthClose {
  requirePlan(ctx, input.planId);
  requireEditor(ctx);
  const orgId = ctx.requireOrgId();
  const id = closeId(orgId, input.planId, input.month);
  return ctx.transact(() => {
    if (getClose(ctx.db, id)) {
      throw new AppError('conflict', `Tháng ${Number(input.month.slice(5))}/${input.month.slice(0, 4)} đã được khóa sổ rồi.`, { field: 'month' });
    }
    const wasReopened = ctx.writer.winner(MONTH_CLOSES_TABLE, id, 'create') !== undefined;
    ctx.write([
      ...(wasReopened ? [] : [{ table: MONTH_CLOSES_TABLE, rowId: id, group: 'create', value: { orgId, planId: input.planId, month: input.month } }]),
      { table: MONTH_CLOSES_TABLE, rowId: id, group: CLOSE_GROUP, value: { closedAt: ctx.now().toISOString(), closedBy: ctx.actor(), note: input.note } },
      ...(wasReopened ? [{ table: MONTH_CLOSES_TABLE, rowId: id, group: 'deleted', value: { deleted: false } }] : []),
    ]);
    const row = getClose(ctx.db, id);
    if (!row) throw new AppError('internal', 'Không khóa sổ được tháng này. Hãy thử lại.');
    return toMonthClose(row, 0);
  });
}

export function reopenMonth(ctx: CoreContext, input: { planId: string; month: string }): { planId: string; month: string } {
  requireEditor(ctx);
  const orgId = ctx.requireOrgId();
  const id = closeId(orgId, input.planId, input.month);
  return ctx.transact(() => {
    if (!getClose(ctx.db, id)) {
      throw new AppError('not_found', `Tháng ${Number(input.month.slice(5))}/${input.month.slice(0, 4)} chưa được khóa sổ.`, { field: 'month' });
    }
    ctx.write([{ table: MONTH_CLOSES_TABLE, rowId: id, group: 'deleted', value: { deleted: true } }]);
    return { planId: input.planId, month: input.month };
  });
}
