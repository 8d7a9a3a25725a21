import { readFileSync } from 'node:fs';
import path from 'node:path';
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';

/**
 * Plan 259 as an office receives it when the Word file is pasted into a text file: heading in bold markers, a stray
 * "Số:" stamp, prose, the signature block, then the appendix whose header repeats after a page break. The tasks are
 * those of `resources/plans/259-KH-UBND-2020.json` (its first ten, the appendix); the prose is ours.
 */
export const PLAN_TEXT_FILE = path.resolve(__dirname, '..', '..', 'fixtures', 'plans', 'ke-hoach-259-pasted.txt');
export const planText = () => readFileSync(PLAN_TEXT_FILE, 'utf8');

/** The 1-based line of the text file on which task `code` is written (import messages name it). */
export const planTextLineOf = (code: string) =>
  planText()
    .split('\n')
    .findIndex((l) => l.startsWith(`${code}\t`)) + 1;

const HEADER = ['STT', 'Nhiệm vụ cụ thể', 'Sản phẩm/Kết quả', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian thực hiện'];

/** The appendix rows exactly as the text file's tab-separated table holds them. */
export function planRows(): string[][] {
  return planText()
    .split('\n')
    .filter((l) => /^\d{2}\t/.test(l))
    .map((l) => l.split('\t'));
}

export const toBytes = (s: string | Buffer | ArrayBuffer | Uint8Array) =>
  typeof s === 'string' ? new Uint8Array(Buffer.from(s, 'utf8')) : new Uint8Array(s as ArrayBuffer);

export function tsv(rows: string[][] = planRows(), header = HEADER): string {
  return [header, ...rows].map((r) => r.join('\t')).join('\n');
}

export function csvWithBomCrlf(rows: string[][] = planRows()): Uint8Array {
  const body = Papa.unparse([HEADER, ...rows], { newline: '\r\n' });
  return toBytes(`\ufeff${body}\r\n`);
}

/** An XLSX with a title line above the table, a blank sheet before it and the columns in another order. */
export async function xlsx(rows: string[][] = planRows()): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Ghi chú').getCell('A1').value = 'Bảng này không có nhiệm vụ';
  const ws = wb.addWorksheet('Phụ lục');
  ws.addRow(['PHỤ LỤC CÁC NHIỆM VỤ TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH NĂM 2020']);
  ws.addRow([]);
  const order = [5, 0, 1, 3, 4, 2];
  ws.addRow(order.map((i) => HEADER[i]));
  for (const r of rows) ws.addRow(order.map((i) => r[i]));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function tableOf(rows: string[][]): Table {
  const cell = (text: string) => new TableCell({ children: text.split('\n').map((line) => new Paragraph({ children: [new TextRun(line)] })) });
  return new Table({ rows: [HEADER, ...rows].map((r) => new TableRow({ children: r.map(cell) })) });
}

/** The plan as a Word document: heading, title, and the appendix split over two tables (page break) with the header repeated. */
export async function docx(rows: string[][] = planRows()): Promise<Uint8Array> {
  const p = (text: string) => new Paragraph({ children: [new TextRun(text)] });
  const doc = new Document({
    sections: [
      {
        children: [
          p('ỦY BAN NHÂN DÂN'),
          p('TỈNH HẢI DƯƠNG'),
          p('Số: 259 /KH-UBND'),
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: 'KẾ HOẠCH', bold: true })] }),
          p('Tuyên truyền cải cách hành chính tỉnh Hải Dương năm 2020'),
          p('(Kèm theo Kế hoạch số: 259 /KH-UBND của Ủy ban nhân dân tỉnh Hải Dương, ngày 31 tháng 01 năm 2020)'),
          tableOf(rows.slice(0, 5)),
          new Paragraph({ pageBreakBefore: true, children: [] }),
          tableOf(rows.slice(5)),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** A Word table with a heading row spanning all columns and a cell spanning two columns. */
export async function docxWithSpans(): Promise<Uint8Array> {
  const cell = (text: string, columnSpan?: number) =>
    new TableCell({ ...(columnSpan ? { columnSpan } : {}), children: [new Paragraph({ children: [new TextRun(text)] })] });
  const header = ['STT', 'Nhiệm vụ cụ thể', 'Sản phẩm', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian thực hiện'];
  const table = new Table({
    rows: [
      new TableRow({ children: header.map((h) => cell(h)) }),
      new TableRow({ children: [cell('I. TUYÊN TRUYỀN TRÊN BÁO CHÍ', 6)] }),
      new TableRow({ children: [cell('1'), cell('Chuyên mục CCHC'), cell('Chuyên mục'), cell('Đài PTTH', 2), cell('Hằng tháng')] }),
      new TableRow({ children: [cell('2'), cell('Bài viết'), cell('Bài'), cell('Báo HD'), cell('Sở Nội vụ'), cell('Quý II/2020')] }),
    ],
  });
  const doc = new Document({ sections: [{ children: [new Paragraph({ children: [new TextRun('Phụ lục')] }), table] }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** A task table where one lead agency and one timeframe are written once for two tasks (cells merged down). */
export async function docxWithRowSpans(): Promise<Uint8Array> {
  const cell = (text: string, rowSpan?: number) =>
    new TableCell({ ...(rowSpan ? { rowSpan } : {}), children: [new Paragraph({ children: [new TextRun(text)] })] });
  const header = ['STT', 'Nhiệm vụ cụ thể', 'Sản phẩm', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian thực hiện'];
  const table = new Table({
    rows: [
      new TableRow({ children: header.map((h) => cell(h)) }),
      new TableRow({
        children: [
          cell('1'),
          cell('Chuyên mục CCHC trên sóng truyền hình'),
          cell('Chuyên mục'),
          cell('Đài PTTH', 2),
          cell('Sở Nội vụ'),
          cell('Mỗi tháng 01 kỳ', 2),
        ],
      }),
      new TableRow({ children: [cell('2'), cell('Chuyên mục CCHC trên sóng phát thanh'), cell('Chuyên mục'), cell('Sở Tư pháp')] }),
      new TableRow({ children: [cell('3'), cell('Bài viết về dịch vụ công'), cell('Bài'), cell('Báo HD'), cell(''), cell('Quý II/2020')] }),
    ],
  });
  const doc = new Document({ sections: [{ children: [new Paragraph({ children: [new TextRun('Phụ lục')] }), table] }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}
