/**
 * The document number line "Số: 12/BC-PTTH". The pattern is a setting, e.g. "{n}/BC-{abbr}";
 * placeholders: {n} the number (left blank for the records clerk when unknown), {abbr} the issuing
 * body's abbreviation, {year} the year of the report date.
 */
export interface NumberParts {
  n: string | number | null;
  abbr: string;
  year: number;
}

/** Width of the blank left for a number the clerk writes in by hand on registration. */
const BLANK_NUMBER = '\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0';

export function formatReportNumber(pattern: string, parts: NumberParts): string {
  const raw = parts.n === null ? '' : String(parts.n).trim();
  // The form writes numbers below 10 with a leading zero: "Số: 05/BC-…".
  const n = raw === '' ? BLANK_NUMBER : /^\d$/.test(raw) ? `0${raw}` : raw;
  return pattern.replaceAll('{n}', n).replaceAll('{abbr}', parts.abbr.trim()).replaceAll('{year}', String(parts.year));
}

export function numberLine(pattern: string, parts: NumberParts): string {
  return `Số: ${formatReportNumber(pattern, parts)}`;
}

/** Placeholders a pattern may use; anything else in braces is a typo the settings form reports. */
export function unknownPlaceholders(pattern: string): string[] {
  const found = pattern.match(/\{[^}]*\}/g) ?? [];
  return found.filter((p) => !['{n}', '{abbr}', '{year}'].includes(p));
}
