import type { ComplianceWarning } from '../../../../shared/domain/compliance-types';

/**
 * Where to go to fix something. The schedule's month view filtered on the task is where a missing
 * episode gets planned or marked done; a task whose timeframe could not be read is fixed in the plan.
 */
export function scheduleLink(taskId: string, from: string): string {
  return `/schedule/month?m=${from.slice(0, 7)}&task=${encodeURIComponent(taskId)}`;
}

function planTaskLink(planId: string, taskId: string): string {
  return `/plans/${encodeURIComponent(planId)}?task=${encodeURIComponent(taskId)}`;
}

export function itemLink(itemId: string, plannedDate: string): string {
  return `/schedule/month?m=${plannedDate.slice(0, 7)}&item=${encodeURIComponent(itemId)}`;
}

/** A window already under way opens at the as-of month (where the missing episode would go), else at its start. */
export function warningLink(planId: string, w: ComplianceWarning, asOf: string): string {
  if (w.code === 'unknown-cadence') return planTaskLink(planId, w.taskId);
  const at = w.from <= asOf && asOf <= w.to ? asOf : w.from;
  return scheduleLink(w.taskId, at);
}
