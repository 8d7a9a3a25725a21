/**
 * Reporting periods: "2020", "2020-H1", "2020-Q3", "2020-05", or an explicit from/to,
 * and the month/quarter columns of a period. Plain `yyyy-MM-dd` strings throughout.
 */
import { AppError } from '../contract/errors';
import { compareDates, formatViDate, isValidIsoDate, monthEnd, monthStart, parseIsoDate } from './dates';
import type { IsoDate } from './types';
import type { PeriodUnit } from './cadence/periods';

/** A reporting period is one calendar unit (a week is never reported on) or a range the user sets. */
export type PeriodKind = Exclude<PeriodUnit, 'week'> | 'range';

export interface Period {
  kind: PeriodKind;
  from: IsoDate;
  to: IsoDate;
  /** Vietnamese label for titles: "Năm 2020", "Quý III/2020", "Tháng 5/2020"… */
  label: string;
}

export interface PeriodColumn {
  /** `yyyy-MM` for months, `yyyy-Qn` for quarters. */
  key: string;
  from: IsoDate;
  to: IsoDate;
  /** "Tháng 5/2020", "Quý II/2020". */
  label: string;
  /** Short header: "T5", "Q2". */
  short: string;
}

const ROMAN = ['I', 'II', 'III', 'IV'];
const SPEC_RE = /^(\d{4})(?:-(H[12]|Q[1-4]|\d{2}))?$/i;

function checkYear(year: number, spec: string): void {
  if (year < 1900 || year > 2200) {
    throw new AppError('invalid_input', `Kỳ báo cáo "${spec}" có năm không hợp lệ (1900–2200).`, { field: 'period' });
  }
}

/** Parse a period spec. Throws AppError('invalid_input') with a Vietnamese message on bad input. */
export function parsePeriod(spec: string): Period {
  const s = spec.trim();
  const m = SPEC_RE.exec(s);
  if (!m) {
    throw new AppError('invalid_input', `Kỳ báo cáo "${spec}" không hợp lệ. Dùng dạng 2020 (năm), 2020-H1 (6 tháng), 2020-Q3 (quý) hoặc 2020-05 (tháng).`, {
      field: 'period',
    });
  }
  const year = Number(m[1]);
  checkYear(year, spec);
  const part = m[2]?.toUpperCase();
  if (part === undefined) return { kind: 'year', from: monthStart(year, 1), to: monthEnd(year, 12), label: `Năm ${year}` };
  if (part.startsWith('H')) {
    const h = Number(part.slice(1));
    const first = h === 1 ? 1 : 7;
    return {
      kind: 'half',
      from: monthStart(year, first),
      to: monthEnd(year, first + 5),
      label: `${h === 1 ? '6 tháng đầu năm' : '6 tháng cuối năm'} ${year}`,
    };
  }
  if (part.startsWith('Q')) {
    const q = Number(part.slice(1));
    return quarterPeriod(year, q);
  }
  const month = Number(part);
  if (month < 1 || month > 12) {
    throw new AppError('invalid_input', `Kỳ báo cáo "${spec}": tháng phải từ 01 đến 12.`, { field: 'period' });
  }
  return { kind: 'month', from: monthStart(year, month), to: monthEnd(year, month), label: `Tháng ${month}/${year}` };
}

function quarterPeriod(year: number, q: number): Period {
  const first = (q - 1) * 3 + 1;
  return { kind: 'quarter', from: monthStart(year, first), to: monthEnd(year, first + 2), label: `Quý ${ROMAN[q - 1]}/${year}` };
}

/** An explicit range; both ends inclusive. */
export function rangePeriod(from: string, to: string): Period {
  if (!isValidIsoDate(from)) {
    throw new AppError('invalid_input', `Ngày bắt đầu "${from}" không hợp lệ (dạng yyyy-MM-dd).`, { field: 'from' });
  }
  if (!isValidIsoDate(to)) {
    throw new AppError('invalid_input', `Ngày kết thúc "${to}" không hợp lệ (dạng yyyy-MM-dd).`, { field: 'to' });
  }
  if (compareDates(from, to) > 0) {
    throw new AppError('invalid_input', `Ngày bắt đầu (${formatViDate(from)}) phải trước hoặc bằng ngày kết thúc (${formatViDate(to)}).`, {
      field: 'to',
    });
  }
  return { kind: 'range', from, to, label: `Từ ${formatViDate(from)} đến ${formatViDate(to)}` };
}

/** Either a spec or a from/to pair (exactly one of the two). */
export function resolvePeriod(input: { period?: string | undefined; from?: string | undefined; to?: string | undefined }): Period {
  const hasRange = input.from !== undefined || input.to !== undefined;
  if (input.period !== undefined && hasRange) {
    throw new AppError('invalid_input', 'Chỉ chọn một: kỳ báo cáo (--period) hoặc khoảng ngày (--from/--to).', { field: 'period' });
  }
  if (input.period !== undefined) return parsePeriod(input.period);
  if (input.from === undefined || input.to === undefined) {
    throw new AppError('invalid_input', 'Hãy chọn kỳ báo cáo (ví dụ 2020-Q3) hoặc cả ngày bắt đầu và ngày kết thúc.', {
      field: input.from === undefined ? 'from' : 'to',
    });
  }
  return rangePeriod(input.from, input.to);
}

/** Every calendar month touching [from, to], with full-month bounds. */
export function periodMonths(from: IsoDate, to: IsoDate): PeriodColumn[] {
  const out: PeriodColumn[] = [];
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  let y = a.year;
  let m = a.month;
  while (y < b.year || (y === b.year && m <= b.month)) {
    out.push({
      key: `${y}-${String(m).padStart(2, '0')}`,
      from: monthStart(y, m),
      to: monthEnd(y, m),
      label: `Tháng ${m}/${y}`,
      short: `T${m}`,
    });
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

/** Every calendar quarter touching [from, to], with full-quarter bounds. */
export function periodQuarters(from: IsoDate, to: IsoDate): PeriodColumn[] {
  const out: PeriodColumn[] = [];
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  let y = a.year;
  let q = Math.floor((a.month - 1) / 3) + 1;
  const lastQ = Math.floor((b.month - 1) / 3) + 1;
  while (y < b.year || (y === b.year && q <= lastQ)) {
    const p = quarterPeriod(y, q);
    out.push({ key: `${y}-Q${q}`, from: p.from, to: p.to, label: p.label, short: `Q${q}` });
    q += 1;
    if (q > 4) {
      q = 1;
      y += 1;
    }
  }
  return out;
}

/** Do [aFrom, aTo] and [bFrom, bTo] share at least one day? */
export function overlaps(aFrom: IsoDate, aTo: IsoDate, bFrom: IsoDate, bTo: IsoDate): boolean {
  return aFrom <= bTo && bFrom <= aTo;
}
