import { foldVi } from '../fold';

/**
 * Splits folded text into word, number and punctuation tokens joined by single spaces
 * ("Tháng 9,10/2020" → "thang 9 , 10 / 2020"), so phrase patterns never depend on spacing.
 */
export function tokenizeTimeframe(text: string): string[] {
  const folded = foldVi(text)
    .replace(/[\u2010-\u2015\u2212~]/g, '-')
    .replace(/\\/g, '/')
    // "30.6.2021" is written for "30/6/2021" often enough in pasted tables.
    .replace(/(\d)\.(?=\d)/g, '$1/');
  // "Quí" is the older spelling of "Quý".
  const tokens = (folded.match(/[a-z]+|\d+|[^\sa-z\d]/g) ?? []).map((t) => (t === 'qui' ? 'quy' : t));
  while (tokens.length > 0 && /^[.;:,]$/.test(tokens[tokens.length - 1]!)) tokens.pop();
  while (tokens.length > 0 && /^[-.;:,*]$/.test(tokens[0]!)) tokens.shift();
  return tokens;
}
