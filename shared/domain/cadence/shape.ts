import { addDays, compareDates, parseIsoDate } from '../dates';
import type { CadenceWindow } from '../types';
import { PERIODS, periodWindows, type PeriodUnit } from './periods';

/**
 * What a list of windows looks like to a person: the same count in every period of a kind
 * over a span ("1 kỳ mỗi tháng, tháng 3–12"), one window, or an irregular list.
 */
export type WindowShape =
  | { type: 'every'; period: PeriodUnit; count: number; from: string; to: string }
  | { type: 'single'; window: CadenceWindow }
  | { type: 'list'; windows: CadenceWindow[] };

function sameWindows(a: CadenceWindow[], b: CadenceWindow[]): boolean {
  return a.length === b.length && a.every((w, i) => w.from === b[i]!.from && w.to === b[i]!.to && w.count === b[i]!.count);
}

function sortWindows(windows: readonly CadenceWindow[]): CadenceWindow[] {
  return [...windows].sort((a, b) => compareDates(a.from, b.from) || compareDates(a.to, b.to));
}

export function windowShape(windows: readonly CadenceWindow[]): WindowShape {
  const sorted = sortWindows(windows);
  if (sorted.length === 1) return { type: 'single', window: sorted[0]! };
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first && last && sorted.every((w) => w.count === first.count)) {
    const contiguous = sorted.every((w, i) => i === 0 || addDays(sorted[i - 1]!.to, 1) === w.from);
    const oneYear = parseIsoDate(first.from).year === parseIsoDate(last.to).year;
    if (contiguous && oneYear) {
      for (const period of PERIODS) {
        const expected = periodWindows(period, first.from, last.to, first.count);
        if (expected && sameWindows(expected, sorted)) {
          return { type: 'every', period, count: first.count, from: first.from, to: last.to };
        }
      }
    }
  }
  return { type: 'list', windows: sorted };
}
