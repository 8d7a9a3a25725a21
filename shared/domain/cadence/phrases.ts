/**
 * Regular-expression building blocks for timeframe phrases, written against the folded,
 * tokenised form (see normalize.ts): lowercase, no diacritics, one space between tokens.
 */
export const YR = '\\d{4}';
export const MN = '(?:0?[1-9]|1[0-2])';
const DD = '(?:0?[1-9]|[12]\\d|3[01])';
export const QN = '(?:i|ii|iii|iv|0?[1-4])';
/** A year attached to a month or quarter: "5/2020", "5 năm 2020", "5, năm 2020", "5-2020". */
export const YTAIL = `(?: / ${YR}| - ${YR}| , nam ${YR}| nam ${YR})?`;
/** What joins months or quarters in a list or range. */
export const SEP = '(?:,|-|;|\\+|&|va|den|toi|den het|toi het|den cuoi)';
export const DATE = `(?:${DD} / ${MN}(?: / ${YR})?|${DD} thang ${MN}(?: nam ${YR})?)`;
export const HEDGE = '(?:du kien )?';

const NUMBER_WORDS: Record<string, number> = {
  mot: 1,
  hai: 2,
  ba: 3,
  bon: 4,
  tu: 4,
  nam: 5,
  sau: 6,
  bay: 7,
  tam: 8,
  chin: 9,
  muoi: 10,
};
export const COUNT = `(\\d{1,3}|${Object.keys(NUMBER_WORDS).join('|')})`;
export const AT_LEAST = '(?:(?:it nhat|toi thieu|khoang) )?';

/** What a plan counts: issues, times, articles, programmes… (folded). */
const UNITS = [
  'ky',
  'lan',
  'so',
  'bai',
  'bai viet',
  'buoi',
  'tin',
  'tin bai',
  'tin , bai',
  'phong su',
  'chuyen muc',
  'chuong trinh',
  'cuoc',
  'lop',
  'dot',
  'san pham',
  'an pham',
  'tap',
  'chuyen de',
  'hoi nghi',
  'toa dam',
  'ban tin',
  'video',
  'clip',
  'ky phat song',
  'phien',
  'tin , bai viet',
];
export const UNIT = `(?:${[...UNITS].sort((a, b) => b.length - a.length).join('|')})`;

export function countValue(token: string): number {
  return NUMBER_WORDS[token] ?? Number(token);
}

export function re(source: string): RegExp {
  return new RegExp(`^${source}$`);
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
export function quarterValue(token: string): number | null {
  if (token in ROMAN) return ROMAN[token]!;
  return /^0?[1-4]$/.test(token) ? Number(token) : null;
}
