import type { Cadence, CadenceWindow } from '../types';
import { AT_LEAST, COUNT, UNIT, YR, countValue, re } from './phrases';
import { tokenizeTimeframe } from './normalize';
import { periodWindows, yearBounds, type PeriodUnit } from './periods';
import { readWindow, windowOf, type ReadWindow } from './single-window';
import { readPhrase } from './span-phrases';

const ONGOING = re(
  `(?:(?:thuc hien|duy tri) )?(?:thuong xuyen|lien tuc|thuong xuyen lien tuc|thuong xuyen , lien tuc|thuong xuyen va lien tuc|quanh nam)` +
    `(?: (?:trong|suot) (?:ca )?nam(?: ${YR})?| ca nam(?: ${YR})?| hang nam| nam ${YR})?`,
);

const PER = '(tuan|thang|quy|nam)';
const PERIOD_OF: Record<string, PeriodUnit> = { tuan: 'week', thang: 'month', quy: 'quarter', nam: 'year' };
/** "Mỗi tháng 01 kỳ", "Hằng quý", "Định kỳ hằng tháng (02 kỳ)", "một năm hai lần". */
const EACH_FIRST = re(`(?:dinh ky )?(?:moi|hang|mot) ${PER}(?:(?: ,| :| \\()? ${AT_LEAST}${COUNT}(?: ${UNIT})?(?: \\))?)?`);
/** "02 kỳ/tháng", "1 lần mỗi quý", "2 bài hằng tháng". */
const COUNT_FIRST = re(`(?:dinh ky )?${AT_LEAST}${COUNT} ${UNIT} (?:/|moi|mot|1|01|trong 1|trong mot|trong moi|hang|tren) ${PER}`);
/** "6 tháng/lần", "3 tháng một lần", "định kỳ 6 tháng". */
const INTERVAL = re(`(?:dinh ky )?(3|03|ba|6|06|sau) thang (?:/ )?(?:${COUNT} )?(?:lan|ky)`);
const EVERY_INTERVAL = re(`(?:dinh ky|moi|dinh ky moi) (3|03|ba|6|06|sau) thang(?: ${AT_LEAST}${COUNT}(?: ${UNIT})?)?`);
/** A count in front of or behind a single window: "02 bài trong tháng 5", "Tháng 5/2020 (02 bài)". */
const COUNT_LEAD = re(`${AT_LEAST}${COUNT} ${UNIT} (?:(?:trong|vao|,) )?(.+)`);
const COUNT_TRAIL = re(`(.+?)(?: ,| ;| :| \\()? ${AT_LEAST}${COUNT} ${UNIT}(?: \\))?`);

const MAX_COUNT = 999;

interface Recurring {
  period: PeriodUnit;
  count: number;
}

function intervalPeriod(token: string): PeriodUnit {
  return ['3', '03', 'ba'].includes(token) ? 'quarter' : 'half';
}

function readRecurring(s: string): Recurring | null {
  let m = EACH_FIRST.exec(s);
  if (m) return { period: PERIOD_OF[m[1]!]!, count: m[2] ? countValue(m[2]) : 1 };
  m = COUNT_FIRST.exec(s);
  if (m) return { period: PERIOD_OF[m[2]!]!, count: countValue(m[1]!) };
  m = INTERVAL.exec(s);
  if (m) return { period: intervalPeriod(m[1]!), count: m[2] ? countValue(m[2]) : 1 };
  m = EVERY_INTERVAL.exec(s);
  if (m) return { period: intervalPeriod(m[1]!), count: m[2] ? countValue(m[2]) : 1 };
  return null;
}

/** Junction punctuation between a recurring phrase and its scope: "mỗi tháng 1 kỳ, (từ tháng 3)". */
function trimJunction(tokens: string[]): string[] {
  let a = 0;
  let b = tokens.length;
  while (a < b && [',', ';', ':', '('].includes(tokens[a]!)) a += 1;
  while (b > a && [',', ';', ')'].includes(tokens[b - 1]!)) b -= 1;
  return tokens.slice(a, b);
}

function scopeOf(read: ReadWindow, year: number, openEnd: boolean): { from: string; to: string } | null {
  if (read.openEnd && !openEnd) return null;
  return { from: read.from, to: read.openEnd ? yearBounds(year).to : read.to };
}

function expand(rec: Recurring, scope: { from: string; to: string } | null): CadenceWindow[] | null {
  if (!scope || !(rec.count > 0 && rec.count <= MAX_COUNT)) return null;
  return periodWindows(rec.period, scope.from, scope.to, rec.count);
}

/**
 * A recurring phrase alone, or with a scope before or after it ("từ tháng 3 đến tháng 12").
 * `openEnd`: whether "từ tháng 3" may run to the end of `year` (not in a plan of several years,
 * where it would run on into the next year).
 */
function parseRecurring(tokens: string[], year: number, openEnd = true): CadenceWindow[] | null {
  const whole = readRecurring(tokens.join(' '));
  if (whole) return expand(whole, yearBounds(year));
  for (let i = 1; i < tokens.length; i += 1) {
    const left = trimJunction(tokens.slice(0, i));
    const right = trimJunction(tokens.slice(i));
    if (left.length === 0 || right.length === 0) continue;
    const recLeft = readRecurring(left.join(' '));
    const scopeRight = recLeft ? readWindow(right, year) : null;
    if (recLeft && scopeRight) return expand(recLeft, scopeOf(scopeRight, year, openEnd));
    const recRight = readRecurring(right.join(' '));
    const scopeLeft = recRight ? readWindow(left, year) : null;
    if (recRight && scopeLeft) return expand(recRight, scopeOf(scopeLeft, year, openEnd));
  }
  return null;
}

function parseSingle(tokens: string[], year: number): CadenceWindow[] | null {
  const plain = readWindow(tokens, year);
  if (plain) return plain.openEnd ? null : [windowOf(plain, 1)];
  const s = tokens.join(' ');
  for (const [pattern, countAt, restAt] of [
    [COUNT_LEAD, 1, 2],
    [COUNT_TRAIL, 2, 1],
  ] as const) {
    const m = pattern.exec(s);
    if (!m) continue;
    const count = countValue(m[countAt]!);
    const read = readWindow(m[restAt]!.split(' '), year);
    if (read && !read.openEnd && count > 0 && count <= MAX_COUNT) return [windowOf(read, count)];
  }
  return null;
}

/**
 * Reads the timeframe column of a plan ("Tháng 9,10/2020", "Mỗi tháng 01 kỳ", "Thường xuyên"…)
 * into a cadence within the plan's years (`year` to `lastYear`, one year unless the plan has a
 * period such as 2026–2030). Anything it cannot read for certain is `unknown` with the original
 * text, for a person to review: never a guess, never an exception.
 */
export function parseTimeframe(text: string, year: number, lastYear: number = year): Cadence {
  const original = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  const unknown: Cadence = { kind: 'unknown', text: original };
  const tokens = tokenizeTimeframe(text);
  if (tokens.length === 0 || tokens.length > 60 || !(lastYear >= year && lastYear - year <= 20)) return unknown;
  // IMPORTANT: a timeframe naming a year outside the plan's is never moved silently into it.
  if (tokens.some((t) => /^\d{3,}$/.test(t) && (Number(t) < year || Number(t) > lastYear))) return unknown;
  if (ONGOING.test(tokens.join(' '))) return { kind: 'ongoing' };
  const read = readPhrase(tokens, { first: year, last: lastYear }, readInYear);
  if (read === 'ongoing') return { kind: 'ongoing' };
  return read && read.length > 0 ? { kind: 'windows', windows: read } : unknown;
}

/** Within one year: the phrase families read since the first version. */
function readInYear(tokens: string[], year: number, openEnd = true): CadenceWindow[] | null {
  return parseRecurring(tokens, year, openEnd) ?? parseSingle(tokens, year);
}
