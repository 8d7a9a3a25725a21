import { parseIsoDate } from '../dates';

/**
 * Date line of an administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I):
 * days under 10 and the months January and February take a leading zero, so that
 * nobody can turn "1" into "11" after signing. Months 3–12 are written as they are.
 */
export function dateInWords(date: string): string {
  const { year, month, day } = parseIsoDate(date);
  const dd = day < 10 ? `0${day}` : String(day);
  return `ngày ${dd} tháng ${monthInWords(month)} năm ${year}`;
}

/** "01", "02", "3" … "12": the same anti-tampering rule as the date line. */
export function monthInWords(month: number): string {
  return month <= 2 ? `0${month}` : String(month);
}

/** "Hải Dương, ngày 05 tháng 01 năm 2021". An empty place gives just the date part. */
export function placeDateLine(place: string, date: string): string {
  const trimmed = place.trim();
  return trimmed === '' ? capitalise(dateInWords(date)) : `${trimmed}, ${dateInWords(date)}`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
