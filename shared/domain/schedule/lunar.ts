import { dayNumber, fromDayNumber } from '../dates';
import type { IsoDate } from '../types';

/**
 * The Vietnamese lunisolar calendar, computed astronomically for UTC+7 (which is why Vietnam's Tết can differ
 * from China's, e.g. 1985). Used to seed lunar holidays (Tết, Giỗ Tổ Hùng Vương); accurate to the day for
 * 1900–2100, which is all the app needs.
 *
 * Rules: a month starts on the local day of a new moon; month 11 is the one holding the December solstice;
 * a year with 13 months between two 11th months has a leap month: the first one without a major solar term
 * (the sun entering a 30° sign). Astronomy from J. Meeus, Astronomical Algorithms (ch. 25 and 49).
 */
const RAD = Math.PI / 180;
const TZ_DAYS = 7 / 24;
/** Julian Day of 1970-01-01 00:00 UTC. */
const JD_UNIX_EPOCH = 2440587.5;

/** Julian Ephemeris Day of the k-th new moon after 2000-01-06 (Meeus ch. 49, main terms). */
function newMoonJde(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  const jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * t2 - 0.00000015 * t3;
  const e = 1 - 0.002516 * t - 0.0000074 * t2;
  const m = (2.5534 + 29.1053567 * k - 0.0000014 * t2) * RAD;
  const mp = (201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3) * RAD;
  const f = (160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3) * RAD;
  const om = (124.7746 - 1.56375588 * k + 0.0020672 * t2) * RAD;
  const corr =
    -0.4072 * Math.sin(mp) +
    0.17241 * e * Math.sin(m) +
    0.01608 * Math.sin(2 * mp) +
    0.01039 * Math.sin(2 * f) +
    0.00739 * e * Math.sin(mp - m) -
    0.00514 * e * Math.sin(mp + m) +
    0.00208 * e * e * Math.sin(2 * m) -
    0.00111 * Math.sin(mp - 2 * f) -
    0.00057 * Math.sin(mp + 2 * f) +
    0.00056 * e * Math.sin(2 * mp + m) -
    0.00042 * Math.sin(3 * mp) +
    0.00042 * e * Math.sin(m + 2 * f) +
    0.00038 * e * Math.sin(m - 2 * f) -
    0.00024 * e * Math.sin(2 * mp - m) -
    0.00017 * Math.sin(om) -
    0.00007 * Math.sin(mp + 2 * m) +
    0.00004 * Math.sin(2 * mp - 2 * f) +
    0.00004 * Math.sin(3 * m) +
    0.00003 * Math.sin(mp + m - 2 * f) +
    0.00003 * Math.sin(2 * mp + 2 * f) -
    0.00003 * Math.sin(mp + m + 2 * f) +
    0.00003 * Math.sin(mp - m + 2 * f) -
    0.00002 * Math.sin(mp - m - 2 * f) -
    0.00002 * Math.sin(3 * mp + m) +
    0.00002 * Math.sin(4 * mp);
  return jde + corr;
}

/** TT − UT in days; a rough polynomial is plenty at day resolution. */
function deltaTDays(jd: number): number {
  const t = (jd - 2451545) / 365.25;
  return (62.92 + 0.32217 * t + 0.005589 * t * t) / 86400;
}

/** Day number (days since 1970-01-01) of the local (UTC+7) day holding the k-th new moon. */
function newMoonDay(k: number): number {
  const jde = newMoonJde(k);
  const jdUt = jde - deltaTDays(jde);
  return Math.floor(jdUt + TZ_DAYS - JD_UNIX_EPOCH);
}

/** Apparent ecliptic longitude of the sun in degrees [0, 360) at Julian Day `jd` (Meeus ch. 25, low accuracy). */
function sunLongitude(jd: number): number {
  const t = (jd - 2451545) / 36525;
  const l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
  const m = (357.52911 + 35999.05029 * t - 0.0001537 * t * t) * RAD;
  const c = (1.914602 - 0.004817 * t - 0.000014 * t * t) * Math.sin(m) + (0.019993 - 0.000101 * t) * Math.sin(2 * m) + 0.000289 * Math.sin(3 * m);
  const om = (125.04 - 1934.136 * t) * RAD;
  const lon = l0 + c - 0.00569 - 0.00478 * Math.sin(om);
  return ((lon % 360) + 360) % 360;
}

/** Which 30° sign the sun is in at the start (local midnight) of day number `day`. */
function sunSign(day: number): number {
  return Math.floor(sunLongitude(day + JD_UNIX_EPOCH - TZ_DAYS) / 30);
}

/** k of the lunation whose new moon falls on or before day `day` and the next one after it. */
function lunationAtOrBefore(day: number): number {
  let k = Math.floor((day + JD_UNIX_EPOCH - 2451550.1) / 29.530588853);
  while (newMoonDay(k + 1) <= day) k += 1;
  while (newMoonDay(k) > day) k -= 1;
  return k;
}

/** k of the 11th lunar month of Gregorian year `year` (the month holding the December solstice). */
function month11(year: number): number {
  // Sign 9 (270°) starts at the solstice; the last local day before the sun reaches it is Dec 20–22.
  let solstice = Math.round(Date.UTC(year, 11, 19) / 86_400_000);
  while (sunSign(solstice + 1) !== 9) solstice += 1;
  return lunationAtOrBefore(solstice);
}

interface LunarMonth {
  /** Lunar year (the year Tết falls in). */
  year: number;
  month: number;
  leap: boolean;
  /** Solar date of day 1. */
  start: IsoDate;
  days: number;
}

/** Months 11 of (year−1) … 12 of year, labelled, with leap months found by the no-major-term rule. */
function monthsAround(year: number): LunarMonth[] {
  const k0 = month11(year - 1);
  const k1 = month11(year);
  const count = k1 - k0;
  let leapIndex = -1;
  if (count === 13) {
    for (let i = 1; i < 13; i++) {
      if (sunSign(newMoonDay(k0 + i)) === sunSign(newMoonDay(k0 + i + 1))) {
        leapIndex = i;
        break;
      }
    }
  }
  const out: LunarMonth[] = [];
  let number = 11;
  let lunarYear = year - 1;
  for (let i = 0; i < count; i++) {
    const leap = i === leapIndex;
    if (i > 0 && !leap) number = (number % 12) + 1;
    const start = newMoonDay(k0 + i);
    // Months 11 and 12 before Tết belong to the previous lunar year.
    if (number === 1 && !leap) lunarYear = year;
    out.push({ year: lunarYear, month: number, leap, start: fromDayNumber(start), days: newMoonDay(k0 + i + 1) - start });
  }
  return out;
}

/** Solar date of a lunar date (day 1–30 of lunar month 1–12, `leap` for the intercalary month). */
export function lunarToSolar(lunarYear: number, month: number, day: number, leap = false): IsoDate | null {
  for (const y of [lunarYear, lunarYear + 1]) {
    const m = monthsAround(y).find((x) => x.year === lunarYear && x.month === month && x.leap === leap);
    if (m) return day >= 1 && day <= m.days ? fromDayNumber(dayNumber(m.start) + day - 1) : null;
  }
  return null;
}

/** The last day of lunar year `lunarYear` (the eve of the next Tết: "30 Tết", which may be the 29th). */
export function lunarNewYearsEve(lunarYear: number): IsoDate {
  const tet = lunarToSolar(lunarYear + 1, 1, 1);
  if (tet === null) throw new Error(`no Tết for ${lunarYear + 1}`);
  return fromDayNumber(dayNumber(tet) - 1);
}
