import ExcelJS from 'exceljs';
import type JSZip from 'jszip';
import { AppError } from '../../../../shared/contract/errors';
import type { SourceRow } from './table-rows';
import { findHeader } from './table-rows';
import { MAX_SHARED_STRINGS, MAX_SHEET_CELLS, MAX_SHEET_ROWS, MAX_UNPACKED_BYTES } from './limits';
import { CELL_TAG, ROW_TAG, SHARED_STRING_TAG, scanEntry } from './zip-scan';

const MAX_SHEETS = 50;

/**
 * IMPORTANT: ExcelJS builds a model of the whole workbook (a 19 MB file of 850 000 rows took 56 s and
 * 2.9 GB). Before it runs, every sheet and the shared strings are streamed once, counting rows and
 * cells, and a workbook over the caps is refused as soon as a cap is passed.
 */
export async function checkXlsxWork(zip: JSZip, file: string): Promise<void> {
  const sheets = zip.file(/^xl\/worksheets\/[^/]+\.xml$/);
  if (sheets.length > MAX_SHEETS)
    throw new AppError('import_failed', `Tệp «${file}» có quá nhiều trang tính (${sheets.length}); một kế hoạch chỉ có một vài trang.`, { file });
  const strings = zip.file('xl/sharedStrings.xml');
  if (strings)
    await scanEntry(strings, {
      file,
      part: 'bảng chuỗi dùng chung',
      maxBytes: MAX_UNPACKED_BYTES,
      caps: [{ pattern: SHARED_STRING_TAG, max: MAX_SHARED_STRINGS, what: 'chuỗi' }],
    });
  for (const sheet of sheets) {
    const name = sheet.name.replace(/^xl\/worksheets\//, '').replace(/\.xml$/, '');
    await scanEntry(sheet, {
      file,
      part: `trang tính «${name}»`,
      maxBytes: MAX_UNPACKED_BYTES,
      caps: [
        { pattern: ROW_TAG, max: MAX_SHEET_ROWS, what: 'dòng' },
        { pattern: CELL_TAG, max: MAX_SHEET_CELLS, what: 'ô' },
      ],
    });
  }
}

/** A cell under the top cell of a range merged down (same column): it holds that cell's text, as in Word. */
function mergedDown(cell: ExcelJS.Cell): boolean {
  return cell.isMerged && cell.master.address !== cell.address && Number(cell.master.col) === Number(cell.col) && Number(cell.master.row) < Number(cell.row);
}

function cellString(cell: ExcelJS.Cell): string {
  // Only the first cell of a merged range holds its text. Cells merged across (a heading row)
  // stay empty; cells merged down carry the text written once for the rows of the group.
  if (cell.isMerged && cell.master.address !== cell.address) return mergedDown(cell) ? cellString(cell.master) : '';
  const v = cell.value;
  // Excel turns "5/2020" typed into a cell into a date; read it back as the day the user saw.
  if (v instanceof Date) {
    return `${String(v.getUTCDate()).padStart(2, '0')}/${String(v.getUTCMonth() + 1).padStart(2, '0')}/${v.getUTCFullYear()}`;
  }
  return cell.text ?? '';
}

/** Rows of the first worksheet that holds a task-table header, with their sheet row numbers. */
export async function readXlsx(bytes: Uint8Array): Promise<{ sheet: string; rows: SourceRow[] } | null> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  for (const ws of wb.worksheets) {
    const rows: SourceRow[] = [];
    const width = ws.columnCount;
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: string[] = [];
      const carried: number[] = [];
      for (let c = 1; c <= width; c += 1) {
        const cell = row.getCell(c);
        cells.push(cellString(cell));
        if (mergedDown(cell)) carried.push(c - 1);
      }
      rows.push({ row: rowNumber, cells, ...(carried.length ? { carried } : {}) });
    });
    if (findHeader(rows)) return { sheet: ws.name, rows };
  }
  return null;
}
