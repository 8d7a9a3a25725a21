import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildHolidaySeed, holidaysByDate, vietnamHolidays, type HolidaySeed } from '../../../shared/domain/schedule/holidays';
import { lunarToSolar } from '../../../shared/domain/schedule/lunar';
import { isValidIsoDate } from '../../../shared/domain/dates';

describe('lunar calendar (UTC+7)', () => {
  it('finds known Tết dates', () => {
    const tet: Record<number, string> = {
      2019: '2019-02-05',
      2020: '2020-01-25',
      2021: '2021-02-12',
      2022: '2022-02-01',
      2023: '2023-01-22',
      2024: '2024-02-10',
      2025: '2025-01-29',
      2026: '2026-02-17',
    };
    for (const [y, d] of Object.entries(tet)) expect(lunarToSolar(Number(y), 1, 1)).toBe(d);
  });

  it('finds known Giỗ Tổ Hùng Vương dates, including after a leap 2nd month (2023)', () => {
    expect(lunarToSolar(2020, 3, 10)).toBe('2020-04-02');
    expect(lunarToSolar(2023, 3, 10)).toBe('2023-04-29');
    expect(lunarToSolar(2024, 3, 10)).toBe('2024-04-18');
    expect(lunarToSolar(2025, 3, 10)).toBe('2025-04-07');
  });

  it('knows leap months: 2020 had a leap 4th month, 2023 a leap 2nd', () => {
    expect(lunarToSolar(2020, 4, 1, true)).toBe('2020-05-23');
    expect(lunarToSolar(2023, 2, 1, true)).toBe('2023-03-22');
    expect(lunarToSolar(2021, 4, 1, true)).toBeNull();
  });

  it("uses Vietnam time: Tết 2030 falls a day before China's (new moon 23:07 UTC+7, 00:07 UTC+8)", () => {
    expect(lunarToSolar(2030, 1, 1)).toBe('2030-02-02');
  });
});

describe('Vietnam holidays seed', () => {
  it('a year has the solar days, five Tết days and Giỗ Tổ', () => {
    const h2020 = vietnamHolidays(2020);
    expect(h2020.map((h) => h.date)).toEqual([
      '2020-01-01',
      '2020-01-24',
      '2020-01-25',
      '2020-01-26',
      '2020-01-27',
      '2020-01-28',
      '2020-04-02',
      '2020-04-30',
      '2020-05-01',
      '2020-09-02',
    ]);
    // From 2021 the Labour Code adds a day beside Quốc khánh.
    expect(
      vietnamHolidays(2024)
        .filter((h) => h.name.startsWith('Quốc khánh'))
        .map((h) => h.date),
    ).toEqual(['2024-09-02', '2024-09-03']);
  });

  it('resources/holidays/vn.json is exactly the computed table for 2020–2030', () => {
    const file = JSON.parse(readFileSync(new URL('../../../resources/holidays/vn.json', import.meta.url), 'utf8')) as HolidaySeed;
    expect(file).toEqual(buildHolidaySeed(2020, 2030));
    expect(file.holidays.every((h) => isValidIsoDate(h.date) && h.name.length > 0)).toBe(true);
    const byDate = holidaysByDate(file.holidays);
    expect(byDate.get('2025-01-29')?.[0]?.name).toBe('Tết Nguyên Đán (Mùng 1 Tết)');
    expect(byDate.get('2024-02-10')?.[0]?.name).toBe('Tết Nguyên Đán (Mùng 1 Tết)');
  });
});
