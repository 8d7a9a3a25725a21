/** Calendar arithmetic on plain `yyyy-MM-dd` strings: no Date objects, no time zones. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isValidIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return year >= 1900 && year <= 2200 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function isValidLocalTime(value: string): boolean {
  return LOCAL_TIME.test(value);
}

export function parseIsoDate(value: string): { year: number; month: number; day: number } {
  const m = ISO_DATE.exec(value);
  if (!m) throw new Error(`not an ISO date: ${value}`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The calendar day of `d` on this computer's clock (never via UTC, which is yesterday before 07:00 in Việt Nam). */
export function localIsoDate(d: Date): string {
  return isoDate(d.getFullYear(), d.getMonth() + 1, d.getDate());
}

export function monthStart(year: number, month: number): string {
  return isoDate(year, month, 1);
}

export function monthEnd(year: number, month: number): string {
  return isoDate(year, month, daysInMonth(year, month));
}

/** `yyyy-MM` of a date. Time of day never enters: 06:00 on 1 February is February. */
export function monthKey(date: string): string {
  return date.slice(0, 7);
}

/** Day number since 1970-01-01 in the proleptic Gregorian calendar (for differences and weekdays). */
export function dayNumber(date: string): number {
  const { year, month, day } = parseIsoDate(date);
  return Math.round(Date.UTC(year, month - 1, day) / 86_400_000);
}

export function fromDayNumber(n: number): string {
  const d = new Date(n * 86_400_000);
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function addDays(date: string, days: number): string {
  return fromDayNumber(dayNumber(date) + days);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function weekday(date: string): number {
  const dow = (dayNumber(date) + 4) % 7; // 1970-01-01 was a Thursday
  return ((dow + 6) % 7) + 1;
}

/** Monday of the week containing `date` (weeks start on Monday). */
export function startOfWeek(date: string): string {
  return addDays(date, 1 - weekday(date));
}

const two = (n: number) => String(n).padStart(2, '0');

/** yyyy-MM-dd → dd/MM/yyyy, the only way a date is shown. */
export function formatViDate(date: string): string {
  const { year, month, day } = parseIsoDate(date);
  return `${two(day)}/${two(month)}/${year}`;
}

/** How a date typed the Vietnamese way reads, or why it does not: the one parser every way in uses. */
export type ViDateReading = { ok: true; iso: string } | { ok: false; problem: 'format' | 'year' | 'missing'; shown: string };

/**
 * "15/11/2020", "5/1/2020", "15.11.2020" or "15-11-2020" → 2020-11-15, whatever the browser's locale (day first, always).
 * A two-digit year ("15/11/20") is read as 20xx only where the caller allows it (a CLI flag, a plan cell); forms refuse it
 * rather than store year 0020. A day the calendar does not have is `missing`, with the date as typed for the message.
 */
export function readViDate(text: string, { shortYear = false }: { shortYear?: boolean } = {}): ViDateReading {
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d+)\s*$/.exec(text);
  if (!m) return { ok: false, problem: 'format', shown: text.trim() };
  const day = Number(m[1]);
  const month = Number(m[2]);
  const yearDigits = m[3]!;
  const year = yearDigits.length === 2 && shortYear ? 2000 + Number(yearDigits) : Number(yearDigits);
  const shown = `${two(day)}/${two(month)}/${yearDigits}`;
  if ((yearDigits.length !== 4 && !(yearDigits.length === 2 && shortYear)) || year < 1900 || year > 2200) return { ok: false, problem: 'year', shown };
  const iso = isoDate(year, month, day);
  return isValidIsoDate(iso) ? { ok: true, iso } : { ok: false, problem: 'missing', shown };
}

/** {@link readViDate} when only the date matters: null when the text is not a real date. */
export function parseViDate(text: string, options?: { shortYear?: boolean }): string | null {
  const r = readViDate(text, options);
  return r.ok ? r.iso : null;
}

const asInstant = (instant: string | Date | null | undefined): Date | null => {
  if (instant === null || instant === undefined || instant === '') return null;
  const d = instant instanceof Date ? instant : new Date(instant);
  return Number.isNaN(d.getTime()) ? null : d;
};

/** An instant (ISO UTC in the data) as dd/MM/yyyy HH:mm on this computer's clock; "—" when there is none. */
export function formatViDateTime(instant: string | Date | null | undefined): string {
  const d = asInstant(instant);
  if (!d) return '—';
  return `${two(d.getDate())}/${two(d.getMonth() + 1)}/${d.getFullYear()} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

/** The calendar day of an instant on this computer's clock, as dd/MM/yyyy; "—" when there is none. */
export function formatViDayOf(instant: string | Date | null | undefined): string {
  const d = asInstant(instant);
  return d ? formatViDate(localIsoDate(d)) : '—';
}

export function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
