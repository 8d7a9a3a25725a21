import { isoDate } from '../dates';
import type { CadenceWindow } from '../types';
import { readWindow } from './single-window';

/** The plan's years: one year, or a period such as 2026–2030. */
export interface PlanYears {
  first: number;
  last: number;
}

type InYear = (tokens: string[], year: number, openEnd: boolean) => CadenceWindow[] | null;

const isYear = (t: string) => /^\d{4}$/.test(t);
const yearsIn = (tokens: readonly string[]) => [...new Set(tokens.filter(isYear).map(Number))];
const JUNCTION = [',', ';', '-', ':', '.', 'va', '+'];
/** What a task does at its periodic dates, written before the period ("báo cáo hằng quý"). */
const ACTIVITY = [
  ['bao', 'cao'],
  ['tong', 'hop'],
  ['danh', 'gia'],
  ['so', 'ket'],
  ['tong', 'ket'],
  ['kiem', 'tra'],
  ['cap', 'nhat'],
];
const STARTERS = [['bat', 'dau'], ['thuc', 'hien'], ['trien', 'khai'], ['duoc']];

function startsWith(tokens: readonly string[], words: readonly string[]): boolean {
  return words.every((w, i) => tokens[i] === w);
}

function stripLeading(tokens: string[], phrases: readonly string[][]): string[] {
  let out = tokens;
  for (let changed = true; changed;) {
    changed = false;
    for (const p of phrases) {
      if (out.length > p.length && startsWith(out, p)) {
        out = out.slice(p.length);
        changed = true;
      }
    }
  }
  return out;
}

/** "Thường xuyên; báo cáo hằng quý" → the periodic part, "báo cáo hằng quý"; null when the phrase does not start so. */
function afterOngoing(tokens: string[]): string[] | null {
  const t = stripLeading(tokens, [
    ['thuc', 'hien'],
    ['duy', 'tri'],
  ]);
  for (const lead of [
    ['thuong', 'xuyen'],
    ['lien', 'tuc'],
  ]) {
    if (!startsWith(t, lead)) continue;
    let rest = t.slice(lead.length);
    if (rest.length === 0 || !JUNCTION.includes(rest[0]!)) return null;
    while (rest.length > 0 && JUNCTION.includes(rest[0]!)) rest = rest.slice(1);
    return rest.length > 0 ? rest : null;
  }
  return null;
}

/** "Cả giai đoạn", "Giai đoạn 2026 - 2030", "2026-2030", "Từ năm 2026 đến năm 2030": years a..b of the plan. */
function wholePeriod(tokens: string[], years: PlanYears): CadenceWindow[] | null {
  const s = tokens.join(' ');
  let m = /^(?:(?:trong|ca|suot|trong ca|trong suot|toan) )?giai doan(?: (?:tu )?(?:nam )?(\d{4}) (?:-|den) (?:nam )?(\d{4}))?$/.exec(s);
  m ??= /^(?:tu )?(?:nam )?(\d{4}) (?:-|den) (?:nam )?(\d{4})$/.exec(s);
  if (!m) return null;
  const a = m[1] ? Number(m[1]) : years.first;
  const b = m[2] ? Number(m[2]) : years.last;
  if (!(a <= b && a >= years.first && b <= years.last)) return null;
  return [{ from: isoDate(a, 1, 1), to: isoDate(b, 12, 31), count: 1 }];
}

/** "Quý III/2024 - Quý I/2025", "Từ tháng 10/2024 đến hết tháng 3/2025": one window across years. */
function crossYearRange(tokens: string[]): CadenceWindow[] | null {
  for (let k = 1; k < tokens.length - 1; k += 1) {
    if (!['-', 'den', 'toi'].includes(tokens[k]!)) continue;
    const left = tokens.slice(0, k);
    const right = stripLeading(tokens.slice(k + 1), [['het'], ['ngay']]);
    const [yl, ...moreL] = yearsIn(left);
    const [yr, ...moreR] = yearsIn(right);
    if (yl === undefined || yr === undefined || moreL.length || moreR.length || yl >= yr) continue;
    if (!isYear(left.at(-1)!) || !isYear(right.at(-1)!)) continue;
    const a = readWindow(left, yl) ?? readWindow(stripLeading(left, [['tu'], ['ngay']]), yl);
    const b = readWindow(right, yr);
    if (a && b && !b.openEnd) return [{ from: a.from, to: b.to, count: 1 }];
  }
  return null;
}

/** "Từ năm 2025", "Bắt đầu thực hiện từ quý II/2025", "Từ tháng 3/2026": from there to the end of the plan. */
function startFrom(tokens: string[], years: PlanYears): CadenceWindow[] | null {
  if (tokens[0] !== 'tu') return null;
  const named = yearsIn(tokens);
  if (named.length !== 1) return null;
  const y = named[0]!;
  const end = isoDate(years.last, 12, 31);
  const rest = tokens.slice(1).join(' ');
  if (rest === `nam ${y}` || rest === String(y)) return [{ from: isoDate(y, 1, 1), to: end, count: 1 }];
  const read = readWindow(tokens, y);
  return read && read.openEnd ? [{ from: read.from, to: end, count: 1 }] : null;
}

/** "Tháng 6 hằng năm", "Quý I hằng năm": that month or quarter in every year of the plan. */
function everyYear(tokens: string[], years: PlanYears): CadenceWindow[] | null {
  const tail = tokens.slice(-2).join(' ');
  if (!['hang nam', 'moi nam', 'cua nam'].includes(tail) || tokens.length < 3 || yearsIn(tokens).length > 0) return null;
  let head = tokens.slice(0, -2);
  while (head.length > 0 && JUNCTION.includes(head.at(-1)!)) head = head.slice(0, -1);
  if (head.length === 0 || tokens.slice(0, -2).join(' ').startsWith('trong')) return null;
  const out: CadenceWindow[] = [];
  for (let y = years.first; y <= years.last; y += 1) {
    const read = readWindow(head, y);
    if (!read || read.openEnd) return null;
    out.push({ from: read.from, to: read.to, count: 1 });
  }
  return out;
}

/**
 * The phrase families beyond a single year's: ongoing combined with a periodic duty, periodic
 * duties over every year of a multi-year plan, ranges across years, start-from phrases, a month
 * every year. Years in the phrase were already checked to lie in the plan's years. A phrase
 * without a year in a plan of several years is read only when it is periodic (the same in
 * every year); anything else returns null, for a person to decide.
 */
export function readPhrase(tokens: string[], years: PlanYears, inYear: InYear): CadenceWindow[] | 'ongoing' | null {
  const periodic = afterOngoing(tokens);
  if (periodic) {
    const rest = stripLeading(periodic, ACTIVITY);
    // "Thường xuyên, hằng năm" / "…, trong năm": the year is the ongoing span itself.
    if (['hang nam', 'ca nam', 'trong nam', 'quanh nam'].includes(rest.join(' '))) return 'ongoing';
    return readPhrase(rest, years, inYear);
  }
  const t = stripLeading(stripLeading(tokens, ACTIVITY), STARTERS);
  const named = yearsIn(t);
  const multi = years.last > years.first;
  const found = wholePeriod(t, years) ?? crossYearRange(t) ?? everyYear(t, years);
  if (found) return found;
  if (named.length === 1) return inYear(t, named[0]!, !multi) ?? startFrom(t, years);
  if (named.length > 1) return null;
  if (!multi) return inYear(t, years.first, true);
  // No year named, several years: only a periodic duty reads the same in every year.
  const out: CadenceWindow[] = [];
  for (let y = years.first; y <= years.last; y += 1) {
    const w = inYear(t, y, false);
    if (!w || !isPeriodic(t, w, y)) return null;
    out.push(...w);
  }
  return out;
}

/**
 * Whether a phrase without a year means the same in every year: a periodic duty ("hằng quý",
 * "02 kỳ/tháng", "6 tháng/lần") over the whole year. "Quý III" or "từ tháng 3 đến tháng 12"
 * would need a year, and are left for a person.
 */
function isPeriodic(tokens: string[], windows: readonly CadenceWindow[], year: number): boolean {
  const s = tokens.join(' ');
  const keyword = /(?:^| )(?:moi|hang|dinh|mot)(?: |$)|\/ (?:tuan|thang|quy|nam|lan|ky)(?: |$)/.test(s);
  return keyword && windows[0]?.from === isoDate(year, 1, 1) && windows.at(-1)?.to === isoDate(year, 12, 31);
}
