import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlanFile } from '../../../electron/core/plans/import/parse-plan-file';
import { buildPlanDraft } from '../../../shared/domain/plan/build-plan';
import type { ParsedPlanFile } from '../../../shared/domain/plan/import-types';

const fixture = (name: string) => new Uint8Array(readFileSync(path.join(__dirname, '../../fixtures/plans', name)));
const windowsOf = (parsed: ParsedPlanFile, meta: { issuer: string; number: string; year: number }) => {
  const r = buildPlanDraft(parsed, meta, null);
  if (!r.ok) throw new Error(r.missing.join(','));
  return Object.fromEntries(
    r.draft.tasks.map((t) => [t.code, t.cadence.kind === 'windows' ? t.cadence.windows.map((w) => `${w.from}..${w.to}`) : t.cadence.kind]),
  );
};

describe('a ministry appendix pasted as text (upper-case headers, "A | B | 1 | 2…" numbering, header repeated mid-table)', () => {
  it('imports as delivered: one task per task row, codes under sections I–III, every readable timeframe read', async () => {
    const parsed = await parsePlanFile(fixture('bo-noi-vu-2025.tsv'), 'bo-noi-vu-2025.tsv');
    expect(parsed.issues.filter((i) => i.level === 'error')).toEqual([]);
    expect(parsed.rows.map((r) => r.code)).toEqual(['I.1', 'I.2', 'I.3', 'II.1', 'II.2', 'II.3', 'II.4', 'III.1']);
    expect(parsed.rows[1]).toMatchObject({
      leads: ['Vụ Cải cách hành chính'],
      partners: ['Văn phòng Bộ', 'Trung tâm Thông tin'],
      section: 'I. NHIỆM VỤ, GIẢI PHÁP CHUNG',
    });
    expect(parsed.rows[3]!.partners).toEqual(['Đài Truyền hình Việt Nam', 'Đài Tiếng nói Việt Nam']);
    expect(parsed.layout!.skipped.map((s) => [s.row, s.reason])).toEqual([
      // Source lines: the quoted line break in row I.2 takes a line of its own.
      [10, 'numbering'],
      [11, 'section'],
      [16, 'section'],
      [19, 'repeated_header'],
      [22, 'section'],
    ]);
    expect(parsed.layout!.columns.find((c) => c.use === 'kept')?.header).toBe('MỨC ĐỘ ƯU TIÊN');
    expect(windowsOf(parsed, { issuer: 'Bộ Nội vụ', number: '312/KH-BNV', year: 2025 })).toEqual({
      'I.1': ['2025-01-01..2025-03-31'],
      'I.2': ['2025-06-01..2025-06-30'],
      'I.3': ['2025-01-01..2025-12-31'],
      'II.1': ['2025-04-01..2025-12-31'],
      'II.2': ['2025-07-01..2025-09-30'],
      'II.3': ['2025-04-01..2025-06-30'],
      'II.4': 'unknown',
      'III.1': 'ongoing',
    });
  });
});

describe("a city's statistics appendix saved from Excel as CSV (BOM, CRLF, quoted line breaks, title rows above)", () => {
  it('finds the header below the title rows, splits agencies on line breaks, commas and semicolons, keeps "Các sở, ngành" as written', async () => {
    const parsed = await parsePlanFile(fixture('tphcm-thong-ke-2025.csv'), 'tphcm-thong-ke-2025.csv');
    expect(parsed.format).toBe('csv');
    // From the "(Kèm theo Kế hoạch số 88/KH-UBND … của Ủy ban nhân dân Thành phố Hồ Chí Minh)" line above the table.
    expect(parsed.meta).toMatchObject({ issuer: 'UBND thành phố Hồ Chí Minh', number: '88/KH-UBND' });
    expect(parsed.issues.filter((i) => i.level === 'error')).toEqual([]);
    expect(parsed.rows.map((r) => [r.code, r.leads])).toEqual([
      ['I.1', ['Cục Thống kê Thành phố']],
      ['I.2', ['Cục Thống kê Thành phố']],
      ['I.3', ['Cục Thống kê Thành phố', 'Các sở, ngành']],
      ['II.1', ['Sở Lao động - Thương binh và Xã hội', 'Các sở, ngành']],
      ['II.2', ['Cục Thống kê Thành phố']],
    ]);
    expect(parsed.layout!.columns.map((c) => [c.header, c.use])).toEqual([
      ['TT', 'field'],
      ['Tên thông tin thống kê', 'field'],
      ['Đơn vị chịu trách nhiệm', 'field'],
      ['Thời gian phổ biến', 'field'],
      ['Hình thức phổ biến', 'kept'],
    ]);
    const w = windowsOf(parsed, { issuer: 'UBND Thành phố Hồ Chí Minh', number: '88/KH-UBND', year: 2025 });
    expect(w['I.1']).toHaveLength(12);
    expect(w['I.2']).toEqual(['2025-06-01..2025-06-30']);
    expect(w['II.1']).toEqual(['2025-10-01..2025-12-31']);
    expect(w['II.2']).toBe('unknown');
  });
});
