import Papa from 'papaparse';
import { formatViDate } from '../../../shared/domain/dates';
import { ITEM_COLUMNS, timestampToLocal, type ItemColumn, type ReportDocument } from '../../../shared/domain/report';
import { classifyCell, neutraliseFormula } from './cell-values';

/** Excel needs the byte-order mark to read UTF-8 (otherwise Vietnamese turns into mojibake). */
const BOM = '\uFEFF';

export { neutraliseFormula };

function csvValue(col: ItemColumn, value: string | number | null): string {
  const c = classifyCell(col.type, value);
  switch (c.kind) {
    case 'empty':
      return '';
    case 'int':
      return String(c.value);
    case 'date':
      return formatViDate(c.iso);
    case 'time':
      return c.hhmm;
    case 'timestamp': {
      const { date, time } = timestampToLocal(c.iso);
      return date ? `${formatViDate(date)} ${time}` : '';
    }
    case 'text':
      return c.text;
  }
}

/**
 * One row per item, the same columns as sheet "Chi tiết"; RFC 4180 (CRLF, quotes doubled) with a BOM.
 * Every text column is quoted, numbers and dates are not: a spreadsheet told to read quoted fields as text
 * (LibreOffice: "Quoted field as text"; Excel: Data › From Text/CSV) keeps task codes such as "05" as written.
 */
export function renderCsv(doc: ReportDocument): string {
  const data = doc.detail.map((row) => ITEM_COLUMNS.map((c) => csvValue(c, c.value(row))));
  const quotes = ITEM_COLUMNS.map((c) => c.type === 'text');
  const body = Papa.unparse({ fields: ITEM_COLUMNS.map((c) => c.header), data }, { newline: '\r\n', quotes, quoteChar: '"', escapeChar: '"', header: true });
  return `${BOM}${body}\r\n`;
}
