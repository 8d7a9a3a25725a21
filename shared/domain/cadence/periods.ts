import { addDays, daysInMonth, isoDate, monthEnd, monthStart, startOfWeek, compareDates } from '../dates';
import type { CadenceWindow } from '../types';

/** The calendar units a plan repeats over and reports are cut by. `half` is six months (Jan–Jun, Jul–Dec). */
export type PeriodUnit = 'week' | 'month' | 'quarter' | 'half' | 'year';
export const PERIODS: readonly PeriodUnit[] = ['week', 'month', 'quarter', 'half', 'year'];

const MONTHS_IN: Record<Exclude<PeriodUnit, 'week'>, number> = { month: 1, quarter: 3, half: 6, year: 12 };

/** First and last day of the year. */
export function yearBounds(year: number): { from: string; to: string } {
  return { from: isoDate(year, 1, 1), to: isoDate(year, 12, 31) };
}

/** The month-aligned window from the start of `fromMonth` to the end of `toMonth`. */
export function monthSpan(year: number, fromMonth: number, toMonth: number, count: number): CadenceWindow {
  return { from: monthStart(year, fromMonth), to: monthEnd(year, toMonth), count };
}

/**
 * All windows of `period` that lie in [from, to]. Month-based periods must align with the
 * range (a half-covered quarter is not a quarter); weeks start on Monday and are clipped to the range.
 * Returns null when the range does not align.
 */
export function periodWindows(period: PeriodUnit, from: string, to: string, count: number): CadenceWindow[] | null {
  if (compareDates(from, to) > 0) return null;
  if (period === 'week') {
    const out: CadenceWindow[] = [];
    let start = from;
    while (compareDates(start, to) <= 0) {
      const sunday = addDays(startOfWeek(start), 6);
      const end = compareDates(sunday, to) < 0 ? sunday : to;
      out.push({ from: start, to: end, count });
      start = addDays(end, 1);
    }
    return out;
  }
  const year = Number(from.slice(0, 4));
  if (Number(to.slice(0, 4)) !== year) return null;
  const step = MONTHS_IN[period];
  const out: CadenceWindow[] = [];
  for (let m = 1; m <= 12; m += step) {
    const w = monthSpan(year, m, m + step - 1, count);
    if (compareDates(w.from, from) >= 0 && compareDates(w.to, to) <= 0) out.push(w);
  }
  if (out.length === 0 || out[0]!.from !== from || out[out.length - 1]!.to !== to) return null;
  return out;
}

/** True when the date is the last day of its month. */
export function isMonthEnd(date: string): boolean {
  return Number(date.slice(8, 10)) === daysInMonth(Number(date.slice(0, 4)), Number(date.slice(5, 7)));
}

export function isMonthStart(date: string): boolean {
  return date.slice(8, 10) === '01';
}
