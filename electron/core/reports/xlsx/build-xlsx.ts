import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { ITEM_COLUMNS, PRINTED_ITEM_COLUMNS, proofSummary, type ReportDocument } from '../../../../shared/domain/report';
import { NUM_FMT, PRINT_SETUP, STATUS_FILL, THIN, cellValue, columnLetter, excelDate, fitRowHeight, styleHeader } from './cells';

const SUMMARY_SHEET = 'Tổng hợp';
const DETAIL_SHEET = 'Chi tiết';
const INFO_SHEET = 'Thông tin';

const FONT = { name: 'Times New Roman', size: 12 };

/** The counts of the report arithmetic, in the order of the columns; a cell with no number is its words. */
const COUNT_HEADERS = ['Yêu cầu', 'Đúng hạn', 'Trễ hạn', 'Còn thiếu', 'Chưa đến hạn', 'Ngoài yêu cầu'];

function countCells(
  r: Pick<ReportDocument['matrix']['rows'][number], 'requiredText' | 'required' | 'onTime' | 'late' | 'missing' | 'notYetDue' | 'extra'>,
): ExcelJS.CellValue[] {
  if (r.requiredText !== null) return [r.requiredText, null, null, null, null, r.extra];
  return [r.required ?? 0, r.onTime, r.late, r.missing, r.notYetDue, r.extra];
}

function summarySheet(wb: ExcelJS.Workbook, doc: ReportDocument): void {
  const m = doc.matrix;
  // Product and lead agency are in the DOCX table; here the months need the width (printed one page wide at ≥ 70 %).
  const lead = ['TT', 'Mã', 'Nhiệm vụ'];
  const tail = [...COUNT_HEADERS, 'Trạng thái'];
  const headers = [...lead, ...m.columns.map((c) => c.label), ...tail];
  const ws = wb.addWorksheet(SUMMARY_SHEET, { views: [{ state: 'frozen', xSplit: 3, ySplit: 1 }], pageSetup: PRINT_SETUP });
  // The code column fits the longest code on one line ("III.1.2-b"); month columns are narrow enough
  // that a year (12 months) prints one page wide at a readable scale.
  const codeWidth = Math.max(4, ...m.rows.map((r) => r.code.length)) + 2;
  const widths = headers.map((h, i) =>
    i === 0 ? 4 : i === 1 ? codeWidth : i === 2 ? 26 : i < lead.length + m.columns.length ? 8 : i === headers.length - 1 ? 11 : h === 'Yêu cầu' ? 9 : 7,
  );
  ws.columns = headers.map((h, i) => ({ header: h, width: widths[i] }));
  styleHeader(ws.getRow(1));
  m.rows.forEach((r, i) => {
    const rowNo = i + 2;
    const row = ws.getRow(rowNo);
    row.values = [i + 1, r.code, r.title, ...m.columns.map(() => null), ...countCells(r), r.statusLabel];
    row.font = FONT;
    row.alignment = { vertical: 'middle', wrapText: true };
    row.getCell(2).alignment = { vertical: 'middle', wrapText: false };
    for (let c = 1; c <= headers.length; c += 1) row.getCell(c).border = THIN;
    for (const cell of r.cells) {
      const col = lead.length + cell.col + 1;
      const target = row.getCell(col);
      target.value = cell.text || null;
      target.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
      const key = cell.status === 'ongoing' && cell.flagged ? 'flagged' : cell.status;
      const argb = STATUS_FILL[key];
      if (argb) target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb } };
      if (cell.span > 1) ws.mergeCells(rowNo, col, rowNo, col + cell.span - 1);
    }
    fitRowHeight(row, widths);
  });
  // Totals: the same arithmetic as every row (required = on time + late + missing + not yet due).
  const totalRow = ws.getRow(m.rows.length + 2);
  const t = m.totals;
  totalRow.values = [null, null, 'Tổng cộng', ...m.columns.map(() => null), t.required, t.onTime, t.late, t.missing, t.notYetDue, t.extra, null];
  totalRow.font = { ...FONT, bold: true };
  for (let c = 1; c <= headers.length; c += 1) totalRow.getCell(c).border = THIN;
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, m.rows.length + 1), column: headers.length } };
  ws.commit();
}

function detailSheet(wb: ExcelJS.Workbook, doc: ReportDocument): void {
  const lastRow = Math.max(1, doc.detail.length + 1);
  const ws = wb.addWorksheet(DETAIL_SHEET, {
    views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }],
    // The printed list: the first columns (what was done, when, where); the rest stay in the sheet for the record.
    // exceljs prefixes each column with "$"; the rows need theirs too, or LibreOffice ignores the area.
    pageSetup: { ...PRINT_SETUP, printArea: `A$1:${columnLetter(PRINTED_ITEM_COLUMNS)}$${lastRow}` },
  });
  const widths = ITEM_COLUMNS.map((c) => c.width);
  const detailAlignment = { vertical: 'top', wrapText: true } as const;
  const styles: Partial<ExcelJS.Style>[] = ITEM_COLUMNS.map((c) => ({
    font: FONT,
    alignment: detailAlignment,
    ...(NUM_FMT[c.type] ? { numFmt: NUM_FMT[c.type]! } : {}),
  }));
  ws.columns = ITEM_COLUMNS.map((c, i) => ({ header: c.header, width: c.width, style: styles[i] }));
  styleHeader(ws.getRow(1));
  ws.getRow(1).commit();
  doc.detail.forEach((item, i) => {
    const row = ws.getRow(i + 2);
    row.values = ITEM_COLUMNS.map((c) => cellValue(c.type, c.value(item)));
    // exceljs copies the column style into a new object per cell, and its style table then serialises each
    // one to XML to find its id; handing every cell of a column the same object hits its per-object cache.
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cell.style = styles[col - 1]!;
    });
    fitRowHeight(row, widths);
    // Streamed out now: a year's items are never all held as cell objects at once.
    row.commit();
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, doc.detail.length + 1), column: ITEM_COLUMNS.length } };
  ws.commit();
}

function infoSheet(wb: ExcelJS.Workbook, doc: ReportDocument): void {
  const ws = wb.addWorksheet(INFO_SHEET);
  ws.columns = [
    { header: 'Mục', width: 26 },
    { header: 'Nội dung', width: 80 },
  ];
  styleHeader(ws.getRow(1));
  const rows: [string, ExcelJS.CellValue][] = [
    ['Báo cáo', `${doc.title} ${doc.subject}`],
    ['Cơ quan ban hành', doc.header.issuingBody],
    ['Kế hoạch', doc.plan.reference],
    ['Kỳ báo cáo', doc.period.label],
    ['Từ ngày', excelDate(doc.period.from)],
    ['Đến ngày', excelDate(doc.period.to)],
    ['Số liệu tính đến hết ngày', excelDate(doc.asOf)],
    ['Ngày báo cáo', excelDate(doc.reportDate)],
    ['Số sản phẩm trong danh sách', doc.detail.length],
    ['Minh chứng', proofSummary(doc) ?? 'Chưa có sản phẩm được thực hiện trong kỳ.'],
  ];
  rows.forEach(([k, v], i) => {
    const row = ws.getRow(i + 2);
    row.values = [k, v];
    row.font = FONT;
    if (v instanceof Date) row.getCell(2).numFmt = 'dd/mm/yyyy';
    row.getCell(2).alignment = { horizontal: 'left', wrapText: true };
  });
  ws.commit();
}

/** Collects the zip as it is written; the caller writes the bytes atomically. */
function collector(): { sink: Writable; bytes: () => Buffer } {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  return { sink, bytes: () => Buffer.concat(chunks) };
}

/**
 * Written with exceljs's streaming writer: rows go out as they are made (the in-memory workbook kept a
 * model of every cell and re-derived each cell's style at save), and the zip is compressed natively.
 */
export async function renderXlsx(doc: ReportDocument): Promise<Buffer> {
  const out = collector();
  // Level 6 is what the in-memory writer used: the file stays as small as it was.
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out.sink, useStyles: true, useSharedStrings: true, zip: { zlib: { level: 6 } } });
  wb.creator = doc.header.issuingBody || 'Lịch Tuyên Truyền';
  wb.title = `${doc.title} ${doc.subject}`;
  // The document properties the in-memory writer used to fill in (the streaming one leaves them out).
  Object.assign(wb, { lastModifiedBy: 'Unknown', subject: '', description: '', keywords: '', category: '' });
  // Fixed timestamps keep the file a function of the report data.
  wb.created = excelDate(doc.reportDate);
  wb.modified = excelDate(doc.reportDate);
  summarySheet(wb, doc);
  detailSheet(wb, doc);
  infoSheet(wb, doc);
  await wb.commit();
  return out.bytes();
}
