import type { WindowResult, WindowStatus } from '../compliance-types';
import type { CadenceWindow, IsoDate } from '../types';
import { compareFacts, type ItemFact } from './item-facts';

/**
 * Index of the window containing `date`, or -1. Windows are sorted by `from` and do not overlap
 * (a cadence's windows never do), so the last window starting on or before the date is the only candidate.
 */
export function findWindow(windows: readonly CadenceWindow[], date: IsoDate): number {
  let lo = 0;
  let hi = windows.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (windows[mid]!.from <= date) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  if (found < 0) return -1;
  return windows[found]!.to >= date ? found : -1;
}

function windowStatus(count: number, done: number, late: number, to: IsoDate, asOf: IsoDate): WindowStatus {
  if (done >= count) return 'met';
  if (done + late >= count) return 'late';
  if (to > asOf) return 'upcoming';
  return done + late > 0 ? 'partial' : 'missing';
}

/** Evaluate each window against the facts that fall in it (facts of one task only). */
export function evaluateWindows(windows: readonly CadenceWindow[], facts: readonly ItemFact[], asOf: IsoDate): WindowResult[] {
  const buckets: ItemFact[][] = windows.map(() => []);
  // A hand-edited cadence could overlap; then the earliest-starting window containing the date wins (plain scan).
  const disjoint = windows.every((w, i) => i === 0 || windows[i - 1]!.to < w.from);
  const locate = disjoint ? (d: IsoDate) => findWindow(windows, d) : (d: IsoDate) => windows.findIndex((w) => w.from <= d && d <= w.to);
  for (const f of facts) {
    const i = locate(f.plannedDate);
    if (i >= 0) buckets[i]!.push(f);
  }
  return windows.map((w, i) => {
    const inWindow = buckets[i]!.sort(compareFacts);
    let done = 0;
    let late = 0;
    for (const f of inWindow) {
      if (f.doneAt === null) continue;
      if (f.doneAt <= w.to) done += 1;
      else late += 1;
    }
    const status = windowStatus(w.count, done, late, w.to, asOf);
    return {
      from: w.from,
      to: w.to,
      count: w.count,
      done,
      late,
      planned: inWindow.length,
      status,
      underPlanned: status === 'upcoming' && inWindow.length < w.count,
      itemIds: inWindow.map((f) => f.id),
    };
  });
}

/** Shortfall of an ended window (0 for windows not ended yet). */
export function windowMissing(w: WindowResult, asOf: IsoDate): number {
  return w.to <= asOf ? Math.max(0, w.count - w.done - w.late) : 0;
}
