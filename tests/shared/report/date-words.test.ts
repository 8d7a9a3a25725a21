import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateInWords, placeDateLine } from '../../../shared/domain/report/date-words';
import { isoDate, daysInMonth } from '../../../shared/domain/dates';

describe('date in words (Nghị định 30/2020)', () => {
  it('writes the decree example exactly', () => {
    expect(placeDateLine('Hải Dương', '2021-01-05')).toBe('Hải Dương, ngày 05 tháng 01 năm 2021');
  });

  it('pads days under 10 and months 1–2 only', () => {
    expect(dateInWords('2020-02-09')).toBe('ngày 09 tháng 02 năm 2020');
    expect(dateInWords('2020-03-10')).toBe('ngày 10 tháng 3 năm 2020');
    expect(dateInWords('2020-12-31')).toBe('ngày 31 tháng 12 năm 2020');
    expect(dateInWords('2020-10-01')).toBe('ngày 01 tháng 10 năm 2020');
  });

  it('gives the bare date, capitalised, when no place is set', () => {
    expect(placeDateLine('  ', '2020-11-16')).toBe('Ngày 16 tháng 11 năm 2020');
  });

  it('never writes a one-digit day or a one-digit January/February', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2200 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        const day = Math.min(d, daysInMonth(y, m));
        const words = dateInWords(isoDate(y, m, day));
        const match = /^ngày (\d+) tháng (\d+) năm (\d+)$/.exec(words);
        expect(match).not.toBeNull();
        expect(match![1]!.length).toBe(2);
        expect(Number(match![1])).toBe(day);
        expect(Number(match![2])).toBe(m);
        expect(match![2]!.length).toBe(m <= 2 || m >= 10 ? 2 : 1);
      }),
    );
  });
});
