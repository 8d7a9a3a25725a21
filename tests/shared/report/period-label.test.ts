import { describe, expect, it } from 'vitest';
import { periodLabel } from '../../../shared/domain/report';

describe('period label', () => {
  it.each([
    ['2020-05-01', '2020-05-31', 'tháng 5 năm 2020'],
    ['2021-01-01', '2021-01-31', 'tháng 01 năm 2021'],
    ['2020-07-01', '2020-09-30', 'quý III năm 2020'],
    ['2020-01-01', '2020-06-30', '6 tháng đầu năm 2020'],
    ['2020-07-01', '2020-12-31', '6 tháng cuối năm 2020'],
    ['2020-01-01', '2020-09-30', '9 tháng đầu năm 2020'],
    ['2020-01-01', '2020-12-31', 'năm 2020'],
    ['2019-12-15', '2020-12-14', 'từ ngày 15/12/2019 đến ngày 14/12/2020'],
    ['2020-02-01', '2020-03-31', 'từ ngày 01/02/2020 đến ngày 31/03/2020'],
  ])('%s – %s reads "%s"', (from, to, label) => {
    expect(periodLabel(from, to)).toBe(label);
  });
});
