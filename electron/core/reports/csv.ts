import Papa from 'papaparse';
import { formatViDate } from '../../../shared/domain/dates';
import { ITEM_COLUMNS, timestampToLocal, type ItemColumn, type ReportDocument } from '../../../shared/domain/report';

/** Excel needs the byte-order mark to read UTF-8 (otherwise Vietnamese turns into mojibake). */
export const BOM = '\uFEFF';

/**
 * Text that a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading
 * apostrophe: a title like "=HYPERLINK(…)" must stay text when the file is opened in Excel.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function csvValue(col: ItemColumn, value: string | number | null): string {
  if (value === null || value === '') return '';
  switch (col.type) {
    case 'date':
      return formatViDate(String(value));
    case 'timestamp': {
      const { date, time } = timestampToLocal(String(value));
      return date ? `${formatViDate(date)} ${time}` : '';
    }
    case 'int':
    case 'time':
      return String(value);
    default:
      return neutraliseFormula(String(value));
  }
}

/** One row per item, the same columns as sheet "Chi tiết"; RFC 4180 (CRLF, quotes doubled) with a BOM. */
export function renderCsv(doc: ReportDocument): string {
  const data = doc.detail.map((row) => ITEM_COLUMNS.map((c) => csvValue(c, c.value(row))));
  const body = Papa.unparse({ fields: ITEM_COLUMNS.map((c) => c.header), data }, { newline: '\r\n', quotes: false, quoteChar: '"', escapeChar: '"', header: true });
  return `${BOM}${body}\r\n`;
}
