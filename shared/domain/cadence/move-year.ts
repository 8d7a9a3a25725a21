import { daysInMonth, isoDate, parseIsoDate } from '../dates';
import type { Cadence, CadenceWindow } from '../types';
import { isMonthEnd, periodWindows } from './periods';
import { windowShape } from './shape';

/** The same day in `year`; month ends stay month ends (29/02 → 28/02, 28/02 → 29/02 in a leap year). */
export function moveDateToYear(date: string, year: number): string {
  const { month, day } = parseIsoDate(date);
  const last = daysInMonth(year, month);
  return isoDate(year, month, isMonthEnd(date) ? last : Math.min(day, last));
}

/**
 * The cadence of a plan copied to another year. Recurring cadences are rebuilt for the new
 * year (weeks start on different days each year); other windows keep their day and month.
 * `ongoing` and `unknown` carry over unchanged.
 */
export function moveCadenceToYear(cadence: Cadence, year: number): Cadence {
  if (cadence.kind !== 'windows' || cadence.windows.length === 0) return cadence;
  const shape = windowShape(cadence.windows);
  if (shape.type === 'every') {
    const rebuilt = periodWindows(shape.period, moveDateToYear(shape.from, year), moveDateToYear(shape.to, year), shape.count);
    if (rebuilt) return { kind: 'windows', windows: rebuilt };
  }
  const windows: CadenceWindow[] = cadence.windows.map((w) => ({
    from: moveDateToYear(w.from, year),
    to: moveDateToYear(w.to, year),
    count: w.count,
  }));
  return { kind: 'windows', windows };
}
