import { describe, expect, it } from 'vitest';
import { describeCadence, moveCadenceToYear, parseTimeframe } from '../../../shared/domain/cadence';

describe('moveCadenceToYear', () => {
  it.each(['Mỗi tháng 01 kỳ', 'Tháng 9,10/2020', 'Hàng quý', 'Hằng tuần', 'Trong năm 2020', '6 tháng cuối năm', 'Mỗi tháng 2 kỳ, từ tháng 3 đến tháng 12'])(
    '%j in 2020 moved to 2021 equals the same phrase read for 2021',
    (text) => {
      const moved = moveCadenceToYear(parseTimeframe(text, 2020), 2021);
      expect(moved).toEqual(parseTimeframe(text.replace('2020', '2021'), 2021));
    },
  );

  it('keeps month ends month ends across leap years', () => {
    const moved = moveCadenceToYear({ kind: 'windows', windows: [{ from: '2020-02-10', to: '2020-02-29', count: 1 }] }, 2021);
    expect(moved).toEqual({ kind: 'windows', windows: [{ from: '2021-02-10', to: '2021-02-28', count: 1 }] });
    const back = moveCadenceToYear(moved, 2024);
    expect(back).toEqual({ kind: 'windows', windows: [{ from: '2024-02-10', to: '2024-02-29', count: 1 }] });
  });

  it('keeps a deadline day and leaves ongoing and unknown alone', () => {
    expect(describeCadence(moveCadenceToYear(parseTimeframe('Trước ngày 15/6/2020', 2020), 2021))).toBe('1 lần trước ngày 15/06/2021');
    expect(moveCadenceToYear({ kind: 'ongoing' }, 2030)).toEqual({ kind: 'ongoing' });
    expect(moveCadenceToYear({ kind: 'unknown', text: 'Khi có yêu cầu' }, 2030)).toEqual({ kind: 'unknown', text: 'Khi có yêu cầu' });
  });
});
