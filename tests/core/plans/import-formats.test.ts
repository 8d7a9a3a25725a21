import { describe, expect, it } from 'vitest';
import { parsePlanFile } from '../../../electron/core/plans/import/parse-plan-file';
import { buildPlanDraft } from '../../../shared/domain/plan/build-plan';
import type { ParsedPlanFile } from '../../../shared/domain/plan/import-types';
import { csvWithBomCrlf, docx, planText, toBytes, tsv, xlsx } from './plan-259-files';

const META = { issuer: 'UBND tỉnh Hải Dương', number: '259/KH-UBND', year: 2020 };
const rowsOf = (p: ParsedPlanFile) => p.rows.map(({ row: _row, ...rest }) => rest);

function draft(parsed: ParsedPlanFile) {
  const r = buildPlanDraft(parsed, META, null);
  if (!r.ok) throw new Error(`missing ${r.missing.join(',')}`);
  // Title, date and base documents come from the prose around a table, which only some formats carry.
  return { id: r.draft.plan.id, number: r.draft.plan.number, tasks: r.draft.tasks };
}

describe('the same table in every supported format gives the same plan', () => {
  it('TSV, CSV with BOM and CRLF, XLSX and DOCX all equal the pasted text', async () => {
    const reference = await parsePlanFile(toBytes(planText()), 'ke-hoach-259.txt');
    const inputs: Array<[string, Uint8Array, string]> = [
      ['tsv', toBytes(tsv()), 'bang.tsv'],
      ['csv', csvWithBomCrlf(), 'bang.csv'],
      ['xlsx', await xlsx(), 'bang.xlsx'],
      ['docx', await docx(), 'ke-hoach.docx'],
    ];
    for (const [format, bytes, name] of inputs) {
      const parsed = await parsePlanFile(bytes, name);
      expect(parsed.format, name).toBe(format);
      expect(parsed.issues, name).toEqual([]);
      expect(rowsOf(parsed), name).toEqual(rowsOf(reference));
      expect(draft(parsed), name).toEqual(draft(reference));
    }
  });

  it('points at the source row: text line, sheet row, table row', async () => {
    expect((await parsePlanFile(toBytes(tsv()), 'a.tsv')).rows.map((r) => r.row)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect((await parsePlanFile(await xlsx(), 'a.xlsx')).rows[0]!.row).toBe(4);
    expect((await parsePlanFile(await docx(), 'a.docx')).rows.map((r) => r.row)).toEqual([2, 3, 4, 5, 6, 8, 9, 10, 11, 12]);
  });

  it('reads the DOCX heading for number, issuer, date and title', async () => {
    const parsed = await parsePlanFile(await docx(), 'ke-hoach.docx');
    expect(parsed.meta).toMatchObject({ issuer: 'UBND tỉnh Hải Dương', number: '259/KH-UBND', date: '2020-01-31', year: 2020 });
    expect(parsed.meta.title).toBe('Kế hoạch tuyên truyền cải cách hành chính tỉnh Hải Dương năm 2020');
  });

  it('finds columns by name without diacritics, in upper case, in any order', async () => {
    const header = ['THOI GIAN THUC HIEN', 'co quan phoi hop', 'Nhiem vu cu the', 'STT', 'Co quan chu tri', 'San pham / ket qua'];
    const rows = [['Tháng 5/2020', 'Báo Hải Dương; Sở Nội vụ', 'Viết bài', '1', 'Sở Tư pháp', 'Bài viết']];
    const parsed = await parsePlanFile(toBytes(tsv(rows, header).normalize('NFD')), 'x.tsv');
    expect(rowsOf(parsed)).toEqual([
      { code: '1', title: 'Viết bài', product: 'Bài viết', leads: ['Sở Tư pháp'], partners: ['Báo Hải Dương', 'Sở Nội vụ'], timeframe: 'Tháng 5/2020' },
    ]);
  });

  it('keeps bullet points of a multi-line cell and splits agencies on ";" only', async () => {
    const csv = 'STT,Nhiệm vụ,Cơ quan chủ trì,Thời gian\n1,"- Ý một\n- Ý hai","Các Sở, ban, ngành tỉnh; UBND cấp huyện, cấp xã",Hằng tháng\n';
    const parsed = await parsePlanFile(toBytes(csv), 'x.csv');
    expect(parsed.rows[0]).toMatchObject({ title: '- Ý một\n- Ý hai', leads: ['Các Sở, ban, ngành tỉnh', 'UBND cấp huyện, cấp xã'] });
    expect(parsed.issues.map((i) => [i.code, i.field])).toEqual([
      ['missing_column', 'product'],
      ['missing_column', 'partners'],
    ]);
  });

  it('reports rows without STT, duplicate STT and stray lines with row numbers and Vietnamese column names', async () => {
    const text = [
      'STT\tNhiệm vụ cụ thể\tThời gian thực hiện',
      '1\tMột\tTháng 5',
      '\tHai\tTháng 6',
      'dòng lạc',
      '1\tBa\tTháng 7',
      '2\tBốn\tKhi có yêu cầu',
    ].join('\n');
    const parsed = await parsePlanFile(toBytes(text), 'x.tsv');
    expect(parsed.rows.map((r) => r.code)).toEqual(['1', '2']);
    const rowIssues = parsed.issues.filter((i) => i.row !== null);
    expect(rowIssues.map((i) => [i.level, i.row, i.field, i.code])).toEqual([
      ['error', 3, 'code', 'missing_code'],
      ['warning', 4, null, 'stray_line'],
      ['error', 5, 'code', 'duplicate_code'],
    ]);
    expect(rowIssues[0]!.message).toBe('Dòng 3: thiếu STT (cột «STT»).');
    expect(rowIssues[2]!.message).toContain('trùng với dòng 2');
    const d = buildPlanDraft(parsed, { ...META, year: 2020 }, null);
    expect(d.ok && d.draft.issues.find((i) => i.code === 'unknown_timeframe')?.message).toBe(
      'Dòng 6 (STT 2): chưa đọc được thời gian «Khi có yêu cầu»; hãy đặt nhịp thực hiện bằng tay.',
    );
  });
});

describe('broken files are refused with a message naming the problem', () => {
  const refusal = async (bytes: Uint8Array, name: string) => {
    try {
      await parsePlanFile(bytes, name);
    } catch (e) {
      return e as { code: string; message: string; details: Record<string, unknown> };
    }
    throw new Error(`${name} was accepted`);
  };

  it.each<[string, () => Uint8Array | Promise<Uint8Array>, RegExp]>([
    ['empty.csv', () => new Uint8Array(0), /trống/],
    ['spaces.tsv', () => toBytes('  \n\n  '), /trống/],
    ['big.csv', () => new Uint8Array(50 * 1024 * 1024).fill(0x61), /quá lớn \(50,0 MB\).*20,0 MB/],
    ['garbage.bin', () => Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256), /không phải văn bản UTF-8|nhị phân/],
    ['nul.txt', () => toBytes('STT\tNhiệm vụ\u0000\u0000\u0001\u0002'.repeat(50)), /nhị phân/],
    ['old.doc', () => Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), /đời cũ.*\.docx/],
    ['scan.pdf', () => toBytes('%PDF-1.7\n...'), /PDF/],
    ['people.csv', () => toBytes('Họ tên,Tuổi,Thành phố\nAn,30,Hà Nội\n'), /Không tìm thấy bảng nhiệm vụ.*«STT»/],
    ['no-time.tsv', () => toBytes('STT\tNhiệm vụ cụ thể\tCơ quan chủ trì\n1\tViệc\tSở\n'), /thiếu cột: «Thời gian thực hiện»/],
    ['broken.xlsx', () => Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]), /bị hỏng/],
    ['plan.json', () => toBytes('{"format":"lich-tuyen-truyen/plan","version":9}'), /không phải tệp kế hoạch|phiên bản khác/],
    ['bad.json', () => toBytes('{ not json'), /không phải JSON hợp lệ/],
  ])('%s', async (name, make, pattern) => {
    const e = await refusal(await make(), name);
    expect(e.code).toBe('import_failed');
    expect(e.message).toMatch(pattern);
    expect(e.message).toContain(`«${name}»`);
    expect(e.details.file).toBe(name);
  });

  it('refuses a workbook whose sheets have no task table', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').addRow(['Họ tên', 'Tuổi']);
    const e = await refusal(new Uint8Array(await wb.xlsx.writeBuffer()), 'sai.xlsx');
    expect(e.message).toMatch(/Không tìm thấy bảng nhiệm vụ trong tệp «sai.xlsx»/);
  });
});
