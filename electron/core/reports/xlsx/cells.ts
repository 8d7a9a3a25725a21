import type ExcelJS from 'exceljs';
import { parseIsoDate } from '../../../../shared/domain/dates';
import { timestampToLocal, type ColumnType } from '../../../../shared/domain/report';

/**
 * Spreadsheet dates are serial day numbers with no time zone: build them from the calendar fields
 * in UTC so that 2020-05-01 is 2020-05-01 on every machine.
 */
export function excelDate(iso: string): Date {
  const { year, month, day } = parseIsoDate(iso);
  return new Date(Date.UTC(year, month - 1, day));
}

/** An event timestamp shown in Vietnam local time (UTC+7). */
export function excelDateTime(ts: string): Date | null {
  const { date, time } = timestampToLocal(ts);
  if (!date) return null;
  const { year, month, day } = parseIsoDate(date);
  const [h, m] = time.split(':').map(Number);
  return new Date(Date.UTC(year, month - 1, day, h, m));
}

export const NUM_FMT: Partial<Record<ColumnType, string>> = {
  date: 'dd/mm/yyyy',
  timestamp: 'dd/mm/yyyy hh:mm',
  int: '0',
};

export function cellValue(type: ColumnType, value: string | number | null): ExcelJS.CellValue {
  if (value === null || value === '') return null;
  if (type === 'date') return excelDate(String(value));
  if (type === 'timestamp') return excelDateTime(String(value));
  if (type === 'int') return Number(value);
  return String(value);
}

export const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
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
