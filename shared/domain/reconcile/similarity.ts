import { foldVi } from '../fold';

/**
 * Title similarity of a log line and a planned item: accent-, case- and punctuation-insensitive (the project's
 * one fold, foldVi), by word overlap. Words that only say what kind of thing it is ("chuyên mục", "số", "kỳ")
 * are left out, and an acronym matches the words it stands for, so "Chuyên mục CCHC" and "CCHC số 5" are the
 * same column and "CCHC" is "Cải cách hành chính". Numbers are kept apart: they are episode numbers.
 */
const FILLER = new Set([
  'chuyen',
  'muc',
  'chuong',
  'trinh',
  'so',
  'ky',
  'tap',
  'phan',
  'bai',
  'va',
  'cua',
  'cho',
  'voi',
  'trong',
  'tai',
  've',
  'la',
  'cac',
  'nhung',
  'mot',
  'the',
  'of',
  'and',
  'tren',
  'de',
  'khi',
  'nam',
  'thang',
  'ngay',
]);

export interface TitleWords {
  /** Every folded word, in order (for acronyms). */
  all: string[];
  /** The words that say what it is about. */
  words: string[];
  /** Episode numbers (1–999; years and dates are not episode numbers). */
  numbers: number[];
}

export function titleWords(title: string): TitleWords {
  const all = foldVi(title)
    .replace(/[^a-z0-9]+/g, ' ')
    // "(phát lại)", "rerun": the same programme again, not other words of its title.
    .replace(/\b(phat lai|rerun|replay)\b/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  const words: string[] = [];
  const numbers: number[] = [];
  for (const w of all) {
    if (/^\d+$/.test(w)) {
      const n = Number(w);
      if (n >= 1 && n <= 999 && w.length <= 3) numbers.push(n);
    } else if (!FILLER.has(w)) words.push(w);
  }
  return { all: all.filter((w) => !/^\d+$/.test(w)), words, numbers };
}

/** Indexes of `all` spelled by the acronym (consecutive words' initials), or null. */
function acronymSpan(acronym: string, all: readonly string[]): number[] | null {
  if (acronym.length < 2 || acronym.length > 8) return null;
  for (let i = 0; i + acronym.length <= all.length; i += 1) {
    let ok = true;
    for (let k = 0; k < acronym.length && ok; k += 1) ok = all[i + k]![0] === acronym[k];
    if (ok) return Array.from({ length: acronym.length }, (_, k) => i + k);
  }
  return null;
}

interface Side {
  units: number;
  covered: number;
}

/**
 * One side's words as units: a run of words another title abbreviates ("cải cách hành chính" for "CCHC") is one
 * unit, so spelling a column's name out never weighs more than its acronym.
 */
function side(self: TitleWords, other: TitleWords): { self: Side; groups: Array<Set<string>> } {
  const otherSet = new Set(other.words);
  let units = 0;
  let covered = 0;
  const groups: Array<Set<string>> = [];
  for (const w of self.words) {
    units += 1;
    if (otherSet.has(w)) covered += 1;
    else {
      const span = acronymSpan(w, other.all);
      if (span) {
        covered += 1;
        groups.push(new Set(span.map((k) => other.all[k]!)));
      }
    }
  }
  return { self: { units, covered }, groups };
}

/** Collapse the other side's spelled-out runs into one covered unit each. */
function collapse(s: Side, words: readonly string[], groups: ReadonlyArray<Set<string>>, direct: Set<string>): Side {
  let { units, covered } = s;
  for (const g of groups) {
    const inWords = words.filter((w) => g.has(w));
    const counted = inWords.filter((w) => direct.has(w)).length;
    units -= inWords.length - 1;
    covered += 1 - counted;
  }
  return { units: Math.max(units, 1), covered: Math.min(Math.max(covered, 0), Math.max(units, 1)) };
}

/** Share of both titles' words the other one covers (0..1): Dice over word units, an acronym standing for its words. */
export function titleSimilarity(a: TitleWords, b: TitleWords): number {
  if (a.words.length === 0 || b.words.length === 0) return 0;
  const ra = side(a, b);
  const rb = side(b, a);
  const sa = collapse(ra.self, a.words, rb.groups, new Set(b.words));
  const sb = collapse(rb.self, b.words, ra.groups, new Set(a.words));
  const dice = (sa.covered + sb.covered) / (sa.units + sb.units);
  // A short title wholly inside a long one ("CCHC số 2" in "Chuyên mục CCHC số 2: Bộ phận một cửa") is the same
  // programme, when it says enough: two words or more, or the same episode number.
  const short = sa.units <= sb.units ? sa : sb;
  const sameNumber = a.numbers.some((n) => b.numbers.includes(n));
  const contained = short.units >= 2 || sameNumber ? (0.8 * short.covered) / short.units : 0;
  return Math.max(dice, contained);
}

/** Both carry an episode number and they differ: episode 5 is never episode 6. */
export function numbersConflict(a: TitleWords, b: TitleWords): boolean {
  if (a.numbers.length === 0 || b.numbers.length === 0) return false;
  return !a.numbers.some((n) => b.numbers.includes(n));
}

/** How much of a phrase (a topic tag, "Chuyển đổi số") the title contains, its acronym included. */
export function containsPhrase(title: TitleWords, phrase: string): boolean {
  const p = titleWords(phrase);
  const words = p.words.length ? p.words : p.all;
  if (words.length === 0) return false;
  const have = new Set(title.all);
  if (words.every((w) => have.has(w))) return true;
  // "CCHC" in the title for the tag "Cải cách hành chính", or the other way round.
  if (words.length === 1) return acronymSpan(words[0]!, title.all) !== null && words[0]!.length >= 3;
  const initials = p.all.map((w) => w[0]).join('');
  return initials.length >= 3 && title.all.includes(initials);
}
