import { describe, expect, it } from 'vitest';
import { parseTimeframe } from '../../../shared/domain/cadence';
import { monthEnd, monthStart } from '../../../shared/domain/dates';
import type { Cadence } from '../../../shared/domain/types';

const months = (year: number, from: number, to: number, count = 1): Cadence => ({
  kind: 'windows',
  windows: Array.from({ length: to - from + 1 }, (_, i) => ({
    from: monthStart(year, from + i),
    to: monthEnd(year, from + i),
    count,
  })),
});
const span = (year: number, from: number, to: number, count = 1): Cadence => ({
  kind: 'windows',
  windows: [{ from: monthStart(year, from), to: monthEnd(year, to), count }],
});
const quarters = (year: number, count = 1): Cadence => ({
  kind: 'windows',
  windows: [1, 4, 7, 10].map((m) => ({ from: monthStart(year, m), to: monthEnd(year, m + 2), count })),
});
const range = (from: string, to: string, count = 1): Cadence => ({ kind: 'windows', windows: [{ from, to, count }] });
const ongoing: Cadence = { kind: 'ongoing' };

describe('the ten timeframes of Kế hoạch 259/KH-UBND', () => {
  const cases: Array<[string, string, Cadence]> = [
    ['01', 'Thường xuyên trong năm', ongoing],
    ['02', 'Tháng 5/2020', span(2020, 5, 5)],
    ['03', 'Tháng 9,10/2020', span(2020, 9, 10)],
    ['04', 'Tháng 11/2020', span(2020, 11, 11)],
    ['05', 'Mỗi tháng 01 kỳ', months(2020, 1, 12)],
    ['06', 'Mỗi tháng một kỳ', months(2020, 1, 12)],
    ['07', 'Thường xuyên', ongoing],
    ['08', 'Thường xuyên', ongoing],
    ['09', 'Tháng 12/2020', span(2020, 12, 12)],
    ['10', 'Trong năm 2020', range('2020-01-01', '2020-12-31')],
  ];
  it.each(cases)('task %s: %s', (_code, text, expected) => {
    expect(parseTimeframe(text, 2020)).toEqual(expected);
  });
  it('task 05 has twelve monthly windows of one item each, February 2020 ending on the 29th', () => {
    const c = parseTimeframe('Mỗi tháng 01 kỳ', 2020);
    expect(c.kind === 'windows' && c.windows.length).toBe(12);
    expect(c.kind === 'windows' && c.windows[1]).toEqual({ from: '2020-02-01', to: '2020-02-29', count: 1 });
  });
});

describe('phrase families', () => {
  const y = 2021;
  const cases: Array<[string, Cadence]> = [
    // one month, several months, a range of months → one window
    ['Tháng 5/2021', span(y, 5, 5)],
    ['tháng 12', span(y, 12, 12)],
    ['Tháng 05 năm 2021', span(y, 5, 5)],
    ['T5/2021', span(y, 5, 5)],
    ['5/2021', span(y, 5, 5)],
    ['Trong tháng 7', span(y, 7, 7)],
    ['Tháng 9, 10/2021', span(y, 9, 10)],
    ['Tháng 10 - 12/2021', span(y, 10, 12)],
    ['Tháng 10–12/2021', span(y, 10, 12)],
    ['Từ tháng 3 đến tháng 6/2021', span(y, 3, 6)],
    ['Tháng 3 và tháng 4 năm 2021', span(y, 3, 4)],
    ['tháng 3/2021 - tháng 5/2021', span(y, 3, 5)],
    ['Dự kiến tháng 8/2021', span(y, 8, 8)],
    // recurring
    ['Mỗi tháng 01 kỳ', months(y, 1, 12)],
    ['Mỗi tháng một kỳ', months(y, 1, 12)],
    ['Hằng tháng', months(y, 1, 12)],
    ['Hàng tháng', months(y, 1, 12)],
    ['Định kỳ hằng tháng', months(y, 1, 12)],
    ['Hằng tháng (02 kỳ)', months(y, 1, 12, 2)],
    ['02 kỳ/tháng', months(y, 1, 12, 2)],
    ['2 bài mỗi tháng', months(y, 1, 12, 2)],
    ['Mỗi tháng ít nhất 03 tin, bài', months(y, 1, 12, 3)],
    ['Hàng quý', quarters(y)],
    ['mỗi quý 01 lần', quarters(y)],
    ['01 lần/quý', quarters(y)],
    ['3 tháng một lần', quarters(y)],
    ['6 tháng/lần', { kind: 'windows', windows: [span(y, 1, 6), span(y, 7, 12)].flatMap((c) => (c.kind === 'windows' ? c.windows : [])) }],
    ['Hằng năm', range('2021-01-01', '2021-12-31')],
    ['2 lần/năm', range('2021-01-01', '2021-12-31', 2)],
    ['Mỗi tháng 01 kỳ, từ tháng 3 đến tháng 12', months(y, 3, 12)],
    ['Từ tháng 3/2021, hằng tháng 2 kỳ', months(y, 3, 12, 2)],
    ['Hằng tháng trong năm 2021', months(y, 1, 12)],
    // quarters and halves, Roman or Arabic
    ['Quý II/2021', span(y, 4, 6)],
    ['quý 3', span(y, 7, 9)],
    ['Quý IV năm 2021', span(y, 10, 12)],
    ['Quý I và quý II', span(y, 1, 6)],
    ['Quý III - IV/2021', span(y, 7, 12)],
    ['6 tháng đầu năm', span(y, 1, 6)],
    ['6 tháng cuối năm 2021', span(y, 7, 12)],
    ['Nửa đầu năm', span(y, 1, 6)],
    // the whole year, deadlines, dates
    ['Trong năm 2021', range('2021-01-01', '2021-12-31')],
    ['Năm 2021', range('2021-01-01', '2021-12-31')],
    ['Cả năm', range('2021-01-01', '2021-12-31')],
    ['Trước ngày 30/6/2021', range('2021-01-01', '2021-06-30')],
    ['trước 15/3', range('2021-01-01', '2021-03-15')],
    ['Chậm nhất ngày 30 tháng 9 năm 2021', range('2021-01-01', '2021-09-30')],
    ['Hoàn thành trước tháng 6/2021', range('2021-01-01', '2021-05-31')],
    ['Từ ngày 01/3 đến ngày 30/4/2021', range('2021-03-01', '2021-04-30')],
    ['Ngày 15/5/2021', range('2021-05-15', '2021-05-15')],
    ['02 bài trong tháng 5/2021', span(y, 5, 5, 2)],
    ['Tháng 5/2021 (02 bài)', span(y, 5, 5, 2)],
    // ongoing
    ['Thường xuyên', ongoing],
    ['Thường xuyên trong năm', ongoing],
    ['Thường xuyên, liên tục', ongoing],
    ['Thường xuyên trong năm 2021', ongoing],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(parseTimeframe(text, y)).toEqual(expected);
  });

  it('reads weekly cadences as Monday-to-Sunday weeks clipped to the year', () => {
    const c = parseTimeframe('Hằng tuần', 2021);
    if (c.kind !== 'windows') throw new Error('expected windows');
    expect(c.windows[0]).toEqual({ from: '2021-01-01', to: '2021-01-03', count: 1 });
    expect(c.windows[1]).toEqual({ from: '2021-01-04', to: '2021-01-10', count: 1 });
    expect(c.windows.at(-1)).toEqual({ from: '2021-12-27', to: '2021-12-31', count: 1 });
  });
});

describe('spelling, case, Unicode form and spacing do not matter', () => {
  const variants = [
    'Tháng 9,10/2020',
    'Tháng 9,10/2020'.normalize('NFD'),
    'THÁNG 9,10/2020',
    'thang 9,10/2020',
    'THANG 9 , 10 / 2020',
    '  tháng   9,   10/2020 ',
    'Tháng 9,10/2020.',
    'Tháng\t9,10/2020',
  ];
  it.each(variants)('%j', (text) => {
    expect(parseTimeframe(text, 2020)).toEqual(span(2020, 9, 10));
  });
  it.each(['Mỗi tháng 01 kỳ'.normalize('NFD'), 'MOI THANG 01 KY', 'moi thang mot ky', 'Hàng  tháng'])('recurring %j', (text) => {
    expect(parseTimeframe(text, 2020)).toEqual(months(2020, 1, 12));
  });
  it.each(['THƯỜNG XUYÊN', 'thuong xuyen', 'Thường xuyên'.normalize('NFD'), 'Thuong  xuyen trong nam'])('ongoing %j', (text) => {
    expect(parseTimeframe(text, 2020)).toEqual(ongoing);
  });
});

describe('anything else is unknown, with the original text, never a guess', () => {
  const cases = [
    '',
    '   ',
    'Khi có yêu cầu',
    'Đầu tháng 5',
    'Tháng 5/2021', // another year than the plan's
    'Trong năm 2019',
    'Tháng 12 - 3',
    'Tháng 13/2020',
    'Quý V',
    'Trước ngày 31/2/2020',
    'Từ ngày 30/4 đến ngày 01/3/2020',
    'Mỗi tháng 0 kỳ',
    'Từ tháng 3',
    'Giai đoạn 2020-2025',
    'Hằng ngày',
    '???',
  ];
  it.each(cases)('%j', (text) => {
    expect(parseTimeframe(text, 2020)).toEqual({ kind: 'unknown', text: text.normalize('NFC').replace(/\s+/g, ' ').trim() });
  });
  it('keeps the original text in NFC', () => {
    expect(parseTimeframe('Khi có yêu cầu'.normalize('NFD'), 2020)).toEqual({ kind: 'unknown', text: 'Khi có yêu cầu' });
  });
});
