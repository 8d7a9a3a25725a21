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
