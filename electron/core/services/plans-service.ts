import type { CoreContext } from '../context';
import type { PlanDetail, PlanFound, TaskView } from '../../../shared/contract/plans';
import { AppError } from '../../../shared/contract/errors';
import { parseTimeframe } from '../../../shared/domain/cadence/parse-timeframe';
import { PLAN_FILE_FORMAT, PLAN_FILE_VERSION, type PlanFileInput } from '../../../shared/domain/plan/export-format';
import { normalisePlanNumber, taskCodeKey } from '../../../shared/domain/plan/ids';
import { compareDates, parseIsoDate } from '../../../shared/domain/dates';
import type { Cadence, PlanTask } from '../../../shared/domain/types';
import { getPlan, getTask, listPlans, listTasks, type StoredPlan } from '../plans/plan-repo';
import { deletedWrite, planMetaWrite, sameValue, taskUpdateWrites } from '../plans/plan-writes';
import { agencyIndex, planDetail, sortTasks, taskView } from '../plans/views';

export function requirePlan(ctx: CoreContext, id: string): StoredPlan {
  const plan = getPlan(ctx.db, id);
  if (!plan) throw new AppError('not_found', `Không tìm thấy kế hoạch có mã "${id}". Có thể kế hoạch đã bị xóa; hãy tải lại danh sách.`, { field: 'id' });
  return plan;
}

export function requirePlanDetail(ctx: CoreContext, id: string): PlanDetail {
  requirePlan(ctx, id);
  return planDetail(ctx.db, id)!;
}

function requireTask(ctx: CoreContext, id: string): PlanTask {
  const task = getTask(ctx.db, id);
  if (!task) throw new AppError('not_found', `Không tìm thấy nhiệm vụ có mã "${id}". Hãy tải lại kế hoạch.`, { field: 'id' });
  return task;
}

/** A plan by its id or by a number that names exactly one plan ("259/KH-UBND", "259"). */
function findPlan(ctx: CoreContext, ref: string): StoredPlan {
  const plans = listPlans(ctx.db);
  const byId = plans.find((p) => p.id === ref.trim());
  if (byId) return byId;
  const wanted = normalisePlanNumber(ref);
  let hits = plans.filter((p) => normalisePlanNumber(p.number) === wanted);
  if (hits.length === 0 && /^\d+$/.test(wanted)) hits = plans.filter((p) => normalisePlanNumber(p.number).split('/')[0] === wanted);
  if (hits.length === 1) return hits[0]!;
  if (hits.length > 1) {
    throw new AppError(
      'conflict',
      `Có ${hits.length} kế hoạch mang số «${ref}» (${hits.map((p) => `${p.number} năm ${p.year}: ${p.id}`).join('; ')}). Hãy dùng mã kế hoạch.`,
      { field: 'plan' },
    );
  }
  throw new AppError('not_found', `Không tìm thấy kế hoạch «${ref}» (theo mã hoặc số). Xem danh sách bằng "ltt plan list".`, { field: 'plan' });
}

/** `plans:find`: the plan {@link findPlan} names, and the task with `taskCode` ("05" = "5" = "05.") in it when one is asked for. */
export function findPlanAndTask(ctx: CoreContext, ref: string, taskCode?: string): PlanFound {
  const plan = findPlan(ctx, ref);
  let taskId: string | null = null;
  if (taskCode !== undefined) {
    taskId = listTasks(ctx.db, plan.id).find((t) => taskCodeKey(t.code) === taskCodeKey(taskCode))?.id ?? null;
    if (!taskId) throw new AppError('not_found', `Kế hoạch ${plan.number} năm ${plan.year} không có nhiệm vụ mã "${taskCode}".`, { field: 'task' });
  }
  return { id: plan.id, number: plan.number, year: plan.year, taskId };
}

export function updatePlan(
  ctx: CoreContext,
  input: {
    id: string;
    issuer?: string | undefined;
    number?: string | undefined;
    date?: string | null | undefined;
    title?: string | undefined;
    basedOn?: string[] | undefined;
  },
): PlanDetail {
  ctx.transact(() => {
    const plan = requirePlan(ctx, input.id);
    if (input.date && parseIsoDate(input.date).year > plan.year) {
      throw new AppError('invalid_input', `Ngày ký kế hoạch không thể sau năm ${plan.year} của kế hoạch.`, { field: 'date' });
    }
    const next = {
      ...plan,
      issuer: input.issuer ?? plan.issuer,
      number: input.number !== undefined ? normalisePlanNumber(input.number) : plan.number,
      date: input.date !== undefined ? input.date : plan.date,
      title: input.title ?? plan.title,
      basedOn: input.basedOn ?? plan.basedOn,
    };
    const before = planMetaWrite(plan, plan.source, plan.orgId);
    const after = planMetaWrite(next, plan.source, plan.orgId);
    if (!sameValue(before.value, after.value)) ctx.write([after]);
  });
  ctx.emit({ type: 'changed', payload: { domain: 'plans', planId: input.id } });
  return requirePlanDetail(ctx, input.id);
}

function writeTask(ctx: CoreContext, before: PlanTask, after: PlanTask): TaskView {
  const plan = requirePlan(ctx, before.planId);
  ctx.transact(() => {
    const writes = taskUpdateWrites(plan.orgId, before, after);
    if (writes.length > 0) ctx.write(writes);
  });
  ctx.emit({ type: 'changed', payload: { domain: 'plans', planId: plan.id } });
  return taskView(requireTask(ctx, before.id), agencyIndex(ctx.db));
}

export function updateTask(
  ctx: CoreContext,
  input: {
    id: string;
    code?: string | undefined;
    title?: string | undefined;
    product?: string | undefined;
    leads?: string[] | undefined;
    partners?: string[] | undefined;
    timeframe?: string | undefined;
  },
): TaskView {
  const before = requireTask(ctx, input.id);
  const plan = requirePlan(ctx, before.planId);
  const after: PlanTask = { ...before };
  if (input.code !== undefined) {
    const clash = listTasks(ctx.db, plan.id).find((t) => t.id !== before.id && taskCodeKey(t.code) === taskCodeKey(input.code!));
    if (clash) throw new AppError('conflict', `STT «${input.code}» đã dùng cho nhiệm vụ khác trong kế hoạch này.`, { field: 'code' });
    after.code = input.code;
  }
  if (input.title !== undefined) after.title = input.title;
  if (input.product !== undefined) after.product = input.product.trim();
  if (input.leads !== undefined) after.leads = input.leads;
  if (input.partners !== undefined) after.partners = input.partners;
  if (input.timeframe !== undefined) {
    after.timeframe = input.timeframe.replace(/\s+/g, ' ').trim();
    // The cadence follows the timeframe text unless a person set it by hand.
    if (!before.cadenceOverridden) after.cadence = parseTimeframe(after.timeframe, plan.year, plan.yearTo ?? plan.year);
  }
  return writeTask(ctx, before, after);
}

function checkCadence(cadence: Cadence, year: number, lastYear: number = year): void {
  if (cadence.kind !== 'windows') return;
  if (cadence.windows.length === 0) throw new AppError('invalid_input', 'Nhịp thực hiện cần ít nhất một khoảng thời gian.', { field: 'cadence' });
  const years = lastYear > year ? `các năm ${year}–${lastYear}` : `năm ${year}`;
  const inPlan = (d: string) => parseIsoDate(d).year >= year && parseIsoDate(d).year <= lastYear;
  cadence.windows.forEach((w, i) => {
    if (!inPlan(w.from) || !inPlan(w.to) || compareDates(w.from, w.to) > 0) {
      throw new AppError('invalid_input', `Khoảng thứ ${i + 1} (${w.from} – ${w.to}) phải nằm trong ${years} của kế hoạch, ngày đầu trước ngày cuối.`, {
        field: `cadence.windows.${i}`,
      });
    }
  });
}

/** A person's cadence for a task, or (null) back to the cadence read from its timeframe. */
export function setCadence(ctx: CoreContext, id: string, cadence: Cadence | null): TaskView {
  const before = requireTask(ctx, id);
  const plan = requirePlan(ctx, before.planId);
  if (cadence) checkCadence(cadence, plan.year, plan.yearTo ?? plan.year);
  const after: PlanTask = cadence
    ? { ...before, cadence, cadenceOverridden: true }
    : { ...before, cadence: parseTimeframe(before.timeframe, plan.year, plan.yearTo ?? plan.year), cadenceOverridden: false };
  return writeTask(ctx, before, after);
}

export function deletePlan(ctx: CoreContext, id: string): { deleted: number } {
  const deleted = ctx.transact(() => {
    const plan = requirePlan(ctx, id);
    const tasks = listTasks(ctx.db, id);
    ctx.write([deletedWrite('plans', id, plan.orgId), ...tasks.map((t) => deletedWrite('plan_tasks', t.id, plan.orgId))]);
    return tasks.length;
  });
  ctx.emit({ type: 'changed', payload: { domain: 'plans', planId: id } });
  return { deleted };
}

/** The app's own plan file, with the directory entries its tasks name, for another install to import. */
export function exportPlan(ctx: CoreContext, id: string): { fileName: string; json: string } {
  const plan = requirePlan(ctx, id);
  const tasks = sortTasks(listTasks(ctx.db, id));
  const index = agencyIndex(ctx.db);
  const used = new Map<string, { name: string; aliases: string[] }>();
  for (const name of tasks.flatMap((t) => [...t.leads, ...t.partners])) {
    const a = index.resolve(name);
    if (a) used.set(a.id, { name: a.name, aliases: a.aliases });
  }
  const file: PlanFileInput = {
    format: PLAN_FILE_FORMAT,
    version: PLAN_FILE_VERSION,
    plan: {
      issuer: plan.issuer,
      number: plan.number || '(chưa có số)',
      date: plan.date,
      year: plan.year,
      // Written only when set, so a plan of one year still reads in versions that do not know these fields.
      ...(plan.yearTo ? { yearTo: plan.yearTo } : {}),
      title: plan.title,
      basedOn: plan.basedOn,
    },
    tasks: tasks.map((t) => ({
      code: t.code,
      title: t.title,
      product: t.product,
      leads: t.leads,
      partners: t.partners,
      ...(t.section ? { section: t.section } : {}),
      timeframe: t.timeframe,
      cadence: t.cadence,
      cadenceOverridden: t.cadenceOverridden,
    })),
    agencies: [...used.values()],
  };
  const slug = `${plan.number || 'ke-hoach'}-${plan.year}`.replace(/[^A-Za-z0-9-]+/g, '-');
  return { fileName: `${slug}.json`, json: `${JSON.stringify(file, null, 2)}\n` };
}
