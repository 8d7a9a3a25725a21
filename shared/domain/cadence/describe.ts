import { formatViDate, parseIsoDate } from '../dates';
import type { Cadence, CadenceWindow } from '../types';
import { isMonthEnd, isMonthStart, type PeriodUnit } from './periods';
import { windowShape } from './shape';

export type Lang = 'vi' | 'en';

const ROMAN = ['I', 'II', 'III', 'IV'];
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const EVERY: Record<Lang, Record<PeriodUnit, string>> = {
  vi: { week: 'mỗi tuần', month: 'mỗi tháng', quarter: 'mỗi quý', half: 'mỗi 6 tháng', year: 'mỗi năm' },
  en: { week: 'a week', month: 'a month', quarter: 'a quarter', half: 'every six months', year: 'a year' },
};

function enDate(date: string): string {
  const { year, month, day } = parseIsoDate(date);
  return `${day} ${EN_MONTHS[month - 1]} ${year}`;
}

/** The span of a window in words: "tháng 9–10/2020", "quý II/2021", "6 tháng đầu năm 2020", "năm 2020"… */
function describeSpan(from: string, to: string, lang: Lang): string {
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  const vi = lang === 'vi';
  if (a.year === b.year && isMonthStart(from) && isMonthEnd(to)) {
    const y = a.year;
    if (a.month === 1 && b.month === 12) return vi ? `năm ${y}` : `${y}`;
    if (a.month === 1 && b.month === 6) return vi ? `6 tháng đầu năm ${y}` : `first half of ${y}`;
    if (a.month === 7 && b.month === 12) return vi ? `6 tháng cuối năm ${y}` : `second half of ${y}`;
    if (a.month % 3 === 1 && b.month === a.month + 2) {
      const q = ROMAN[(a.month - 1) / 3]!;
      return vi ? `quý ${q}/${y}` : `Q${(a.month + 2) / 3} ${y}`;
    }
    if (a.month === b.month) return vi ? `tháng ${a.month}/${y}` : `${EN_MONTHS[a.month - 1]} ${y}`;
    return vi ? `tháng ${a.month}–${b.month}/${y}` : `${EN_MONTHS[a.month - 1]}–${EN_MONTHS[b.month - 1]} ${y}`;
  }
  if (a.year < b.year && isMonthStart(from) && a.month === 1 && b.month === 12 && b.day === 31) return vi ? `năm ${a.year}–${b.year}` : `${a.year}–${b.year}`;
  if (from === to) return vi ? `ngày ${formatViDate(from)}` : `on ${enDate(from)}`;
  if (a.month === 1 && a.day === 1) return vi ? `trước ngày ${formatViDate(to)}` : `by ${enDate(to)}`;
  return vi ? `từ ${formatViDate(from)} đến ${formatViDate(to)}` : `from ${enDate(from)} to ${enDate(to)}`;
}

function times(count: number, lang: Lang): string {
  if (lang === 'vi') return `${count} lần`;
  return count === 1 ? 'once' : `${count} times`;
}

function describeWindow(w: CadenceWindow, lang: Lang): string {
  const span = describeSpan(w.from, w.to, lang);
  const bare = ['by ', 'on ', 'from ', 'trước ', 'ngày ', 'từ '].some((p) => span.startsWith(p));
  if (lang === 'en') return `${times(w.count, lang)} ${bare ? span : `in ${span}`}`;
  return bare ? `${w.count} lần ${span}` : `${w.count} lần trong ${span}`;
}

/**
 * A cadence in words for the plan table and reports: "1 kỳ mỗi tháng",
 * "1 lần trong tháng 9–10/2020", "Thường xuyên", "Chưa rõ: «…»".
 */
export function describeCadence(cadence: Cadence, lang: Lang = 'vi'): string {
  const vi = lang === 'vi';
  if (cadence.kind === 'ongoing') return vi ? 'Thường xuyên' : 'Ongoing';
  if (cadence.kind === 'unknown') {
    if (!cadence.text) return vi ? 'Chưa rõ thời gian (cần xem lại)' : 'No timeframe (needs review)';
    return vi ? `Chưa rõ: «${cadence.text}» (cần xem lại)` : `Unclear: «${cadence.text}» (needs review)`;
  }
  if (cadence.windows.length === 0) return vi ? 'Không có kỳ nào' : 'No windows';
  const years = describeYears(cadence.windows, lang);
  if (years) return years;
  const shape = windowShape(cadence.windows);
  if (shape.type === 'single') return describeWindow(shape.window, lang);
  if (shape.type === 'list') return shape.windows.map((w) => describeWindow(w, lang)).join('; ');
  const every = vi ? `${shape.count} kỳ ${EVERY.vi[shape.period]}` : `${times(shape.count, lang)} ${EVERY.en[shape.period]}`;
  const from = parseIsoDate(shape.from);
  const to = parseIsoDate(shape.to);
  const wholeYear = from.month === 1 && from.day === 1 && to.month === 12 && to.day === 31;
  if (wholeYear) return every;
  return `${every}, ${describeSpan(shape.from, shape.to, lang)}`;
}

/**
 * Windows of a plan of several years, when every year has the same ones: "1 kỳ mỗi tháng, năm
 * 2026–2030", "1 lần trong tháng 6 mỗi năm, năm 2026–2030". Null when the years differ.
 */
function describeYears(windows: readonly CadenceWindow[], lang: Lang): string | null {
  const byYear = new Map<number, CadenceWindow[]>();
  for (const w of windows) {
    const y = parseIsoDate(w.from).year;
    if (parseIsoDate(w.to).year !== y) return null;
    byYear.set(y, [...(byYear.get(y) ?? []), w]);
  }
  const years = [...byYear.keys()].sort((a, b) => a - b);
  if (years.length < 2 || years.some((y, i) => i > 0 && y !== years[i - 1]! + 1)) return null;
  const span = lang === 'vi' ? `năm ${years[0]}–${years.at(-1)}` : `${years[0]}–${years.at(-1)}`;
  // The same periods in every whole year (weeks fall on other days each year): "1 kỳ mỗi tuần, năm 2026–2030".
  const shapes = years.map((y) => ({ y, shape: windowShape(byYear.get(y)!) }));
  const s0 = shapes[0]!.shape;
  if (
    s0.type === 'every' &&
    shapes.every(
      ({ y, shape }) =>
        shape.type === 'every' && shape.period === s0.period && shape.count === s0.count && shape.from === `${y}-01-01` && shape.to === `${y}-12-31`,
    )
  ) {
    const every = lang === 'vi' ? `${s0.count} kỳ ${EVERY.vi[s0.period]}` : `${times(s0.count, lang)} ${EVERY.en[s0.period]}`;
    return `${every}, ${span}`;
  }
  const dayMonths = (ws: CadenceWindow[]) => ws.map((w) => `${w.from.slice(5)}|${w.to.slice(5)}|${w.count}`).join(',');
  const first = byYear.get(years[0]!)!;
  // Leap years: "02-29" and "02-28" are the same month end.
  const same = years.every((y) => dayMonths(byYear.get(y)!).replace(/02-29/g, '02-28') === dayMonths(first).replace(/02-29/g, '02-28'));
  if (!same) return null;
  const w0 = first[0]!;
  if (first.length === 1 && w0.from.endsWith('-01-01') && w0.to.endsWith('-12-31')) {
    return lang === 'vi' ? `${w0.count} kỳ mỗi năm, ${span}` : `${times(w0.count, lang)} a year, ${span}`;
  }
  const oneYear = describeCadence({ kind: 'windows', windows: first }, lang);
  const each = lang === 'vi' ? ` mỗi năm` : ` every year`;
  // "1 kỳ mỗi tháng" already says "every"; a single window per year gets "mỗi năm" after its month, without the year.
  const yearless = oneYear.replace(new RegExp(`(?:/| )${years[0]}\\b`, 'g'), '');
  return first.length === 1 ? `${yearless}${each}, ${span}` : `${yearless}, ${span}`;
}
