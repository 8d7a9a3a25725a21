import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/contract/errors';
import { overlaps, parsePeriod, periodMonths, periodQuarters, rangePeriod, resolvePeriod } from '../../../shared/domain/periods';
import { parseViDate } from '../../../shared/domain/dates';

describe('parsePeriod', () => {
  it('reads a year', () => {
    expect(parsePeriod('2020')).toEqual({ kind: 'year', from: '2020-01-01', to: '2020-12-31', label: 'Năm 2020' });
  });
  it('reads halves', () => {
    expect(parsePeriod('2020-H1')).toMatchObject({ from: '2020-01-01', to: '2020-06-30', label: '6 tháng đầu năm 2020' });
    expect(parsePeriod('2020-h2')).toMatchObject({ from: '2020-07-01', to: '2020-12-31', label: '6 tháng cuối năm 2020' });
  });
  it('reads quarters with their real last day', () => {
    expect(parsePeriod('2020-Q1')).toMatchObject({ from: '2020-01-01', to: '2020-03-31', label: 'Quý I/2020' });
    expect(parsePeriod('2020-Q3')).toMatchObject({ from: '2020-07-01', to: '2020-09-30', label: 'Quý III/2020' });
    expect(parsePeriod('2020-Q4')).toMatchObject({ from: '2020-10-01', to: '2020-12-31' });
  });
  it('reads months, including leap-year February', () => {
    expect(parsePeriod('2020-05')).toMatchObject({ kind: 'month', from: '2020-05-01', to: '2020-05-31', label: 'Tháng 5/2020' });
    expect(parsePeriod('2020-02').to).toBe('2020-02-29');
    expect(parsePeriod('2021-02').to).toBe('2021-02-28');
  });
  it.each(['', '20', '2020-13', '2020-00', '2020-Q5', '2020-H3', '2020/05', 'năm 2020', '2020-5'])('refuses "%s" in Vietnamese', (spec) => {
    expect(() => parsePeriod(spec)).toThrow(AppError);
    try {
      parsePeriod(spec);
    } catch (e) {
      expect((e as AppError).code).toBe('invalid_input');
      expect((e as AppError).message).toMatch(/Kỳ báo cáo/);
    }
  });
});

describe('rangePeriod / resolvePeriod', () => {
  it('accepts a custom range', () => {
    expect(rangePeriod('2020-05-15', '2020-06-14')).toMatchObject({ kind: 'range', label: 'Từ 15/05/2020 đến 14/06/2020' });
  });
  it('refuses a reversed range or a bad date, naming the field', () => {
    expect(() => rangePeriod('2020-06-01', '2020-05-01')).toThrow(/phải trước/);
    expect(() => rangePeriod('2020-02-30', '2020-05-01')).toThrow(/Ngày bắt đầu/);
  });
  it('needs exactly one of period or from/to', () => {
    expect(resolvePeriod({ period: '2020-Q3' }).from).toBe('2020-07-01');
    expect(resolvePeriod({ from: '2020-01-01', to: '2020-01-31' }).kind).toBe('range');
    expect(() => resolvePeriod({ period: '2020', from: '2020-01-01' })).toThrow(/Chỉ chọn một/);
    expect(() => resolvePeriod({ from: '2020-01-01' })).toThrow(AppError);
    expect(() => resolvePeriod({})).toThrow(AppError);
  });
});

describe('columns', () => {
  it('lists the months of a period, across a year boundary', () => {
    const cols = periodMonths('2020-11-15', '2021-02-03');
    expect(cols.map((c) => c.key)).toEqual(['2020-11', '2020-12', '2021-01', '2021-02']);
    expect(cols[1]).toMatchObject({ from: '2020-12-01', to: '2020-12-31', label: 'Tháng 12/2020', short: 'T12' });
  });
  it('lists twelve months for a year', () => {
    expect(periodMonths('2020-01-01', '2020-12-31')).toHaveLength(12);
  });
  it('lists the quarters touching a period', () => {
    expect(periodQuarters('2020-02-10', '2020-07-01').map((c) => c.key)).toEqual(['2020-Q1', '2020-Q2', '2020-Q3']);
    expect(periodQuarters('2020-11-01', '2021-01-31').map((c) => c.label)).toEqual(['Quý IV/2020', 'Quý I/2021']);
  });
  it('overlap includes shared end days', () => {
    expect(overlaps('2020-01-01', '2020-01-31', '2020-01-31', '2020-02-10')).toBe(true);
    expect(overlaps('2020-01-01', '2020-01-30', '2020-01-31', '2020-02-10')).toBe(false);
  });
});

describe('parseViDate', () => {
  it('reads dd/MM/yyyy and short forms', () => {
    expect(parseViDate('15/11/2020')).toBe('2020-11-15');
    expect(parseViDate(' 5/1/2020 ')).toBe('2020-01-05');
    expect(parseViDate('29/02/20', { shortYear: true })).toBe('2020-02-29');
    expect(parseViDate('15.11.2020')).toBe('2020-11-15');
  });
  it('refuses what is not a real date', () => {
    for (const s of ['31/02/2020', '2020-11-15', '11/15', '', '32/01/2020', '15/13/2020']) expect(parseViDate(s), s).toBeNull();
  });
});
