import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCadence, moveCadenceToYear, parseTimeframe, type PeriodUnit } from '../../../shared/domain/cadence';
import { addDays, compareDates, isValidIsoDate } from '../../../shared/domain/dates';
import type { Cadence } from '../../../shared/domain/types';

/** Timeframe phrases assembled from the families plans use, plus noise. */
const month = fc.integer({ min: 1, max: 12 });
const pad = (n: number) => (n % 2 === 1 ? `0${n}` : String(n));
const phrase = (year: number) =>
  fc.oneof(
    month.map((m) => `Tháng ${m}/${year}`),
    fc.tuple(month, month).map(([a, b]) => `Tháng ${Math.min(a, b)} - ${Math.max(a, b)}/${year}`),
    fc.tuple(month, month).map(([a, b]) => `Tháng ${a},${b}/${year}`),
    fc.integer({ min: 1, max: 9 }).map((n) => `Mỗi tháng ${pad(n)} kỳ`),
    fc.integer({ min: 1, max: 9 }).map((n) => `${pad(n)} kỳ/quý`),
    fc.constantFrom('Hằng tháng', 'Hàng quý', 'Hằng tuần', '6 tháng/lần', 'Hằng năm', 'Thường xuyên', 'Quý II', 'quý 4'),
    fc.tuple(month, fc.integer({ min: 1, max: 9 })).map(([m, n]) => `Từ tháng ${m}, mỗi tháng ${n} kỳ`),
    fc.tuple(month, fc.integer({ min: 1, max: 31 })).map(([m, d]) => `Trước ngày ${d}/${m}/${year}`),
    fc.string({ maxLength: 30 }),
    fc.string({ maxLength: 30 }).map((s) => `Tháng ${s}`),
  );

function checkCadence(c: Cadence, year: number): void {
  if (c.kind !== 'windows') return;
  expect(c.windows.length).toBeGreaterThan(0);
  for (const w of c.windows) {
    expect(isValidIsoDate(w.from) && isValidIsoDate(w.to)).toBe(true);
    expect(w.from >= `${year}-01-01` && w.to <= `${year}-12-31`).toBe(true);
    expect(compareDates(w.from, w.to)).toBeLessThanOrEqual(0);
    expect(Number.isInteger(w.count) && w.count > 0).toBe(true);
  }
  // Windows never overlap; recurring ones are back to back (each period covered once).
  for (let i = 1; i < c.windows.length; i += 1) {
    expect(compareDates(c.windows[i - 1]!.to, c.windows[i]!.from)).toBeLessThan(0);
  }
}

describe('cadence properties', () => {
  it('every phrase gives windows inside the plan year, non-overlapping, with positive counts (or ongoing/unknown)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 0, max: 1000 }), (year, seed) => {
        const text = fc.sample(phrase(year), { seed, numRuns: 1 })[0]!;
        const c = parseTimeframe(text, year);
        expect(['windows', 'ongoing', 'unknown']).toContain(c.kind);
        checkCadence(c, year);
      }),
      { numRuns: 400 },
    );
  });

  it('recurring cadences tile their span exactly: no gap, no overlap', () => {
    const periods: PeriodUnit[] = ['week', 'month', 'quarter', 'half', 'year'];
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2099 }), fc.constantFrom(...periods), fc.integer({ min: 1, max: 50 }), (year, period, count) => {
        const built = buildCadence({ mode: 'every', period: period === 'week' ? 'month' : period, count, fromMonth: 1, toMonth: 12 }, year);
        const c = period === 'week' ? parseTimeframe(`Mỗi tuần ${count} kỳ`, year) : built.ok ? built.cadence : null;
        if (!c || c.kind !== 'windows') throw new Error('expected windows');
        expect(c.windows[0]!.from).toBe(`${year}-01-01`);
        expect(c.windows.at(-1)!.to).toBe(`${year}-12-31`);
        for (let i = 1; i < c.windows.length; i += 1) expect(addDays(c.windows[i - 1]!.to, 1)).toBe(c.windows[i]!.from);
        expect(c.windows.every((w) => w.count === count)).toBe(true);
      }),
    );
  });

  it('recurring phrases with a month scope tile exactly that scope', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2099 }), month, month, fc.integer({ min: 1, max: 9 }), (year, a, b, n) => {
        const [from, to] = [Math.min(a, b), Math.max(a, b)];
        const c = parseTimeframe(`Mỗi tháng ${n} kỳ, từ tháng ${from} đến tháng ${to}`, year);
        if (c.kind !== 'windows') throw new Error(`expected windows for ${from}-${to}`);
        expect(c.windows).toHaveLength(to - from + 1);
        checkCadence(c, year);
      }),
    );
  });

  it('normalisation: NFD, upper case, no diacritics and extra spaces read the same', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 0, max: 1000 }), (year, seed) => {
        const text = fc.sample(phrase(year), { seed, numRuns: 1 })[0]!;
        const base = parseTimeframe(text, year);
        if (base.kind === 'unknown') return;
        const stripped = text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
        for (const variant of [text.normalize('NFD'), text.toUpperCase(), stripped, `  ${text.replace(/ /g, '   ')}  `]) {
          expect(parseTimeframe(variant, year)).toEqual(base);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('moving to another year keeps windows inside that year and keeps the number of windows for month-based cadences', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 0, max: 1000 }), (y1, y2, seed) => {
        const text = fc.sample(phrase(y1), { seed, numRuns: 1 })[0]!;
        const c = parseTimeframe(text, y1);
        const moved = moveCadenceToYear(c, y2);
        checkCadence(moved, y2);
        if (c.kind === 'windows' && moved.kind === 'windows' && !/tu[aầ]n/iu.test(text)) expect(moved.windows.length).toBe(c.windows.length);
        if (c.kind !== 'windows') expect(moved).toEqual(c);
      }),
      { numRuns: 300 },
    );
  });
});
