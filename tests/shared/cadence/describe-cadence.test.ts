import { describe, expect, it } from 'vitest';
import { describeCadence, parseTimeframe } from '../../../shared/domain/cadence';

const words = (text: string, year = 2020, lang: 'vi' | 'en' = 'vi') => describeCadence(parseTimeframe(text, year), lang);

describe('describeCadence', () => {
  it.each([
    ['Mỗi tháng 01 kỳ', '1 kỳ mỗi tháng'],
    ['02 kỳ/tháng', '2 kỳ mỗi tháng'],
    ['Tháng 9,10/2020', '1 lần trong tháng 9–10/2020'],
    ['Tháng 5/2020', '1 lần trong tháng 5/2020'],
    ['Trong năm 2020', '1 lần trong năm 2020'],
    ['Hàng quý', '1 kỳ mỗi quý'],
    ['Quý II/2020', '1 lần trong quý II/2020'],
    ['6 tháng đầu năm', '1 lần trong 6 tháng đầu năm 2020'],
    ['6 tháng/lần', '1 kỳ mỗi 6 tháng'],
    ['Hằng tuần', '1 kỳ mỗi tuần'],
    ['Trước ngày 15/6/2020', '1 lần trước ngày 15/06/2020'],
    ['Từ ngày 01/3 đến ngày 15/4/2020', '1 lần từ 01/03/2020 đến 15/04/2020'],
    ['Ngày 15/5/2020', '1 lần ngày 15/05/2020'],
    ['Mỗi tháng 01 kỳ, từ tháng 3 đến tháng 12', '1 kỳ mỗi tháng, tháng 3–12/2020'],
    ['Thường xuyên', 'Thường xuyên'],
    ['Khi có yêu cầu', 'Chưa rõ: «Khi có yêu cầu» (cần xem lại)'],
    ['', 'Chưa rõ thời gian (cần xem lại)'],
  ])('%j → %s', (text, expected) => {
    expect(words(text)).toBe(expected);
  });

  it('describes an irregular list window by window', () => {
    expect(
      describeCadence({
        kind: 'windows',
        windows: [
          { from: '2020-09-01', to: '2020-09-30', count: 2 },
          { from: '2020-03-01', to: '2020-03-31', count: 1 },
        ],
      }),
    ).toBe('1 lần trong tháng 3/2020; 2 lần trong tháng 9/2020');
  });

  it('has English words too', () => {
    expect(words('Mỗi tháng 01 kỳ', 2020, 'en')).toBe('once a month');
    expect(words('Tháng 9,10/2020', 2020, 'en')).toBe('once in Sep–Oct 2020');
    expect(words('Thường xuyên', 2020, 'en')).toBe('Ongoing');
  });
});
