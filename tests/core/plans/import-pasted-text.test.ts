import { describe, expect, it } from 'vitest';
import { parsePlanFile } from '../../../electron/core/plans/import/parse-plan-file';
import { buildPlanDraft } from '../../../shared/domain/plan/build-plan';
import { PLAN_TEXT_FILE, toBytes, planText } from './plan-259-files';
import { readFileSync } from 'node:fs';

const EXPECTED = [
  {
    code: '01',
    leads: ['Cơ quan hành chính, đơn vị sự nghiệp'],
    partners: ['Sở Nội vụ'],
    timeframe: 'Thường xuyên trong năm',
    product: 'Các hình thức thích hợp',
  },
  {
    code: '02',
    leads: ['Sở Khoa học và Công nghệ'],
    partners: ['Báo Hải Dương', 'Chi cục tiêu chuẩn đo lường chất lượng - Sở KH và CN'],
    timeframe: 'Tháng 5/2020',
    product: 'Bài viết',
  },
  {
    code: '03',
    leads: ['Sở Nội vụ'],
    partners: ['Đài PTTH', 'các Sở, ngành có liên quan đến nội dung tọa đàm'],
    timeframe: 'Tháng 9,10/2020',
    product: 'Cuộc tọa đàm',
  },
  {
    code: '04',
    leads: ['Văn phòng UBND tỉnh'],
    partners: ['Đài PTTH', 'các Sở, ngành có liên quan'],
    timeframe: 'Tháng 11/2020',
    product: 'Các sản phẩm phát thanh, truyền hình',
  },
  { code: '05', leads: ['Đài Phát thanh và Truyền hình tỉnh'], partners: ['Sở Nội vụ'], timeframe: 'Mỗi tháng 01 kỳ', product: 'Các chuyên mục' },
  { code: '06', leads: ['Sở Nội vụ', 'Báo Hải Dương'], partners: ['Các cơ quan có liên quan'], timeframe: 'Mỗi tháng một kỳ', product: 'Bài viết, thông tin' },
  { code: '07', leads: ['Sở Tư pháp'], partners: ['Các Sở, ban, ngành tỉnh', 'UBND cấp huyện, cấp xã'], timeframe: 'Thường xuyên', product: 'Kế hoạch' },
  {
    code: '08',
    leads: ['Sở Kế hoạch và Đầu tư'],
    partners: ['Các doanh nghiệp'],
    timeframe: 'Thường xuyên',
    product: 'Hội nghị doanh nghiệp, xúc tiến thương mại...',
  },
  {
    code: '09',
    leads: ['Sở Nội vụ'],
    partners: ['Các Sở, ban, ngành tỉnh', 'UBND cấp huyện'],
    timeframe: 'Tháng 12/2020',
    product: 'Điểm điều tra XHH của các Sở, ngành và UBND cấp huyện',
  },
  {
    code: '10',
    leads: ['Sở Nội vụ'],
    partners: ['Các Sở, ban, ngành tỉnh', 'UBND cấp huyện, cấp xã'],
    timeframe: 'Trong năm 2020',
    product: 'Các lớp tập huấn',
  },
];

const month = (m: number, to = m) => ({
  kind: 'windows',
  windows: [{ from: `2020-${String(m).padStart(2, '0')}-01`, to: new Date(Date.UTC(2020, to, 0)).toISOString().slice(0, 10), count: 1 }],
});

describe('plan 259 pasted from Word into a text file, imported as is', () => {
  it('gives exactly the ten appendix tasks with every field, past the repeated header', async () => {
    const parsed = await parsePlanFile(new Uint8Array(readFileSync(PLAN_TEXT_FILE)), 'ke-hoach-259.txt');
    expect(parsed.format).toBe('tsv');
    expect(parsed.issues).toEqual([]);
    expect(parsed.rows.map(({ code, leads, partners, timeframe, product }) => ({ code, leads, partners, timeframe, product }))).toEqual(EXPECTED);
    expect(parsed.rows[3]!.title).toBe(
      '- Thực hiện tiếp nhận hồ sơ và trả kết quả giải quyết TTHC qua dịch vụ bưu chính công ích - Hoạt động của Trung tâm Phục vụ hành chính công tỉnh',
    );
    expect(parsed.rows.every((r) => r.title.length > 20)).toBe(true);
  });

  it('reads the plan’s number, date, issuer, year, title and base documents from the text around the table', async () => {
    const parsed = await parsePlanFile(toBytes(planText()), 'ke-hoach-259.txt');
    expect(parsed.meta).toEqual({
      issuer: 'UBND tỉnh Hải Dương',
      number: '259/KH-UBND',
      date: '2020-01-31',
      year: 2020,
      title: 'Kế hoạch tuyên truyền cải cách hành chính tỉnh Hải Dương năm 2020',
      basedOn: ['Quyết định số 3490/QĐ-BNV ngày 10/10/2016', 'Kế hoạch số 4600/QĐ-UBND ngày 26/12/2019'],
    });
  });

  it('gives the windows of issue 3 for all ten tasks', async () => {
    const parsed = await parsePlanFile(toBytes(planText()), 'ke-hoach-259.txt');
    const result = buildPlanDraft(parsed, {}, null);
    if (!result.ok) throw new Error('draft failed');
    const monthly = { kind: 'windows', windows: Array.from({ length: 12 }, (_, i) => month(i + 1).windows[0]) };
    expect(result.draft.tasks.map((t) => t.cadence)).toEqual([
      { kind: 'ongoing' },
      month(5),
      month(9, 10),
      month(11),
      monthly,
      monthly,
      { kind: 'ongoing' },
      { kind: 'ongoing' },
      month(12),
      { kind: 'windows', windows: [{ from: '2020-01-01', to: '2020-12-31', count: 1 }] },
    ]);
    expect(result.draft.issues).toEqual([]);
  });
});
