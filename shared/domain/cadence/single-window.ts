import { daysInMonth, isoDate, monthEnd, compareDates } from '../dates';
import type { CadenceWindow } from '../types';
import { DATE, HEDGE, MN, QN, SEP, YR, YTAIL, quarterValue, re } from './phrases';
import { monthSpan, yearBounds } from './periods';

/** A window read from a phrase; `openEnd` marks "từ tháng 3" (a start without an end). */
export interface ReadWindow {
  from: string;
  to: string;
  openEnd: boolean;
}

const LEAD = `${HEDGE}(?:(?:trong|vao|tu|trong cac|cac|trong thoi gian) )?`;
const MONTH_LIST = re(`${LEAD}(?:thang|t) ${MN}${YTAIL}(?: ${SEP}(?: (?:thang|t))? ${MN}${YTAIL}| (?:thang|t) ${MN}${YTAIL})*`);
const MONTH_BARE = re(`${HEDGE}${MN} / ${YR}(?: ${SEP} ${MN} / ${YR})*`);
const QUARTER_LIST = re(`${LEAD}quy ${QN}${YTAIL}(?: ${SEP}(?: quy)? ${QN}${YTAIL}| quy ${QN}${YTAIL})*`);
const HALF = re(`${HEDGE}(?:trong )?(?:(?:6|06|sau) thang|nua) (dau|cuoi) nam(?: / ${YR}| , ${YR}| ${YR})?`);
const WHOLE_YEAR = re(`${HEDGE}(?:(?:trong|suot|ca|trong ca|trong suot) nam(?: ${YR})?|nam ${YR}|${YR})`);
const DEADLINE = re(`${HEDGE}(?:(?:hoan thanh|thuc hien) )?(?:(?:truoc|cham nhat|han chot|han|khong qua|xong|:) )+(?:ngay )?${DATE}`);
const BEFORE_MONTH = re(`${HEDGE}(?:(?:hoan thanh|thuc hien) )?truoc thang ${MN}${YTAIL}`);
const DATE_RANGE = re(`${HEDGE}(?:tu )?(?:ngay )?${DATE} (?:-|den|toi)(?: het)?(?: ngay)? ${DATE}`);
const ONE_DATE = re(`${HEDGE}(?:(?:vao|trong) )?(?:ngay )?${DATE}`);

const smallNumbers = (tokens: string[]) => tokens.filter((t) => /^\d{1,2}$/.test(t)).map(Number);

function ascending(values: number[]): boolean {
  return values.every((v, i) => i === 0 || v >= values[i - 1]!);
}

/** Dates in order from the numbers of a matched phrase: day, month, optional 4-digit year. */
function readDates(tokens: string[], year: number): string[] | null {
  const nums = tokens.filter((t) => /^\d+$/.test(t));
  const out: string[] = [];
  for (let i = 0; i < nums.length;) {
    const day = Number(nums[i]);
    const month = Number(nums[i + 1]);
    i += nums[i + 2] !== undefined && nums[i + 2]!.length === 4 ? 3 : 2;
    if (!(month >= 1 && month <= 12) || day < 1 || day > daysInMonth(year, month)) return null;
    out.push(isoDate(year, month, day));
  }
  return out;
}

/**
 * One window from one phrase (a month or months, quarters, a half-year, the year, a deadline,
 * a date range or a day), or null. Years in the phrase were already checked against `year`.
 */
export function readWindow(tokens: string[], year: number): ReadWindow | null {
  const s = tokens.join(' ');
  const closed = (from: string, to: string): ReadWindow => ({ from, to, openEnd: false });

  if (MONTH_LIST.test(s) || MONTH_BARE.test(s)) {
    const months = smallNumbers(tokens);
    if (!ascending(months)) return null;
    const w = monthSpan(year, months[0]!, months[months.length - 1]!, 1);
    // "từ tháng 3" names only a start: the caller decides whether that means "to the year's end".
    const openEnd = months.length === 1 && tokens.includes('tu');
    return { from: w.from, to: w.to, openEnd };
  }
  if (QUARTER_LIST.test(s)) {
    const quarters = tokens
      .slice(tokens.indexOf('quy'))
      .map(quarterValue)
      .filter((q): q is number => q !== null);
    if (!ascending(quarters)) return null;
    const w = monthSpan(year, quarters[0]! * 3 - 2, quarters[quarters.length - 1]! * 3, 1);
    return { ...closed(w.from, w.to), openEnd: quarters.length === 1 && tokens.includes('tu') };
  }
  const half = HALF.exec(s);
  if (half) {
    const w = half[1] === 'dau' ? monthSpan(year, 1, 6, 1) : monthSpan(year, 7, 12, 1);
    return closed(w.from, w.to);
  }
  if (WHOLE_YEAR.test(s)) {
    const b = yearBounds(year);
    return closed(b.from, b.to);
  }
  if (BEFORE_MONTH.test(s)) {
    const month = smallNumbers(tokens)[0]!;
    return month > 1 ? closed(yearBounds(year).from, monthEnd(year, month - 1)) : null;
  }
  if (DEADLINE.test(s)) {
    const dates = readDates(tokens, year);
    return dates && dates.length === 1 ? closed(yearBounds(year).from, dates[0]!) : null;
  }
  if (DATE_RANGE.test(s)) {
    const dates = readDates(tokens, year);
    if (!dates || dates.length !== 2 || compareDates(dates[0]!, dates[1]!) > 0) return null;
    return closed(dates[0]!, dates[1]!);
  }
  if (ONE_DATE.test(s)) {
    const dates = readDates(tokens, year);
    return dates && dates.length === 1 ? closed(dates[0]!, dates[0]!) : null;
  }
  return null;
}

export function windowOf(read: ReadWindow, count: number): CadenceWindow {
  return { from: read.from, to: read.to, count };
}
