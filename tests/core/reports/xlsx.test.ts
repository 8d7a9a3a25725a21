import ExcelJS from 'exceljs';
import type JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderXlsx } from '../../../electron/core/reports/xlsx/build-xlsx';
import { ITEM_COLUMNS, type ReportDocument } from '../../../shared/domain/report';
import { sampleDocument } from '../../shared/report/fixture';
import { attrs, children, findAll, readXml, textOf, unzip, type XmlNode } from './ooxml';

interface Cell {
  ref: string;
  type: string | undefined;
  style: number;
  raw: string;
  text: string;
}

/** A minimal SpreadsheetML reader: workbook → sheet parts, shared strings, cell values and styles. */
class Book {
  constructor(
    private zip: JSZip,
    readonly sheets: Map<string, string>,
    private strings: string[],
    private numFmtOfStyle: string[],
  ) {}

  static async open(bytes: Buffer): Promise<Book> {
    const zip = await unzip(bytes);
    const wb = await readXml(zip, 'xl/workbook.xml');
    const rels = await readXml(zip, 'xl/_rels/workbook.xml.rels');
    const targets = new Map(findAll(rels, 'Relationship').map((r) => [attrs(r).Id, attrs(r).Target]));
    const sheets = new Map(findAll(wb, 'sheet').map((s) => [attrs(s).name!, `xl/${targets.get(attrs(s)['r:id'])!.replace(/^\/?xl\//, '')}`]));
    const sst = zip.file('xl/sharedStrings.xml') ? await readXml(zip, 'xl/sharedStrings.xml') : [];
    const strings = findAll(sst, 'si').map((si) => textOf(si, 't'));
    const styles = await readXml(zip, 'xl/styles.xml');
    const custom = new Map(findAll(styles, 'numFmt').map((f) => [attrs(f).numFmtId, attrs(f).formatCode!]));
    const xfs = children(findAll(styles, 'cellXfs')[0]!).filter((n) => 'xf' in n);
    const numFmtOfStyle = xfs.map((xf) => {
      const id = attrs(xf).numFmtId ?? '0';
      return custom.get(id) ?? (id === '14' ? 'mm-dd-yy' : `builtin:${id}`);
    });
    return new Book(zip, sheets, strings, numFmtOfStyle);
  }

  async sheet(name: string): Promise<XmlNode[]> {
    return readXml(this.zip, this.sheets.get(name)!);
  }

  rows(sheet: XmlNode[]): Cell[][] {
    return findAll(sheet, 'row').map((row) =>
      findAll([row], 'c').map((c) => {
        const a = attrs(c);
        const v = findAll([c], 'v')[0];
        const raw = v
          ? children(v)
              .map((t) => String(t['#text'] ?? ''))
              .join('')
          : '';
        const text = a.t === 's' ? this.strings[Number(raw)]! : a.t === 'inlineStr' ? textOf(c, 't') : raw;
        return { ref: a.r!, type: a.t, style: Number(a.s ?? 0), raw, text };
      }),
    );
  }

  format(cell: Cell): string {
    return this.numFmtOfStyle[cell.style] ?? '';
  }
}

const col = (ref: string) => ref.replace(/\d+$/, '');
const serial = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000 + 25_569;

describe('XLSX read back with jszip + fast-xml-parser', () => {
  let doc: ReportDocument;
  let bytes: Buffer;
  let book: Book;

  beforeAll(async () => {
    doc = sampleDocument();
    bytes = await renderXlsx(doc);
    book = await Book.open(bytes);
  });

  it('has the sheets "Tổng hợp" and "Chi tiết"', () => {
    expect([...book.sheets.keys()]).toEqual(['Tổng hợp', 'Chi tiết', 'Thông tin']);
  });

  it('"Chi tiết": Vietnamese headers, one row per item, every field', async () => {
    const rows = book.rows(await book.sheet('Chi tiết'));
    expect(rows[0]!.map((c) => c.text)).toEqual(ITEM_COLUMNS.map((c) => c.header));
    expect(rows).toHaveLength(doc.detail.length + 1);
    const titleCol = ITEM_COLUMNS.findIndex((c) => c.header === 'Tiêu đề');
    const titles = rows.slice(1).map((r) => r.find((c) => col(c.ref) === col(rows[0]![titleCol]!.ref))?.text);
    expect(titles.sort()).toEqual(doc.detail.map((d) => d.title).sort());
    expect(titles).toContain('Bài viết có dấu "ngoặc kép", dấu phẩy\nvà xuống dòng');
  });

  it('stores dates as real dates: serial numbers with a date format', async () => {
    const rows = book.rows(await book.sheet('Chi tiết'));
    const header = rows[0]!;
    const plannedCol = col(header[ITEM_COLUMNS.findIndex((c) => c.header === 'Ngày dự kiến')]!.ref);
    const markedCol = col(header[ITEM_COLUMNS.findIndex((c) => c.header === 'Thời điểm xác nhận')]!.ref);
    rows.slice(1).forEach((r, i) => {
      const planned = r.find((c) => col(c.ref) === plannedCol)!;
      expect(planned.type).toBeUndefined();
      expect(Number(planned.raw)).toBe(serial(doc.detail[i]!.plannedDate));
      expect(book.format(planned)).toBe('dd/mm/yyyy');
    });
    // 13:00 UTC is 20:00 in Hải Dương.
    const first = rows[1]!.find((c) => col(c.ref) === markedCol)!;
    expect(Number(first.raw)).toBeCloseTo(serial(doc.detail[0]!.markedAt!.slice(0, 10)) + 20 / 24, 6);
    expect(book.format(first)).toBe('dd/mm/yyyy hh:mm');
  });

  it('freezes the header row, filters it and sets widths on both sheets', async () => {
    for (const name of ['Tổng hợp', 'Chi tiết']) {
      const sheet = await book.sheet(name);
      const pane = attrs(findAll(sheet, 'pane')[0]!);
      expect(pane.state).toBe('frozen');
      expect(pane.ySplit).toBe('1');
      expect(attrs(findAll(sheet, 'autoFilter')[0]!).ref).toMatch(/^A1:[A-Z]+\d+$/);
      const widths = findAll(sheet, 'col').map((c) => Number(attrs(c).width));
      expect(widths.length).toBeGreaterThan(5);
      // The title column: wide enough to read (the summary keeps it narrower so a year prints one page wide)
      expect(Math.max(...widths)).toBeGreaterThanOrEqual(26);
    }
  });

  it('"Tổng hợp": tasks × months with statuses and counts, a two-month window merged', async () => {
    const sheet = await book.sheet('Tổng hợp');
    const rows = book.rows(sheet);
    const header = rows[0]!.map((c) => c.text);
    expect(header.slice(0, 3)).toEqual(['TT', 'Mã', 'Nhiệm vụ']);
    expect(header.slice(3, 15)).toEqual(doc.matrix.columns.map((c) => c.label));
    expect(header.slice(15)).toEqual(['Yêu cầu', 'Đúng hạn', 'Trễ hạn', 'Còn thiếu', 'Chưa đến hạn', 'Ngoài yêu cầu', 'Trạng thái']);
    expect(rows).toHaveLength(doc.matrix.rows.length + 2); // + the totals row
    const t05 = rows.find((r) => r[1]!.text === '05')!;
    expect(t05.map((c) => c.text)).toContain('Trễ hạn: 1/1 (1 trễ)');
    const numbers = t05.slice(-7, -1).map((c) => Number(c.raw));
    const m05 = doc.matrix.rows.find((r) => r.code === '05')!;
    expect(numbers).toEqual([m05.required, m05.onTime, m05.late, m05.missing, m05.notYetDue, m05.extra]);
    const total = rows[rows.length - 1]!;
    expect(total[2]!.text).toBe('Tổng cộng');
    const t = doc.matrix.totals;
    expect(total.slice(-7, -1).map((c) => Number(c.raw))).toEqual([t.required, t.onTime, t.late, t.missing, t.notYetDue, t.extra]);
    const merges = findAll(sheet, 'mergeCell').map((m) => attrs(m).ref);
    const r03 = rows.findIndex((r) => r[1]!.text === '03') + 1;
    expect(merges).toContain(`L${r03}:M${r03}`); // September–October
  });

  it('reads the same with exceljs (second check)', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Chi tiết')!;
    expect(ws.rowCount).toBe(doc.detail.length + 1);
    const v = ws.getRow(2).getCell(ITEM_COLUMNS.findIndex((c) => c.header === 'Ngày dự kiến') + 1).value;
    expect(v).toBeInstanceOf(Date);
    expect((v as Date).toISOString().slice(0, 10)).toBe(doc.detail[0]!.plannedDate);
  });
});
