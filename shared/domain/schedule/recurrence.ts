import { addDays, dayNumber, daysInMonth, isValidIsoDate, isoDate, parseIsoDate, startOfWeek, weekday } from '../dates';
import type { IsoDate } from '../types';

/**
 * How a series (a regular column) repeats.
 *
 * - `monthlyDay`: the given day of the month. For months too short for that day (31 in April, 30 in
 *   February) `shortMonths` decides: `clamp` (default) airs on the month's last day, because a monthly
 *   column still owes its monthly episode under the plan; `skip` leaves that month out.
 * - `monthlyWeekday`: the nth weekday of the month (1–5, or -1 for the last). A month without a 5th such
 *   weekday has no episode (use -1 for "always the last").
 * - `weekly`: on the given ISO weekdays (1 = Monday … 7 = Sunday) every `intervalWeeks` weeks, counted
 *   from the week (Monday-first) of the series' start date.
 * - `dates`: an explicit list.
 * Monthly rules repeat every `intervalMonths` months (default 1), counted from the start date's month.
 */
export type Recurrence =
  | { kind: 'monthlyDay'; day: number; shortMonths?: 'clamp' | 'skip'; intervalMonths?: number }
  | { kind: 'monthlyWeekday'; nth: number; weekday: number; intervalMonths?: number }
  | { kind: 'weekly'; weekdays: number[]; intervalWeeks?: number }
  | { kind: 'dates'; dates: IsoDate[] };

export interface SeriesRule {
  recurrence: Recurrence;
  startDate: IsoDate;
  /** Inclusive; null = open-ended (generation is then bounded by the requested range). */
  endDate: IsoDate | null;
}

/** Vietnamese message for the first thing wrong with a rule, or null when it is usable. */
export function validateRule(rule: SeriesRule): { field: string; message: string } | null {
  const r = rule.recurrence;
  if (!isValidIsoDate(rule.startDate)) return { field: 'startDate', message: 'Ngày bắt đầu không hợp lệ (dạng yyyy-MM-dd).' };
  if (rule.endDate !== null) {
    if (!isValidIsoDate(rule.endDate)) return { field: 'endDate', message: 'Ngày kết thúc không hợp lệ (dạng yyyy-MM-dd).' };
    if (rule.endDate < rule.startDate) return { field: 'endDate', message: 'Ngày kết thúc phải sau hoặc bằng ngày bắt đầu.' };
  }
  const interval = r.kind === 'weekly' ? r.intervalWeeks : r.kind === 'dates' ? 1 : r.intervalMonths;
  if (interval !== undefined && (!Number.isInteger(interval) || interval < 1 || interval > 52))
    return { field: 'recurrence.interval', message: 'Chu kỳ lặp phải là số nguyên từ 1 đến 52.' };
  switch (r.kind) {
    case 'monthlyDay':
      if (!Number.isInteger(r.day) || r.day < 1 || r.day > 31) return { field: 'recurrence.day', message: 'Ngày trong tháng phải từ 1 đến 31.' };
      return null;
    case 'monthlyWeekday':
      if (!Number.isInteger(r.nth) || !(r.nth === -1 || (r.nth >= 1 && r.nth <= 5)))
        return { field: 'recurrence.nth', message: 'Thứ tự tuần phải là 1–5 hoặc "cuối cùng".' };
      if (!Number.isInteger(r.weekday) || r.weekday < 1 || r.weekday > 7) return { field: 'recurrence.weekday', message: 'Thứ trong tuần không hợp lệ.' };
      return null;
    case 'weekly':
      if (r.weekdays.length === 0) return { field: 'recurrence.weekdays', message: 'Chọn ít nhất một thứ trong tuần.' };
      if (r.weekdays.some((d) => !Number.isInteger(d) || d < 1 || d > 7)) return { field: 'recurrence.weekdays', message: 'Thứ trong tuần không hợp lệ.' };
      return null;
    case 'dates': {
      const bad = r.dates.find((d) => !isValidIsoDate(d));
      if (bad !== undefined) return { field: 'recurrence.dates', message: `Ngày "${bad}" không hợp lệ (dạng yyyy-MM-dd).` };
      if (r.dates.length === 0) return { field: 'recurrence.dates', message: 'Danh sách ngày đang trống.' };
      return null;
    }
  }
}

/** The nth (1–5, or -1 = last) ISO weekday of a month, or null when the month has no such day. */
export function nthWeekdayOfMonth(year: number, month: number, nth: number, wd: number): IsoDate | null {
  if (nth === -1) {
    const last = isoDate(year, month, daysInMonth(year, month));
    return addDays(last, -((weekday(last) - wd + 7) % 7));
  }
  const first = isoDate(year, month, 1);
  const day = 1 + ((wd - weekday(first) + 7) % 7) + (nth - 1) * 7;
  return day <= daysInMonth(year, month) ? isoDate(year, month, day) : null;
}

function monthIndex(date: IsoDate): number {
  const { year, month } = parseIsoDate(date);
  return year * 12 + (month - 1);
}

function* monthlyCandidates(rule: SeriesRule, from: IsoDate, to: IsoDate): Generator<IsoDate> {
  const r = rule.recurrence;
  if (r.kind !== 'monthlyDay' && r.kind !== 'monthlyWeekday') return;
  const every = r.intervalMonths ?? 1;
  const anchor = monthIndex(rule.startDate);
  for (let m = monthIndex(from); m <= monthIndex(to); m++) {
    if ((m - anchor) % every !== 0) continue;
    const year = Math.floor(m / 12);
    const month = (m % 12) + 1;
    if (r.kind === 'monthlyDay') {
      const dim = daysInMonth(year, month);
      if (r.day > dim && r.shortMonths === 'skip') continue;
      yield isoDate(year, month, Math.min(r.day, dim));
    } else {
      const d = nthWeekdayOfMonth(year, month, r.nth, r.weekday);
      if (d !== null) yield d;
    }
  }
}

function* weeklyCandidates(rule: SeriesRule, from: IsoDate, to: IsoDate): Generator<IsoDate> {
  const r = rule.recurrence;
  if (r.kind !== 'weekly') return;
  const every = r.intervalWeeks ?? 1;
  const days = [...new Set(r.weekdays)].sort((a, b) => a - b);
  const anchor = dayNumber(startOfWeek(rule.startDate));
  for (let monday = startOfWeek(from); monday <= to; monday = addDays(monday, 7)) {
    if (((dayNumber(monday) - anchor) / 7) % every !== 0) continue;
    for (const d of days) yield addDays(monday, d - 1);
  }
}

/**
 * Episode dates of a rule within [from, to] (inclusive), intersected with the rule's own span.
 * Sorted ascending, no duplicates. Exceptions (skip/move) are applied by `occurrencesInRange`.
 */
export function generateDates(rule: SeriesRule, from: IsoDate, to: IsoDate): IsoDate[] {
  const lo = from > rule.startDate ? from : rule.startDate;
  const hi = rule.endDate !== null && rule.endDate < to ? rule.endDate : to;
  if (lo > hi) return [];
  const r = rule.recurrence;
  const candidates = r.kind === 'dates' ? r.dates : r.kind === 'weekly' ? weeklyCandidates(rule, lo, hi) : monthlyCandidates(rule, lo, hi);
  const out = new Set<IsoDate>();
  for (const d of candidates) if (d >= lo && d <= hi) out.add(d);
  return [...out].sort();
}

/** True when `date` is one of the rule's own (unexcepted) episode dates. */
export function isOccurrence(rule: SeriesRule, date: IsoDate): boolean {
  return isValidIsoDate(date) && generateDates(rule, date, date).length === 1;
}
