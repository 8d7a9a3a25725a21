import ExcelJS from 'exceljs';
import type { SourceRow } from './table-rows';
import { findHeader } from './table-rows';

function cellString(cell: ExcelJS.Cell): string {
  // Only the first cell of a merged range holds its text; the others would repeat it.
  if (cell.isMerged && cell.master.address !== cell.address) return '';
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
      for (let c = 1; c <= width; c += 1) cells.push(cellString(row.getCell(c)));
      rows.push({ row: rowNumber, cells });
    });
    if (findHeader(rows)) return { sheet: ws.name, rows };
  }
  return null;
}
