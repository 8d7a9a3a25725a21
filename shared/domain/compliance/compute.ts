import type { ComplianceReport, TaskResult } from '../compliance-types';
import { overlaps } from '../periods';
import type { IsoDate, Item, Plan, PlanTask } from '../types';
import { monthlyActivity } from './activity';
import { compareFacts, itemFact, type ItemFact } from './item-facts';
import { sumCounts, windowCounts } from './counts';
import { windowedTaskStatus } from './task-status';
import { computeTotals } from './totals';
import { evaluateWindows, windowMissing } from './window-status';
import { sortWarnings, taskWarnings } from './warnings';

export interface ComplianceInput {
  plan: Plan;
  tasks: readonly PlanTask[];
  items: readonly Item[];
  /** Period, both ends inclusive. */
  from: IsoDate;
  to: IsoDate;
  /** State at the end of this day. */
  asOf: IsoDate;
}

function compareTasks(a: PlanTask, b: PlanTask): number {
  return a.sortOrder - b.sortOrder || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}

/**
 * Required / planned / done / late / missing per plan task and window, as of a date.
 * Pure and linear in the items (plus a sort per window): items are indexed by task once,
 * then each finds its window by binary search.
 */
export function computeCompliance(input: ComplianceInput): ComplianceReport {
  const { plan, from, to, asOf } = input;
  const tasks = [...input.tasks].sort(compareTasks);
  const taskIds = new Set(tasks.map((t) => t.id));

  const factsByTask = new Map<string, ItemFact[]>();
  const servingPlan = new Map<string, ItemFact>();
  // One sort up front: every per-task and per-window list is then filled already in order
  // (their own sorts run over sorted input, which is linear), and item order never matters.
  const facts: ItemFact[] = [];
  for (const item of input.items) {
    const fact = itemFact(item, asOf);
    if (fact) facts.push(fact);
  }
  facts.sort(compareFacts);
  for (const fact of facts) {
    const links = fact.item.taskIds;
    for (let k = 0; k < links.length; k += 1) {
      const taskId = links[k]!;
      // A repeated link must not count an item twice for the same task (links are few: indexOf is cheap).
      if (!taskIds.has(taskId) || links.indexOf(taskId) !== k) continue;
      servingPlan.set(fact.id, fact);
      const list = factsByTask.get(taskId);
      if (list) list.push(fact);
      else factsByTask.set(taskId, [fact]);
    }
  }

  const results: TaskResult[] = [];
  const warnings = [];
  for (const task of tasks) {
    const facts = factsByTask.get(task.id) ?? [];
    const result = evaluateTask(task, facts, from, to, asOf);
    results.push(result);
    warnings.push(...taskWarnings(task, result, { from, to }, asOf));
  }

  return {
    planId: plan.id,
    plan: { id: plan.id, issuer: plan.issuer, number: plan.number, year: plan.year, title: plan.title },
    from,
    to,
    asOf,
    tasks: results,
    totals: computeTotals(servingPlan.values(), from, to),
    warnings: sortWarnings(warnings, new Map(tasks.map((t, i) => [t.id, i]))),
  };
}

function evaluateTask(task: PlanTask, facts: readonly ItemFact[], from: IsoDate, to: IsoDate, asOf: IsoDate): TaskResult {
  const base = {
    taskId: task.id,
    code: task.code,
    title: task.title,
    product: task.product,
    leads: [...task.leads],
    ...(task.section ? { section: task.section } : {}),
  };
  const cadence = task.cadence;
  // Done in the period, for tasks without a number to meet: every such product is extra.
  const doneInPeriod = facts.filter((f) => f.doneAt !== null && f.plannedDate >= from && f.plannedDate <= to).length;
  const unnumbered = { required: null, onTime: 0, late: 0, missing: 0, notYetDue: 0, extra: doneInPeriod };
  if (cadence.kind === 'unknown') {
    return { ...base, status: 'unknown', required: 0, done: 0, late: 0, missing: 0, counts: unnumbered, windows: [], activity: [] };
  }
  if (cadence.kind === 'ongoing') {
    const activity = monthlyActivity(facts, from, to, asOf);
    const done = activity.reduce((n, m) => n + m.done, 0);
    return { ...base, status: 'ongoing', required: 0, done, late: 0, missing: 0, counts: { ...unnumbered, extra: done }, windows: [], activity };
  }
  const windows = cadence.windows.filter((w) => overlaps(w.from, w.to, from, to)).sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const evaluated = evaluateWindows(windows, facts, asOf);
  let required = 0;
  let done = 0;
  let late = 0;
  let missing = 0;
  for (const w of evaluated) {
    required += w.count;
    done += w.done;
    late += w.late;
    missing += windowMissing(w, asOf);
  }
  // Products of the task done in the period but outside every window asked for nothing: extra.
  const inWindows = new Set(evaluated.flatMap((w) => w.itemIds));
  const outside = facts.filter((f) => f.doneAt !== null && f.plannedDate >= from && f.plannedDate <= to && !inWindows.has(f.id)).length;
  const counts = sumCounts([{ required: 0, onTime: 0, late: 0, missing: 0, notYetDue: 0, extra: outside }, ...evaluated.map((w) => windowCounts(w, asOf))]);
  return { ...base, status: windowedTaskStatus(evaluated, asOf), required, done, late, missing, counts, windows: evaluated, activity: [] };
}
