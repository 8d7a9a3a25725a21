import { describe, expect, it } from 'vitest';
import { parsePlanFile } from '../../../electron/core/plans/import/parse-plan-file';
import { docxWithRowSpans, docxWithSpans } from './plan-259-files';

describe('DOCX tables with merged cells', () => {
  it('keeps later cells under their headers and reads a heading row inside the table as a section (issue 17)', async () => {
    const parsed = await parsePlanFile(await docxWithSpans(), 'spans.docx');
    const section = 'I. TUYÊN TRUYỀN TRÊN BÁO CHÍ';
    expect(parsed.rows.map(({ row: _r, ...t }) => t)).toEqual([
      { code: 'I.1', title: 'Chuyên mục CCHC', product: 'Chuyên mục', leads: ['Đài PTTH'], partners: [], timeframe: 'Hằng tháng', section },
      { code: 'I.2', title: 'Bài viết', product: 'Bài', leads: ['Báo HD'], partners: ['Sở Nội vụ'], timeframe: 'Quý II/2020', section },
    ]);
    expect(parsed.issues).toEqual([]);
    expect(parsed.layout?.skipped).toEqual([{ row: 2, reason: 'section', text: section }]);
  });
});

describe('DOCX tables with cells merged down (w:vMerge)', () => {
  it('gives every task of the merged rows the agency and timeframe written once', async () => {
    const parsed = await parsePlanFile(await docxWithRowSpans(), 'row-spans.docx');
    expect(parsed.rows.map(({ row: _r, ...t }) => t)).toEqual([
      {
        code: '1',
        title: 'Chuyên mục CCHC trên sóng truyền hình',
        product: 'Chuyên mục',
        leads: ['Đài PTTH'],
        partners: ['Sở Nội vụ'],
        timeframe: 'Mỗi tháng 01 kỳ',
      },
      {
        code: '2',
        title: 'Chuyên mục CCHC trên sóng phát thanh',
        product: 'Chuyên mục',
        leads: ['Đài PTTH'],
        partners: ['Sở Tư pháp'],
        timeframe: 'Mỗi tháng 01 kỳ',
      },
      { code: '3', title: 'Bài viết về dịch vụ công', product: 'Bài', leads: ['Báo HD'], partners: [], timeframe: 'Quý II/2020' },
    ]);
    expect(parsed.issues.filter((i) => i.level === 'error')).toEqual([]);
  });
});

describe('XLSX with a merged heading row', () => {
  it('reads the heading as a section, not a task', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('KH');
    ws.addRow(['STT', 'Nhiệm vụ cụ thể', 'Cơ quan chủ trì', 'Thời gian thực hiện']);
    ws.addRow(['I. TUYÊN TRUYỀN TRÊN BÁO CHÍ']);
    ws.mergeCells('A2:D2');
    ws.addRow(['1', 'Chuyên mục CCHC', 'Đài PTTH', 'Hằng tháng']);
    ws.addRow(['2', 'Bài viết', 'Báo HD', 'Tháng 5/2020']);
    ws.addRow(['3', '', '', '']);
    const parsed = await parsePlanFile(new Uint8Array(await wb.xlsx.writeBuffer()), 'kh.xlsx');
    expect(parsed.rows.map((r) => [r.row, r.code, r.title])).toEqual([
      [3, 'I.1', 'Chuyên mục CCHC'],
      [4, 'I.2', 'Bài viết'],
    ]);
    expect(parsed.issues.filter((i) => i.row !== null).map((i) => [i.level, i.row, i.code])).toEqual([['error', 5, 'missing_title']]);
  });
});
