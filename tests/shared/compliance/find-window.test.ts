import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findWindow } from '../../../shared/domain/compliance';
import { addDays } from '../../../shared/domain/dates';
import type { CadenceWindow } from '../../../shared/domain/types';

/** Disjoint windows sorted by start, as cadences produce them (gaps allowed). */
const arbWindows = fc.array(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 40 })), { maxLength: 30 }).map((parts) => {
  const out: CadenceWindow[] = [];
  let day = '2020-01-01';
  for (const [gap, len] of parts) {
    const from = addDays(day, gap);
    const to = addDays(from, len);
    out.push({ from, to, count: 1 });
    day = addDays(to, 1);
  }
  return out;
});

describe('findWindow', () => {
  it('agrees with a plain scan for every date (binary search over sorted, disjoint windows)', () => {
    fc.assert(
      fc.property(arbWindows, fc.integer({ min: -5, max: 2000 }), (ws, n) => {
        const date = addDays('2020-01-01', n);
        const naive = ws.findIndex((w) => w.from <= date && date <= w.to);
        expect(findWindow(ws, date)).toBe(naive);
      }),
      { numRuns: 500 },
    );
  });
  it('finds nothing in an empty cadence', () => {
    expect(findWindow([], '2020-05-01')).toBe(-1);
  });
});
