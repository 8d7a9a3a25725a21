import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addMonths, gridRange, monthGrid, monthTitleVi } from '../../../shared/domain/schedule/month-grid';
import { daysInMonth, weekday } from '../../../shared/domain/dates';

describe('month grid', () => {
  it('May 2020 starts on Friday: leading days from April, Monday first', () => {
    const weeks = monthGrid(2020, 5);
    expect(weeks).toHaveLength(5);
    expect(weeks[0]!.map((d) => d.date)).toEqual(['2020-04-27', '2020-04-28', '2020-04-29', '2020-04-30', '2020-05-01', '2020-05-02', '2020-05-03']);
    expect(weeks[0]!.map((d) => d.inMonth)).toEqual([false, false, false, false, true, true, true]);
    expect(weeks[4]![6]).toEqual({ date: '2020-05-31', inMonth: true });
  });

  it('February 2021 fits exactly four weeks; a fixed grid has six', () => {
    expect(monthGrid(2021, 2)).toHaveLength(4);
    expect(monthGrid(2021, 2, { fixedSixWeeks: true })).toHaveLength(6);
    expect(gridRange(2020, 2)).toEqual({ from: '2020-01-27', to: '2020-03-01' });
  });

  it('every month: weeks start on Monday, cover each day once, in-month days are exactly the month (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.boolean(), (y, m, six) => {
        const weeks = monthGrid(y, m, { fixedSixWeeks: six });
        const days = weeks.flat();
        const inMonth = days.filter((d) => d.inMonth).map((d) => d.date);
        return (
          weeks.every((w) => w.length === 7 && weekday(w[0]!.date) === 1) &&
          new Set(days.map((d) => d.date)).size === days.length &&
          days.every((d, i) => i === 0 || d.date > days[i - 1]!.date) &&
          inMonth.length === daysInMonth(y, m) &&
          weeks.length >= 4 &&
          weeks.length <= 6 &&
          (!six || weeks.length === 6)
        );
      }),
    );
  });

  it('month navigation wraps years; titles are Vietnamese', () => {
    expect(addMonths(2020, 12, 1)).toEqual({ year: 2021, month: 1 });
    expect(addMonths(2020, 1, -1)).toEqual({ year: 2019, month: 12 });
    expect(addMonths(2020, 5, -17)).toEqual({ year: 2018, month: 12 });
    expect(monthTitleVi(2020, 5)).toBe('Tháng 5/2020');
  });
});
