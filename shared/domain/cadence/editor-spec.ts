import { compareDates, isValidIsoDate, monthEnd, monthStart, parseIsoDate } from '../dates';
import type { Cadence } from '../types';
import { periodWindows, yearBounds, type PeriodUnit } from './periods';
import { windowShape } from './shape';

/**
 * What the cadence editor edits: the few forms a person chooses between. `buildCadence`
 * turns a spec into windows for the plan year; `specOfCadence` pre-fills the editor.
 */
export type CadenceSpec =
  | { mode: 'ongoing' }
  | { mode: 'every'; period: PeriodUnit; count: number; fromMonth: number; toMonth: number }
  | { mode: 'months'; months: number[]; count: number }
  | { mode: 'range'; from: string; to: string; count: number }
  | { mode: 'deadline'; to: string; count: number }
  | { mode: 'windows'; windows: Array<{ from: string; to: string; count: number }> };

export type BuildResult = { ok: true; cadence: Cadence } | { ok: false; field: string; message: string };

const fail = (field: string, message: string): BuildResult => ({ ok: false, field, message });

function countError(count: number, field = 'count'): BuildResult | null {
  return Number.isInteger(count) && count >= 1 && count <= 999 ? null : fail(field, 'Số lượng phải là số nguyên từ 1 đến 999.');
}

function inYear(date: string, year: number): boolean {
  return isValidIsoDate(date) && parseIsoDate(date).year === year;
}

export function buildCadence(spec: CadenceSpec, year: number): BuildResult {
  switch (spec.mode) {
    case 'ongoing':
      return { ok: true, cadence: { kind: 'ongoing' } };
    case 'every': {
      const bad = countError(spec.count);
      if (bad) return bad;
      if (!(spec.fromMonth >= 1 && spec.toMonth <= 12 && spec.fromMonth <= spec.toMonth)) {
        return fail('fromMonth', 'Khoảng tháng không hợp lệ: tháng bắt đầu phải trước hoặc bằng tháng kết thúc (1–12).');
      }
      const windows = periodWindows(spec.period, monthStart(year, spec.fromMonth), monthEnd(year, spec.toMonth), spec.count);
      if (!windows) return fail('fromMonth', 'Khoảng tháng phải trùng với ranh giới quý/6 tháng đã chọn.');
      return { ok: true, cadence: { kind: 'windows', windows } };
    }
    case 'months': {
      const bad = countError(spec.count);
      if (bad) return bad;
      const months = [...new Set(spec.months)].sort((a, b) => a - b);
      if (months.length === 0) return fail('months', 'Hãy chọn ít nhất một tháng.');
      if (months.some((m) => !Number.isInteger(m) || m < 1 || m > 12)) return fail('months', 'Tháng phải từ 1 đến 12.');
      const windows = months.map((m) => ({ from: monthStart(year, m), to: monthEnd(year, m), count: spec.count }));
      return { ok: true, cadence: { kind: 'windows', windows } };
    }
    case 'range': {
      const bad = countError(spec.count);
      if (bad) return bad;
      if (!inYear(spec.from, year)) return fail('from', `Ngày bắt đầu phải là một ngày trong năm ${year}.`);
      if (!inYear(spec.to, year)) return fail('to', `Ngày kết thúc phải là một ngày trong năm ${year}.`);
      if (compareDates(spec.from, spec.to) > 0) return fail('to', 'Ngày kết thúc phải sau hoặc bằng ngày bắt đầu.');
      return { ok: true, cadence: { kind: 'windows', windows: [{ from: spec.from, to: spec.to, count: spec.count }] } };
    }
    case 'deadline': {
      const bad = countError(spec.count);
      if (bad) return bad;
      if (!inYear(spec.to, year)) return fail('to', `Hạn phải là một ngày trong năm ${year}.`);
      return { ok: true, cadence: { kind: 'windows', windows: [{ from: yearBounds(year).from, to: spec.to, count: spec.count }] } };
    }
    case 'windows': {
      if (spec.windows.length === 0) return fail('windows', 'Hãy thêm ít nhất một khoảng thời gian.');
      for (const [i, w] of spec.windows.entries()) {
        const bad = countError(w.count, `windows.${i}.count`);
        if (bad) return bad;
        if (!inYear(w.from, year) || !inYear(w.to, year) || compareDates(w.from, w.to) > 0) {
          return fail(`windows.${i}`, `Khoảng thứ ${i + 1} không hợp lệ: hai ngày phải thuộc năm ${year}, ngày đầu trước ngày cuối.`);
        }
      }
      return { ok: true, cadence: { kind: 'windows', windows: spec.windows.map((w) => ({ ...w })) } };
    }
  }
}

/** The editor form that reproduces a cadence (falls back to the explicit window list). */
export function specOfCadence(cadence: Cadence, year: number): CadenceSpec {
  if (cadence.kind === 'ongoing') return { mode: 'ongoing' };
  if (cadence.kind === 'unknown' || cadence.windows.length === 0) {
    return { mode: 'every', period: 'month', count: 1, fromMonth: 1, toMonth: 12 };
  }
  const shape = windowShape(cadence.windows);
  const monthAligned = (from: string, to: string) => from.slice(8) === '01' && to === monthEnd(year, parseIsoDate(to).month);
  if (shape.type === 'every' && shape.period !== 'week' && monthAligned(shape.from, shape.to)) {
    return {
      mode: 'every',
      period: shape.period,
      count: shape.count,
      fromMonth: parseIsoDate(shape.from).month,
      toMonth: parseIsoDate(shape.to).month,
    };
  }
  if (shape.type === 'single') {
    const w = shape.window;
    if (w.from === yearBounds(year).from && !monthAligned(w.from, w.to)) return { mode: 'deadline', to: w.to, count: w.count };
    return { mode: 'range', from: w.from, to: w.to, count: w.count };
  }
  const windows = shape.type === 'list' ? shape.windows : cadence.windows;
  const sameCount = windows.every((w) => w.count === windows[0]!.count);
  if (sameCount && windows.every((w) => monthAligned(w.from, w.to) && w.from.slice(5, 7) === w.to.slice(5, 7))) {
    return { mode: 'months', months: windows.map((w) => parseIsoDate(w.from).month), count: windows[0]!.count };
  }
  return { mode: 'windows', windows: windows.map((w) => ({ ...w })) };
}
