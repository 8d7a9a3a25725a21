import { isoDate } from '../dates';
import type { IsoDate } from '../types';
import { lunarNewYearsEve, lunarToSolar } from './lunar';

/** A public holiday shown on the calendar. The table is data: seeded from resources/holidays/vn.json, editable in the app. */
export interface Holiday {
  date: IsoDate;
  name: string;
  /** Whether the date follows the solar or the lunar calendar (lunar ones move every year). */
  kind: 'solar' | 'lunar';
  /** A date the government fixes each year (e.g. the day beside Quốc khánh): check it when the decision is out. */
  tentative?: boolean;
}

/** The day next to 2 September (Labour Code 2019, from 2021), as the Prime Minister fixed it each year. */
const NATIONAL_DAY_EXTRA: Record<number, string> = { 2021: '09-03', 2022: '09-01', 2023: '09-01', 2024: '09-03', 2025: '09-01' };

const TET_DAY_NAMES = ['Mùng 1 Tết', 'Mùng 2 Tết', 'Mùng 3 Tết', 'Mùng 4 Tết'];

/**
 * Vietnam's public holidays (Bộ luật Lao động) for a Gregorian year: the solar ones, Tết Nguyên Đán
 * (New Year's Eve and days 1–4, the usual five days off) and Giỗ Tổ Hùng Vương (10th of the 3rd lunar month).
 */
export function vietnamHolidays(year: number): Holiday[] {
  const out: Holiday[] = [
    { date: isoDate(year, 1, 1), name: 'Tết Dương lịch', kind: 'solar' },
    { date: isoDate(year, 4, 30), name: 'Ngày Giải phóng miền Nam, thống nhất đất nước', kind: 'solar' },
    { date: isoDate(year, 5, 1), name: 'Ngày Quốc tế Lao động', kind: 'solar' },
    { date: isoDate(year, 9, 2), name: 'Quốc khánh', kind: 'solar' },
  ];
  if (year >= 2021) {
    const extra = NATIONAL_DAY_EXTRA[year];
    out.push({ date: `${year}-${extra ?? '09-01'}`, name: 'Quốc khánh (ngày nghỉ liền kề)', kind: 'solar', ...(extra ? {} : { tentative: true }) });
  }
  const tet = lunarToSolar(year, 1, 1);
  if (tet === null) throw new Error(`no Tết in ${year}`);
  // The eve is the 29th when the last lunar month is short.
  const eveDay = lunarToSolar(year - 1, 12, 30) === null ? 29 : 30;
  out.push({ date: lunarNewYearsEve(year - 1), name: `Tết Nguyên Đán (${eveDay} Tết)`, kind: 'lunar' });
  TET_DAY_NAMES.forEach((name, i) => {
    out.push({ date: lunarToSolar(year, 1, i + 1)!, name: `Tết Nguyên Đán (${name})`, kind: 'lunar' });
  });
  out.push({ date: lunarToSolar(year, 3, 10)!, name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', kind: 'lunar' });
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Holidays keyed by date (several may share a date). */
export function holidaysByDate(holidays: readonly Holiday[]): Map<IsoDate, Holiday[]> {
  const map = new Map<IsoDate, Holiday[]>();
  for (const h of holidays) map.set(h.date, [...(map.get(h.date) ?? []), h]);
  return map;
}

export interface HolidaySeed {
  country: string;
  note: string;
  years: [number, number];
  holidays: Holiday[];
}

export function buildHolidaySeed(fromYear: number, toYear: number): HolidaySeed {
  const holidays: Holiday[] = [];
  for (let y = fromYear; y <= toYear; y++) holidays.push(...vietnamHolidays(y));
  return {
    country: 'VN',
    note:
      'Ngày lễ, Tết của Việt Nam (Bộ luật Lao động). Ngày âm lịch đã quy đổi sang dương lịch theo múi giờ UTC+7. ' +
      'Dữ liệu ban đầu, có thể sửa trong ứng dụng (Cài đặt → Ngày lễ). Ngày "tentative" cần đối chiếu quyết định nghỉ lễ hằng năm.',
    years: [fromYear, toYear],
    holidays,
  };
}
