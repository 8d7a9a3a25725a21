import type ExcelJS from 'exceljs';
import { parseIsoDate } from '../../../../shared/domain/dates';
import { timestampToLocal, type ColumnType } from '../../../../shared/domain/report';
import { classifyCell } from '../cell-values';

/**
 * Spreadsheet dates are serial day numbers with no time zone: build them from the calendar fields
 * in UTC so that 2020-05-01 is 2020-05-01 on every machine.
 */
export function excelDate(iso: string): Date {
  const { year, month, day } = parseIsoDate(iso);
  return new Date(Date.UTC(year, month - 1, day));
}

/** An event timestamp shown in Vietnam local time (UTC+7). */
function excelDateTime(ts: string): Date | null {
  const { date, time } = timestampToLocal(ts);
  if (!date) return null;
  const { year, month, day } = parseIsoDate(date);
  const [h, m] = time.split(':').map(Number);
  return new Date(Date.UTC(year, month - 1, day, h, m));
}

export const NUM_FMT: Partial<Record<ColumnType, string>> = {
  date: 'dd/mm/yyyy',
  timestamp: 'dd/mm/yyyy hh:mm',
  time: 'hh:mm',
  int: '0',
};

/** 19:45 as a spreadsheet time: the fraction of a day (shown hh:mm by the column's format). */
function excelTime(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h! * 60 + m!) / 1440;
}

/** A real number, date or time only when the value is one (cell-values.ts); otherwise neutralised text, never NaN. */
export function cellValue(type: ColumnType, value: string | number | null): ExcelJS.CellValue {
  const c = classifyCell(type, value);
  switch (c.kind) {
    case 'empty':
      return null;
    case 'int':
      return c.value;
    case 'date':
      return excelDate(c.iso);
    case 'time':
      return excelTime(c.hhmm);
    case 'timestamp':
      return excelDateTime(c.iso);
    case 'text':
      return c.text;
  }
}

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
export const THIN: ExcelJS.Borders = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
} as ExcelJS.Borders;

/** The status colours of ui.md (green, amber, orange, red, blue; ongoing grey); cells also carry the text. */
export const STATUS_FILL: Record<string, string> = {
  met: 'FFC6EFCE',
  late: 'FFFFEB9C',
  partial: 'FFFCD5B4',
  missing: 'FFFFC7CE',
  upcoming: 'FFDDEBF7',
  ongoing: 'FFEDEDED',
  flagged: 'FFFCD5B4',
  unknown: 'FFF2F2F2',
};

export function styleHeader(row: ExcelJS.Row): void {
  row.font = { name: 'Times New Roman', bold: true, size: 12 };
  row.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  row.height = 32;
  row.eachCell((c) => {
    c.fill = HEADER_FILL;
    c.border = THIN;
  });
}

/**
 * Row height for wrapped text: spreadsheet programs do not all re-measure rows on open, so set it
 * from the longest cell (characters per line ≈ column width, 15 points per line at 12 pt).
 */
export function fitRowHeight(row: ExcelJS.Row, widths: readonly number[]): void {
  let lines = 1;
  row.eachCell((cell, col) => {
    const text = typeof cell.value === 'string' ? cell.value : '';
    const width = Math.max(4, (widths[col - 1] ?? 10) - 1);
    const n = text.split('\n').reduce((sum, part) => sum + Math.max(1, Math.ceil(part.length / width)), 0);
    lines = Math.max(lines, n);
  });
  row.height = Math.min(409, 15.5 * lines + 3);
}

/** A4 landscape, one page wide, header row repeated on every printed page. */
export const PRINT_SETUP: Partial<ExcelJS.PageSetup> = {
  paperSize: 9,
  orientation: 'landscape',
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
  printTitlesRow: '1:1',
  margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
};

/** 1 → A, 27 → AA. */
export function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/**
 * The scale a sheet prints at when fitted one A4 landscape page wide: printable width (the page less
 * PRINT_SETUP's margins) over the columns' width in pixels (Excel: a width of w characters is 7w + 5 px at 96 dpi).
 */
export function fitScale(widths: readonly number[]): number {
  const printable = (297 / 25.4 - 0.8) * 96;
  const natural = widths.reduce((n, w) => n + Math.floor(7 * w + 5), 0);
  return Math.min(1, printable / natural);
}
