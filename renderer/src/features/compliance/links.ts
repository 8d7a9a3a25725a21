import type { ComplianceWarning } from '../../../../shared/domain/compliance-types';

/**
 * Where to go to fix something. The schedule's month view filtered on the task is where a missing
 * episode gets planned or marked done; a task whose timeframe could not be read is fixed in the plan.
 */
export function scheduleLink(taskId: string, from: string): string {
  return `/schedule/month?m=${from.slice(0, 7)}&task=${encodeURIComponent(taskId)}`;
}

export function planTaskLink(planId: string, taskId: string): string {
  return `/plans/${encodeURIComponent(planId)}?task=${encodeURIComponent(taskId)}`;
}

export function itemLink(itemId: string, plannedDate: string): string {
  return `/schedule/month?m=${plannedDate.slice(0, 7)}&item=${encodeURIComponent(itemId)}`;
}

export function warningLink(planId: string, w: ComplianceWarning): string {
  return w.code === 'unknown-cadence' ? planTaskLink(planId, w.taskId) : scheduleLink(w.taskId, w.from);
}
