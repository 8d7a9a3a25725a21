import { addDays, daysInMonth, formatViDate, isoDate, parseIsoDate } from '../dates';
import type { PeriodKind } from '../periods';
import { periodLabel } from './period-label';

/** Period types that may have a data cut-off day (a custom range never does). */
export const CUTOFF_KINDS = ['month', 'quarter', 'half', 'year'] as const;
type CutoffKind = (typeof CUTOFF_KINDS)[number];
export type CutoffDays = Record<CutoffKind, number | null>;

export const NO_CUTOFF: CutoffDays = { month: null, quarter: null, half: null, year: null };

/**
 * Government reporting often closes its figures before the calendar end (Nghị định 09/2019/NĐ-CP:
 * from the 15th of the month before the period to the 14th of its last month). With cut-off day d,
 * a period runs from day d+1 of the month before its first month to day d of its last month.
 * Days are 1–28 so every month has them.
 */
export function applyCutoff(period: { kind: PeriodKind; from: string; to: string }, days: CutoffDays): { from: string; to: string; label: string } | null {
  if (period.kind === 'range') return null;
  const day = days[period.kind];
  if (day === null || day < 1 || day > 28) return null;
  const first = parseIsoDate(period.from);
  const last = parseIsoDate(period.to);
  const prevMonth = first.month === 1 ? { year: first.year - 1, month: 12 } : { year: first.year, month: first.month - 1 };
  const from = addDays(isoDate(prevMonth.year, prevMonth.month, Math.min(day, daysInMonth(prevMonth.year, prevMonth.month))), 1);
  const to = isoDate(last.year, last.month, day);
  return { from, to, label: `${periodLabel(period.from, period.to)} (số liệu từ ngày ${formatViDate(from)} đến ngày ${formatViDate(to)})` };
}
