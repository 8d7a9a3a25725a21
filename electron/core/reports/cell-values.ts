import { isValidIsoDate } from '../../../shared/domain/dates';
import type { ColumnType } from '../../../shared/domain/report';

/**
 * Text that a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading
 * apostrophe: a title like "=HYPERLINK(…)" must stay text when the file is opened in Excel.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const INT = /^-?\d{1,15}$/;

/**
 * IMPORTANT: what a cell of an item column really holds, whatever the column says it should: values come
 * from other installs through sync, so an "integer" or "time" may be any text. Only a value that is what
 * its column promises is written as that (a number, a date, a time); anything else is text, and text is
 * neutralised against formulas in every column.
 */
export type CellKind =
  | { kind: 'empty' }
  | { kind: 'int'; value: number }
  | { kind: 'date'; iso: string }
  | { kind: 'time'; hhmm: string }
  | { kind: 'timestamp'; iso: string }
  | { kind: 'text'; text: string };

export function classifyCell(type: ColumnType, value: string | number | null): CellKind {
  if (value === null || value === '') return { kind: 'empty' };
  const s = String(value);
  if (type === 'int' && (typeof value === 'number' ? Number.isSafeInteger(value) : INT.test(s))) return { kind: 'int', value: Number(s) };
  if (type === 'date' && isValidIsoDate(s)) return { kind: 'date', iso: s };
  if (type === 'time' && TIME.test(s)) return { kind: 'time', hhmm: s };
  if (type === 'timestamp' && !Number.isNaN(Date.parse(s)) && /^\d{4}-\d{2}-\d{2}T/.test(s)) return { kind: 'timestamp', iso: s };
  return { kind: 'text', text: neutraliseFormula(s) };
}
