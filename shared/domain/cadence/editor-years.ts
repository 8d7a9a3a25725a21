import { compareDates, isValidIsoDate, parseIsoDate } from '../dates';
import type { Cadence, CadenceWindow } from '../types';
import { buildCadence, specOfCadence, type BuildResult, type CadenceSpec } from './editor-spec';
import { isMonthEnd, yearBounds } from './periods';

/**
 * The cadence editor over a plan of several years (2026–2030): a periodic choice ("mỗi quý",
 * "tháng 6") holds in every year of the plan; a range, a deadline or a list of windows may lie
 * in any of its years. For a plan of one year this is `buildCadence`.
 */
export function buildCadenceOver(spec: CadenceSpec, year: number, lastYear: number): BuildResult {
  if (lastYear <= year || spec.mode === 'ongoing') return buildCadence(spec, year);
  const years = `các năm ${year}–${lastYear}`;
  const inPlan = (d: string) => isValidIsoDate(d) && parseIsoDate(d).year >= year && parseIsoDate(d).year <= lastYear;
  if (spec.mode === 'every' || spec.mode === 'months') {
    const windows: CadenceWindow[] = [];
    for (let y = year; y <= lastYear; y += 1) {
      const built = buildCadence(spec, y);
      if (!built.ok) return built;
      if (built.cadence.kind === 'windows') windows.push(...built.cadence.windows);
    }
    return { ok: true, cadence: { kind: 'windows', windows } };
  }
  if (spec.mode === 'deadline') {
    if (!inPlan(spec.to)) return { ok: false, field: 'to', message: `Hạn phải là một ngày trong ${years}.` };
    return buildCadence(spec, parseIsoDate(spec.to).year);
  }
  if (spec.mode === 'range') {
    if (!inPlan(spec.from)) return { ok: false, field: 'from', message: `Ngày bắt đầu phải là một ngày trong ${years}.` };
    if (!inPlan(spec.to)) return { ok: false, field: 'to', message: `Ngày kết thúc phải là một ngày trong ${years}.` };
    if (compareDates(spec.from, spec.to) > 0) return { ok: false, field: 'to', message: 'Ngày kết thúc phải sau hoặc bằng ngày bắt đầu.' };
    return { ok: true, cadence: { kind: 'windows', windows: [{ from: spec.from, to: spec.to, count: spec.count }] } };
  }
  for (const [i, w] of spec.windows.entries()) {
    if (!inPlan(w.from) || !inPlan(w.to) || compareDates(w.from, w.to) > 0) {
      return { ok: false, field: `windows.${i}`, message: `Khoảng thứ ${i + 1} không hợp lệ: hai ngày phải thuộc ${years}, ngày đầu trước ngày cuối.` };
    }
  }
  return spec.windows.length === 0 ? buildCadence(spec, year) : { ok: true, cadence: { kind: 'windows', windows: spec.windows.map((w) => ({ ...w })) } };
}

/** Field by field: a stored cadence's JSON keys may come in another order. */
function sameWindows(a: readonly CadenceWindow[], b: readonly CadenceWindow[]): boolean {
  return a.length === b.length && a.every((w, i) => w.from === b[i]!.from && w.to === b[i]!.to && w.count === b[i]!.count);
}

/** Forms that may give a year's windows: what the one-year editor would pick, months, or a period over the span. */
function candidates(first: CadenceWindow[], year: number): CadenceSpec[] {
  const out: CadenceSpec[] = [specOfCadence({ kind: 'windows', windows: first }, year)];
  const count = first[0]!.count;
  const wholeMonth = (w: CadenceWindow) => w.from.slice(8) === '01' && w.from.slice(0, 7) === w.to.slice(0, 7) && isMonthEnd(w.to);
  if (first.every((w) => wholeMonth(w) && w.count === count)) out.push({ mode: 'months', months: first.map((w) => parseIsoDate(w.from).month), count });
  const w = first[0]!;
  if (first.length === 1 && w.from.slice(8) === '01' && isMonthEnd(w.to)) {
    for (const period of ['quarter', 'half', 'year'] as const) {
      out.push({ mode: 'every', period, count, fromMonth: parseIsoDate(w.from).month, toMonth: parseIsoDate(w.to).month });
    }
  }
  return out;
}

/** The editor form for a cadence of a plan of several years: the first year's form when it gives every year's windows. */
export function specOfCadenceOver(cadence: Cadence, year: number, lastYear: number): CadenceSpec {
  if (lastYear <= year || cadence.kind !== 'windows') return specOfCadence(cadence, year);
  const { from, to } = yearBounds(year);
  const first = cadence.windows.filter((w) => compareDates(w.from, from) >= 0 && compareDates(w.to, to) <= 0);
  if (first.length > 0) {
    for (const spec of candidates(first, year)) {
      const again = buildCadenceOver(spec, year, lastYear);
      if (again.ok && again.cadence.kind === 'windows' && sameWindows(again.cadence.windows, cadence.windows)) return spec;
    }
  }
  const spec = specOfCadence(cadence, year);
  return spec.mode === 'windows' || spec.mode === 'range' ? spec : { mode: 'windows', windows: cadence.windows.map((x) => ({ ...x })) };
}
