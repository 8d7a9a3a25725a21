import type { ComplianceWarning, TaskResult, WarningSeverity } from '../compliance-types';
import { monthEnd, parseIsoDate } from '../dates';
import type { IsoDate, PlanTask } from '../types';
import { sentence, taskLabel } from './labels';

/**
 * Warnings look ahead to the end of the month after as-of's month: editors plan next month's
 * episodes, so that is when a gap can still be fixed. Further out they would only be noise.
 */
export function warningHorizon(asOf: IsoDate): IsoDate {
  const { year, month } = parseIsoDate(asOf);
  return month === 12 ? monthEnd(year + 1, 1) : monthEnd(year, month + 1);
}

/** Ahead-of-time warnings first: they can still be fixed by planning; then what fell short; then hints. */
const SEVERITY_RANK: Record<WarningSeverity, number> = { warning: 0, danger: 1, info: 2 };

export function taskWarnings(task: PlanTask, result: TaskResult, period: { from: IsoDate; to: IsoDate }, asOf: IsoDate): ComplianceWarning[] {
  const refYear = parseIsoDate(period.from).year;
  const horizon = warningHorizon(asOf);
  const base = { taskId: task.id, taskCode: task.code };
  const out: ComplianceWarning[] = [];

  if (task.cadence.kind === 'unknown') {
    out.push({
      ...base,
      code: 'unknown-cadence',
      severity: 'info',
      from: period.from,
      to: period.to,
      message: `${taskLabel(task.code)}: chưa xác định được thời hạn thực hiện ("${task.timeframe}") — hãy nhập lịch thực hiện cho nhiệm vụ.`,
      figures: { timeframe: task.timeframe },
    });
    return out;
  }

  for (const m of result.activity) {
    const { year, month } = parseIsoDate(`${m.month}-01`);
    const from = `${m.month}-01`;
    const to = monthEnd(year, month);
    if (to > asOf && from <= horizon && m.planned === 0) {
      out.push({
        ...base,
        code: 'ongoing-idle',
        severity: 'info',
        from,
        to,
        message: sentence(task.code, from, to, refYear, 'chưa có hoạt động nào được lên lịch'),
      });
    }
  }

  for (const w of result.windows) {
    const at = { ...base, from: w.from, to: w.to, figures: { planned: w.planned, done: w.done + w.late, count: w.count } };
    if (w.status === 'upcoming' && w.from <= horizon && w.underPlanned) {
      out.push(
        w.planned === 0
          ? { ...at, code: 'nothing-planned', severity: 'warning', message: sentence(task.code, w.from, w.to, refYear, 'chưa có kỳ nào được lên lịch') }
          : {
              ...at,
              code: 'under-planned',
              severity: 'warning',
              message: sentence(task.code, w.from, w.to, refYear, `mới lên lịch ${w.planned}/${w.count} kỳ`),
            },
      );
    } else if (w.status === 'missing') {
      out.push({ ...at, code: 'missing', severity: 'danger', message: sentence(task.code, w.from, w.to, refYear, `chưa thực hiện (0/${w.count} kỳ)`) });
    } else if (w.status === 'partial') {
      out.push({
        ...at,
        code: 'partial',
        severity: 'danger',
        message: sentence(task.code, w.from, w.to, refYear, `mới thực hiện ${w.done + w.late}/${w.count} kỳ`),
      });
    }
  }
  return out;
}

/** By severity rank, then by date, then in plan order (`order` = task id → position). */
export function sortWarnings(warnings: ComplianceWarning[], order: ReadonlyMap<string, number>): ComplianceWarning[] {
  return warnings.sort(
    (a, b) =>
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      (a.from < b.from ? -1 : a.from > b.from ? 1 : 0) ||
      (order.get(a.taskId) ?? 0) - (order.get(b.taskId) ?? 0) ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
}
