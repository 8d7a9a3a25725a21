import { formatViDate, monthEnd, parseIsoDate } from '../dates';
import type { IsoDate } from '../types';

/**
 * How a window reads in a sentence: "tháng 12", "tháng 9–10", "năm 2021",
 * otherwise "từ 01/05/2020 đến 15/05/2020". The year is added only when it is not `refYear`.
 */
export function windowLabel(from: IsoDate, to: IsoDate, refYear: number): string {
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  const wholeMonths = a.day === 1 && to === monthEnd(b.year, b.month);
  if (wholeMonths && a.year === b.year) {
    const suffix = a.year === refYear ? '' : `/${a.year}`;
    if (a.month === 1 && b.month === 12) return `năm ${a.year}`;
    if (a.month === b.month) return `tháng ${a.month}${suffix}`;
    return `tháng ${a.month}–${b.month}${suffix}`;
  }
  if (from === to) return `ngày ${formatViDate(from)}`;
  return `từ ${formatViDate(from)} đến ${formatViDate(to)}`;
}

export function taskLabel(code: string): string {
  return `Nhiệm vụ ${code}`;
}

/** "Nhiệm vụ 05: tháng 12 chưa…" — the sentence starts with a lower-case window label after the colon. */
export function sentence(code: string, from: IsoDate, to: IsoDate, refYear: number, rest: string): string {
  return `${taskLabel(code)}: ${windowLabel(from, to, refYear)} ${rest}`;
}
