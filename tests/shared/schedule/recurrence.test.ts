import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, daysInMonth, fromDayNumber, isValidIsoDate, parseIsoDate, weekday, dayNumber } from '../../../shared/domain/dates';
import { generateDates, nthWeekdayOfMonth, validateRule, type Recurrence, type SeriesRule } from '../../../shared/domain/schedule/recurrence';

const rule = (recurrence: Recurrence, startDate = '2020-01-01', endDate: string | null = '2020-12-31'): SeriesRule => ({
  recurrence,
  startDate,
  endDate,
});

describe('series recurrence', () => {
  it('monthly TV column on the 5th gives 12 episodes in 2020', () => {
    const dates = generateDates(rule({ kind: 'monthlyDay', day: 5 }), '2020-01-01', '2020-12-31');
    expect(dates).toHaveLength(12);
    expect(dates[0]).toBe('2020-01-05');
    expect(dates[11]).toBe('2020-12-05');
  });

  it('clamps the 31st to the last day of short months by default, including 29 February', () => {
    const dates = generateDates(rule({ kind: 'monthlyDay', day: 31 }), '2020-01-01', '2020-06-30');
    expect(dates).toEqual(['2020-01-31', '2020-02-29', '2020-03-31', '2020-04-30', '2020-05-31', '2020-06-30']);
    const y2021 = generateDates(rule({ kind: 'monthlyDay', day: 30 }, '2021-01-01', null), '2021-02-01', '2021-02-28');
    expect(y2021).toEqual(['2021-02-28']);
  });

  it('skips short months when asked', () => {
    const dates = generateDates(rule({ kind: 'monthlyDay', day: 31, shortMonths: 'skip' }), '2020-01-01', '2020-06-30');
    expect(dates).toEqual(['2020-01-31', '2020-03-31', '2020-05-31']);
  });

  it('nth weekday: 2nd Tuesday, last Friday, and no 5th Monday in a month without one', () => {
    expect(generateDates(rule({ kind: 'monthlyWeekday', nth: 2, weekday: 2 }), '2020-01-01', '2020-03-31')).toEqual(['2020-01-14', '2020-02-11', '2020-03-10']);
    expect(generateDates(rule({ kind: 'monthlyWeekday', nth: -1, weekday: 5 }), '2020-01-01', '2020-03-31')).toEqual([
      '2020-01-31',
      '2020-02-28',
      '2020-03-27',
    ]);
    // June 2020 has five Mondays (1, 8, 15, 22, 29); July has four.
    expect(generateDates(rule({ kind: 'monthlyWeekday', nth: 5, weekday: 1 }), '2020-06-01', '2020-07-31')).toEqual(['2020-06-29']);
    expect(nthWeekdayOfMonth(2020, 2, 5, 6)).toBe('2020-02-29');
  });

  it('every other month counts from the start month', () => {
    const dates = generateDates(rule({ kind: 'monthlyDay', day: 10, intervalMonths: 2 }, '2020-02-01'), '2020-01-01', '2020-08-31');
    expect(dates).toEqual(['2020-02-10', '2020-04-10', '2020-06-10', '2020-08-10']);
  });

  it('weekly on Tuesday and Friday every 2 weeks, counted from the start week', () => {
    const dates = generateDates(rule({ kind: 'weekly', weekdays: [5, 2], intervalWeeks: 2 }, '2020-03-04'), '2020-03-01', '2020-03-31');
    // Start week is Mon 2 March: its Tuesday (3rd) is before the start date.
    expect(dates).toEqual(['2020-03-06', '2020-03-17', '2020-03-20', '2020-03-31']);
  });

  it('custom dates are sorted, deduplicated and clipped', () => {
    const dates = generateDates(rule({ kind: 'dates', dates: ['2020-05-03', '2020-01-09', '2020-05-03', '2021-01-01'] }), '2020-01-01', '2020-12-31');
    expect(dates).toEqual(['2020-01-09', '2020-05-03']);
  });

  it('validates rules with Vietnamese messages', () => {
    expect(validateRule(rule({ kind: 'monthlyDay', day: 32 }))?.message).toBe('Ngày trong tháng phải từ 1 đến 31.');
    expect(validateRule(rule({ kind: 'weekly', weekdays: [] }))?.field).toBe('recurrence.weekdays');
    expect(validateRule(rule({ kind: 'dates', dates: ['2020-02-30'] }))?.message).toContain('2020-02-30');
    expect(validateRule(rule({ kind: 'monthlyDay', day: 1 }, '2020-05-01', '2020-04-01'))?.field).toBe('endDate');
    expect(validateRule(rule({ kind: 'monthlyWeekday', nth: -1, weekday: 7 }))).toBeNull();
  });
});

const day = fc.integer({ min: dayNumber('2019-01-01'), max: dayNumber('2031-12-31') }).map(fromDayNumber);
const recurrence: fc.Arbitrary<Recurrence> = fc.oneof(
  fc.record({
    kind: fc.constant('monthlyDay' as const),
    day: fc.integer({ min: 1, max: 31 }),
    shortMonths: fc.constantFrom('clamp' as const, 'skip' as const),
    intervalMonths: fc.integer({ min: 1, max: 4 }),
  }),
  fc.record({
    kind: fc.constant('monthlyWeekday' as const),
    nth: fc.constantFrom(1, 2, 3, 4, 5, -1),
    weekday: fc.integer({ min: 1, max: 7 }),
    intervalMonths: fc.integer({ min: 1, max: 3 }),
  }),
  fc.record({
    kind: fc.constant('weekly' as const),
    weekdays: fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
    intervalWeeks: fc.integer({ min: 1, max: 4 }),
  }),
  fc.record({ kind: fc.constant('dates' as const), dates: fc.array(day, { maxLength: 30 }) }),
);
const anyRule = fc
  .tuple(recurrence, day, fc.option(fc.integer({ min: 0, max: 900 })))
  .map(([r, start, len]): SeriesRule => ({ recurrence: r, startDate: start, endDate: len === null ? null : addDays(start, len) }));
const range = fc.tuple(day, fc.integer({ min: 0, max: 800 })).map(([from, len]) => ({ from, to: addDays(from, len) }));

describe('series recurrence (properties)', () => {
  it('dates are valid, strictly increasing (no duplicates) and inside both the range and the series span', () => {
    fc.assert(
      fc.property(anyRule, range, (r, { from, to }) => {
        const dates = generateDates(r, from, to);
        return dates.every(
          (d, i) => isValidIsoDate(d) && d >= from && d <= to && d >= r.startDate && (r.endDate === null || d <= r.endDate) && (i === 0 || dates[i - 1]! < d),
        );
      }),
    );
  });

  it('generating over a range equals generating over its two halves (no gaps, no repeats)', () => {
    fc.assert(
      fc.property(anyRule, range, fc.integer({ min: 0, max: 800 }), (r, { from, to }, cut) => {
        const mid = addDays(from, cut);
        if (mid >= to) return true;
        const whole = generateDates(r, from, to);
        const halves = [...generateDates(r, from, mid), ...generateDates(r, addDays(mid, 1), to)];
        expect(halves).toEqual(whole);
        return true;
      }),
    );
  });

  it('monthly day rule: at most one per month; clamp gives one in every (interval) month', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 31 }), fc.integer({ min: 2019, max: 2030 }), (d, year) => {
        const r = rule({ kind: 'monthlyDay', day: d }, `${year}-01-01`, `${year}-12-31`);
        const dates = generateDates(r, `${year}-01-01`, `${year}-12-31`);
        expect(dates).toHaveLength(12);
        for (const x of dates) {
          const p = parseIsoDate(x);
          expect(p.day).toBe(Math.min(d, daysInMonth(p.year, p.month)));
        }
        const skipped = generateDates({ ...r, recurrence: { kind: 'monthlyDay', day: d, shortMonths: 'skip' } }, `${year}-01-01`, `${year}-12-31`);
        expect(skipped.every((x) => parseIsoDate(x).day === d)).toBe(true);
        return true;
      }),
    );
  });

  it('nth weekday rule lands on that weekday in the right week of the month', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(1, 2, 3, 4, 5, -1),
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: 2019, max: 2030 }),
        fc.integer({ min: 1, max: 12 }),
        (nth, wd, y, m) => {
          const d = nthWeekdayOfMonth(y, m, nth, wd);
          if (d === null) return nth === 5;
          const p = parseIsoDate(d);
          if (p.year !== y || p.month !== m || weekday(d) !== wd) return false;
          if (nth === -1) return p.day + 7 > daysInMonth(y, m);
          return Math.floor((p.day - 1) / 7) + 1 === nth;
        },
      ),
    );
  });

  it('weekly rule only yields the chosen weekdays', () => {
    fc.assert(
      fc.property(anyRule, range, (r, { from, to }) => {
        if (r.recurrence.kind !== 'weekly') return true;
        const wds = r.recurrence.weekdays;
        return generateDates(r, from, to).every((d) => wds.includes(weekday(d)));
      }),
    );
  });
});
