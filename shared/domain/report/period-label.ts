import { daysInMonth, formatViDate, parseIsoDate } from '../dates';
import { monthInWords } from './date-words';

const ROMAN_QUARTERS = ['I', 'II', 'III', 'IV'] as const;

/**
 * How a period reads in a report title: "tháng 5 năm 2020", "quý III năm 2020",
 * "6 tháng đầu năm 2020", "năm 2020", otherwise "từ ngày 01/05/2020 đến ngày 20/06/2020".
 * Periods with a cut-off day (not on calendar boundaries) read as a date range; callers that know
 * the period kind may pass their own label instead.
 */
export function periodLabel(from: string, to: string): string {
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  const startsMonth = a.day === 1;
  const endsMonth = b.day === daysInMonth(b.year, b.month);
  if (a.year === b.year && startsMonth && endsMonth) {
    const y = a.year;
    if (a.month === b.month) return `tháng ${monthInWords(a.month)} năm ${y}`;
    if (a.month === 1 && b.month === 12) return `năm ${y}`;
    if (a.month === 1 && b.month === 6) return `6 tháng đầu năm ${y}`;
    if (a.month === 7 && b.month === 12) return `6 tháng cuối năm ${y}`;
    if (b.month - a.month === 2 && (a.month - 1) % 3 === 0) return `quý ${ROMAN_QUARTERS[(a.month - 1) / 3]} năm ${y}`;
    if (a.month === 1 && b.month === 9) return `9 tháng đầu năm ${y}`;
  }
  return `từ ngày ${formatViDate(from)} đến ngày ${formatViDate(to)}`;
}
