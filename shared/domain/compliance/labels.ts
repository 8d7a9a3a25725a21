import { formatViDate, monthEnd, parseIsoDate } from '../dates';
import type { IsoDate } from '../types';

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * How a window reads in a sentence: "tháng 12", "tháng 9–10", "năm 2021",
 * otherwise "từ 01/05/2020 đến 15/05/2020". The year is added only when it is not `refYear`.
 * In English (the interface's English mode; reports are always Vietnamese): "December", "September–October",
 * "the year 2021", "01/05/2020 to 15/05/2020" (dates stay dd/MM/yyyy).
 */
export function windowLabel(from: IsoDate, to: IsoDate, refYear: number, lang: 'vi' | 'en' = 'vi'): string {
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  const en = lang === 'en';
  const wholeMonths = a.day === 1 && to === monthEnd(b.year, b.month);
  if (wholeMonths && a.year === b.year) {
    if (a.month === 1 && b.month === 12) return en ? `the year ${a.year}` : `năm ${a.year}`;
    if (en) {
      const suffix = a.year === refYear ? '' : ` ${a.year}`;
      const m = (n: number) => EN_MONTHS[n - 1]!;
      return a.month === b.month ? `${m(a.month)}${suffix}` : `${m(a.month)}–${m(b.month)}${suffix}`;
    }
    const suffix = a.year === refYear ? '' : `/${a.year}`;
    if (a.month === b.month) return `tháng ${a.month}${suffix}`;
    return `tháng ${a.month}–${b.month}${suffix}`;
  }
  if (from === to) return en ? formatViDate(from) : `ngày ${formatViDate(from)}`;
  return en ? `${formatViDate(from)} to ${formatViDate(to)}` : `từ ${formatViDate(from)} đến ${formatViDate(to)}`;
}

/** A matrix column's header in English: "May 2020" / "May" for a month, "Q2 2020" / "Q2" for a quarter (key `yyyy-MM`, `yyyy-Qn`). */
export function columnLabelEn(key: string): { label: string; short: string } {
  const q = /^(\d{4})-Q([1-4])$/.exec(key);
  if (q) return { label: `Q${q[2]} ${q[1]}`, short: `Q${q[2]}` };
  const m = /^(\d{4})-(\d{2})$/.exec(key);
  if (!m) return { label: key, short: key };
  const name = EN_MONTHS[Number(m[2]) - 1] ?? m[2]!;
  return { label: `${name} ${m[1]}`, short: name.slice(0, 3) };
}

export function taskLabel(code: string): string {
  return `Nhiệm vụ ${code}`;
}

/** "Nhiệm vụ 05: tháng 12 chưa…" — the sentence starts with a lower-case window label after the colon. */
export function sentence(code: string, from: IsoDate, to: IsoDate, refYear: number, rest: string): string {
  return `${taskLabel(code)}: ${windowLabel(from, to, refYear)} ${rest}`;
}
