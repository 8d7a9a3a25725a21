import { canonicalJson } from '../sync/canonical-json';
import type { LocalWrite } from '../sync/write-path';
import type { PlanTask } from '../../../shared/domain/types';
import type { PlanFields } from '../../../shared/domain/plan/build-plan';

/** Write-path records for the plan tables; services decide what changed, this only shapes the writes. */
export function planCreateWrites(orgId: string, plan: PlanFields, createdAt: string, source: string | null): LocalWrite[] {
  return [{ table: 'plans', rowId: plan.id, group: 'create', value: { orgId, year: plan.year, createdAt }, org: orgId }, planMetaWrite(plan, source, orgId)];
}

export function planMetaWrite(plan: PlanFields, source: string | null, orgId: string): LocalWrite {
  return {
    table: 'plans',
    rowId: plan.id,
    group: 'meta',
    value: { issuer: plan.issuer, number: plan.number, date: plan.date, title: plan.title, basedOn: plan.basedOn, source, yearTo: plan.yearTo ?? null },
    org: orgId,
  };
}

type TaskGroup = 'content' | 'agencies' | 'timing' | 'order';

function taskGroupValue(task: PlanTask, group: TaskGroup): Record<string, unknown> {
  switch (group) {
    case 'content':
      return { code: task.code, title: task.title, product: task.product, section: task.section ?? '' };
    case 'agencies':
      return { leads: task.leads, partners: task.partners };
    case 'timing':
      return { timeframe: task.timeframe, cadence: task.cadence, cadenceOverridden: task.cadenceOverridden };
    case 'order':
      return { sortOrder: task.sortOrder };
  }
}

const TASK_WRITE_GROUPS: readonly TaskGroup[] = ['content', 'agencies', 'timing', 'order'];

export function taskCreateWrites(orgId: string, task: PlanTask): LocalWrite[] {
  return [
    { table: 'plan_tasks', rowId: task.id, group: 'create', value: { orgId, planId: task.planId }, org: orgId },
    ...TASK_WRITE_GROUPS.map((group) => ({ table: 'plan_tasks', rowId: task.id, group, value: taskGroupValue(task, group), org: orgId })),
  ];
}

/** Only the groups whose values differ, so a re-import of an unchanged plan writes nothing. */
export function taskUpdateWrites(orgId: string, before: PlanTask, after: PlanTask): LocalWrite[] {
  return TASK_WRITE_GROUPS.filter((g) => canonicalJson(taskGroupValue(before, g)) !== canonicalJson(taskGroupValue(after, g))).map((group) => ({
    table: 'plan_tasks',
    rowId: after.id,
    group,
    value: taskGroupValue(after, group),
    org: orgId,
  }));
}

export function agencyWrites(orgId: string, id: string, name: string, aliases: string[], create: boolean): LocalWrite[] {
  return [
    ...(create ? [{ table: 'agencies', rowId: id, group: 'create', value: { orgId }, org: orgId }] : []),
    { table: 'agencies', rowId: id, group: 'name', value: { name, aliases }, org: orgId },
  ];
}

export function deletedWrite(table: 'plans' | 'plan_tasks' | 'agencies', rowId: string, orgId: string): LocalWrite {
  return { table, rowId, group: 'deleted', value: { deleted: true }, org: orgId };
}

/** Same values, whatever the key order (stored JSON is canonical: keys sorted). */
export function sameValue(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}
