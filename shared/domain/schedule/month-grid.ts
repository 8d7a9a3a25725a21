import { addDays, isoDate, monthEnd, startOfWeek } from '../dates';
import type { IsoDate } from '../types';

export interface GridDay {
  date: IsoDate;
  /** False for the leading/trailing days borrowed from the neighbouring months. */
  inMonth: boolean;
}

/**
 * The weeks of a month as a Monday-first grid: each week has 7 days; the first week holds the 1st,
 * the last holds the month's last day. 4 to 6 weeks, or always 6 with `fixedSixWeeks` (a steady layout).
 */
export function monthGrid(year: number, month: number, opts: { fixedSixWeeks?: boolean } = {}): GridDay[][] {
  const first = isoDate(year, month, 1);
  const last = monthEnd(year, month);
  const weeks: GridDay[][] = [];
  let day = startOfWeek(first);
  while (day <= last || (opts.fixedSixWeeks === true && weeks.length < 6)) {
    const week: GridDay[] = [];
    for (let i = 0; i < 7; i++) {
      week.push({ date: day, inMonth: day >= first && day <= last });
      day = addDays(day, 1);
    }
    weeks.push(week);
  }
  return weeks;
}

/** First and last date shown by the grid (to query items for the visible range). */
export function gridRange(year: number, month: number, opts: { fixedSixWeeks?: boolean } = {}): { from: IsoDate; to: IsoDate } {
  const weeks = monthGrid(year, month, opts);
  return { from: weeks[0]![0]!.date, to: weeks[weeks.length - 1]![6]!.date };
}

/** Month arithmetic for next/previous navigation. */
export function addMonths(year: number, month: number, delta: number): { year: number; month: number } {
  const idx = year * 12 + (month - 1) + delta;
  return { year: Math.floor(idx / 12), month: (((idx % 12) + 12) % 12) + 1 };
}

export const WEEKDAY_SHORT_VI = ['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN'] as const;
export const WEEKDAY_VI = ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật'] as const;

/** "Tháng 5/2020". */
export function monthTitleVi(year: number, month: number): string {
  return `Tháng ${month}/${year}`;
}
