import { foldVi } from '../cadence/normalize';

/**
 * Title similarity of a log line and a planned item: accent-, case- and punctuation-insensitive (the project's
 * one fold, foldVi), by word overlap. Words that only say what kind of thing it is ("chuyên mục", "số", "kỳ")
 * are left out, and an acronym matches the words it stands for, so "Chuyên mục CCHC" and "CCHC số 5" are the
 * same column and "CCHC" is "Cải cách hành chính". Numbers are kept apart: they are episode numbers.
 */
const FILLER = new Set(
  ['chuyen', 'muc', 'chuong', 'trinh', 'so', 'ky', 'tap', 'phan', 'bai', 'va', 'cua', 'cho', 'voi', 'trong', 'tai', 've', 'la', 'cac', 'nhung', 'mot', 'the', 'of', 'and', 'tren', 'de', 'khi', 'nam', 'thang', 'ngay'],
);

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

/** Share of both titles' words the other one covers (0..1): Dice over words, acronyms counting for their words. */
export function titleSimilarity(a: TitleWords, b: TitleWords): number {
  if (a.words.length === 0 || b.words.length === 0) return 0;
  const matchedA = new Set<number>();
  const matchedB = new Set<string>();
  const bSet = new Set(b.words);
  const aSet = new Set(a.words);
  a.words.forEach((w, i) => {
    if (bSet.has(w)) {
      matchedA.add(i);
      matchedB.add(w);
    }
  });
  const expand = (from: TitleWords, to: TitleWords, mark: (i: number) => void, markOther: (w: string) => void, otherSet: Set<string>) => {
    from.words.forEach((w, i) => {
      if (otherSet.has(w)) return;
      const span = acronymSpan(w, to.all);
      if (!span) return;
      mark(i);
      for (const k of span) markOther(to.all[k]!);
    });
  };
  expand(a, b, (i) => matchedA.add(i), (w) => matchedB.add(w), bSet);
  const matchedBIdx = new Set<number>();
  b.words.forEach((w, i) => {
    if (matchedB.has(w)) matchedBIdx.add(i);
  });
  expand(b, a, (i) => matchedBIdx.add(i), (w) => a.words.forEach((x, i) => x === w && matchedA.add(i)), aSet);
  return (matchedA.size + matchedBIdx.size) / (a.words.length + b.words.length);
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
