import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutraliseFormula, renderCsv } from '../../../electron/core/reports/csv';
import { ITEM_COLUMNS } from '../../../shared/domain/report';
import { sampleDocument } from '../../shared/report/fixture';

/** An RFC 4180 reader written here, independent of papaparse: quoted fields, doubled quotes, CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') {
      if (field !== '') throw new Error(`quote inside an unquoted field at ${i}`);
      quoted = true;
    } else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else if (ch === '\n') {
      throw new Error(`bare LF outside quotes at ${i}`);
    } else field += ch;
  }
  if (quoted) throw new Error('unterminated quote');
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

describe('CSV', () => {
  const doc = sampleDocument();
  const csv = renderCsv(doc);

  it('starts with a UTF-8 byte-order mark', () => {
    const bytes = Buffer.from(csv, 'utf8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('has the header and one row per item, each with every column', () => {
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual(ITEM_COLUMNS.map((c) => c.header));
    expect(rows).toHaveLength(doc.detail.length + 1);
    for (const r of rows) expect(r).toHaveLength(ITEM_COLUMNS.length);
  });

  it('quotes commas, quotes and line breaks in titles (RFC 4180)', () => {
    expect(csv).toContain('"Bài viết có dấu ""ngoặc kép"", dấu phẩy\nvà xuống dòng"');
    const rows = parseCsv(csv.slice(1));
    const titles = rows.slice(1).map((r) => r[ITEM_COLUMNS.findIndex((c) => c.header === 'Tiêu đề')]);
    expect(titles).toContain('Bài viết có dấu "ngoặc kép", dấu phẩy\nvà xuống dòng');
    expect(titles).toContain('Chuyên mục CCHC tháng 6, dịch vụ công trực tuyến');
  });

  it('writes dates as dd/MM/yyyy and event times in Vietnam time', () => {
    const rows = parseCsv(csv.slice(1));
    const header = rows[0]!;
    const row = rows.find((r) => r[header.indexOf('Mã sản phẩm')] === 'i-02')!;
    expect(row[header.indexOf('Ngày dự kiến')]).toBe('20/05/2020');
    expect(row[header.indexOf('Ngày thực hiện')]).toBe('10/06/2020');
    // Marked at 13:00 UTC: 20:00 in Hải Dương.
    expect(row[header.indexOf('Thời điểm xác nhận')]).toBe('10/06/2020 20:00');
  });

  it('keeps formula-like text as text', () => {
    expect(neutraliseFormula('=HYPERLINK("x")')).toBe(`'=HYPERLINK("x")`);
    expect(neutraliseFormula('Bình thường')).toBe('Bình thường');
  });

  it('round-trips any title through quoting', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'ệ', ',', '"', '\n', '\r\n', ' ', 'Đ'), maxLength: 30 }), (title) => {
        const d = { ...doc, detail: [{ ...doc.detail[0]!, title }] };
        const rows = parseCsv(renderCsv(d).slice(1));
        expect(rows).toHaveLength(2);
        expect(rows[1]![ITEM_COLUMNS.findIndex((c) => c.header === 'Tiêu đề')]).toBe(neutraliseFormula(title));
      }),
    );
  });
});
