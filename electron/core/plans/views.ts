import type { Db } from '../db/open';
import type { PlanDetail, PlanSummaryView, TaskView } from '../../../shared/contract/plans';
import { describeCadence } from '../../../shared/domain/cadence/describe';
import { AgencyIndex } from '../../../shared/domain/plan/agencies';
import { taskWarnings } from '../../../shared/domain/plan/task-warnings';
import type { PlanTask } from '../../../shared/domain/types';
import { getPlan, listAgencies, listPlans, listTasks } from './plan-repo';

export function agencyIndex(db: Db): AgencyIndex {
  return new AgencyIndex(listAgencies(db));
}

export function taskView(task: PlanTask, index: AgencyIndex): TaskView {
  return {
    ...task,
    cadenceText: describeCadence(task.cadence, 'vi'),
    leadsDisplay: task.leads.map((n) => index.display(n)),
    partnersDisplay: task.partners.map((n) => index.display(n)),
    warnings: taskWarnings(task, index),
  };
}

/** Numeric codes in number order ("2" before "10"), then the rest as Vietnamese text. */
const collator = new Intl.Collator('vi', { numeric: true });
export function sortTasks(tasks: PlanTask[]): PlanTask[] {
  return [...tasks].sort((a, b) => a.sortOrder - b.sortOrder || collator.compare(a.code, b.code));
}

export function planDetail(db: Db, id: string): PlanDetail | null {
  const plan = getPlan(db, id);
  if (!plan) return null;
  const index = agencyIndex(db);
  const { createdAt: _createdAt, ...rest } = plan;
  return { plan: rest, tasks: sortTasks(listTasks(db, id)).map((t) => taskView(t, index)) };
}

export function planSummaries(db: Db): PlanSummaryView[] {
  const index = agencyIndex(db);
  return listPlans(db).map((p) => {
    const tasks = listTasks(db, p.id);
    return {
      id: p.id,
      issuer: p.issuer,
      number: p.number,
      year: p.year,
      ...(p.yearTo ? { yearTo: p.yearTo } : {}),
      date: p.date,
      title: p.title,
      taskCount: tasks.length,
      warningCount: tasks.filter((t) => taskWarnings(t, index).length > 0).length,
    };
  });
}
