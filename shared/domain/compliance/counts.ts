import type { WindowResult } from '../compliance-types';
import type { IsoDate } from '../types';

/**
 * The one arithmetic of every report (issue 16): what was required is split without remainder into
 * what was done on time, done late, is missing (its window has ended) and is not yet due (its window
 * is still open at as-of):  required = onTime + late + missing + notYetDue.
 * Products beyond what a window asked for — and everything done for an ongoing task or outside the
 * task's windows — are `extra`, counted apart so they never make up for a shortfall elsewhere.
 * An ongoing task has no number to meet: `required` is null and its products are all `extra`.
 */
export interface ReportCounts {
  required: number | null;
  onTime: number;
  late: number;
  missing: number;
  notYetDue: number;
  extra: number;
}

const ZERO_COUNTS: ReportCounts = { required: 0, onTime: 0, late: 0, missing: 0, notYetDue: 0, extra: 0 };

/** One window: done items fill the requirement first (on time before late), the rest are extra. */
export function windowCounts(w: Pick<WindowResult, 'count' | 'done' | 'late' | 'to'>, asOf: IsoDate): ReportCounts {
  const onTime = Math.min(w.done, w.count);
  const late = Math.min(w.late, w.count - onTime);
  const short = w.count - onTime - late;
  const ended = w.to <= asOf;
  return { required: w.count, onTime, late, missing: ended ? short : 0, notYetDue: ended ? 0 : short, extra: w.done + w.late - onTime - late };
}

/** Sum of counts; `required` stays null only when every part is null (all ongoing). */
function addCounts(a: ReportCounts, b: ReportCounts): ReportCounts {
  const required = a.required === null && b.required === null ? null : (a.required ?? 0) + (b.required ?? 0);
  return {
    required,
    onTime: a.onTime + b.onTime,
    late: a.late + b.late,
    missing: a.missing + b.missing,
    notYetDue: a.notYetDue + b.notYetDue,
    extra: a.extra + b.extra,
  };
}

export function sumCounts(list: Iterable<ReportCounts>): ReportCounts {
  let total: ReportCounts = ZERO_COUNTS;
  for (const c of list) total = addCounts(total, c);
  return total;
}
