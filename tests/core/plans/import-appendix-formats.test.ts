import { describe, expect, it } from 'vitest';
import { parsePlanFile } from '../../../electron/core/plans/import/parse-plan-file';
import { buildPlanDraft } from '../../../shared/domain/plan/build-plan';
import type { ParsedPlanFile } from '../../../shared/domain/plan/import-types';
import { EXPECTED } from '../../fixtures/plans/appendix-model';
import { appendixCsv, appendixDocx, appendixTsv, appendixXlsx } from '../../fixtures/plans/render-appendix';

const META = { issuer: 'UBND tỉnh Bắc Ninh', number: '45/KH-UBND', year: 2026, yearTo: 2030 };

async function allFormats(): Promise<Array<[string, ParsedPlanFile]>> {
  return [
    ['tsv', await parsePlanFile(new Uint8Array(Buffer.from(appendixTsv(), 'utf8')), 'phu-luc.txt')],
    ['csv', await parsePlanFile(appendixCsv(), 'phu-luc.csv')],
    ['xlsx', await parsePlanFile(await appendixXlsx(), 'phu-luc.xlsx')],
    ['docx', await parsePlanFile(await appendixDocx(), 'ke-hoach.docx')],
  ];
}

function draftOf(parsed: ParsedPlanFile) {
  const r = buildPlanDraft(parsed, META, null);
  if (!r.ok) throw new Error(`missing ${r.missing.join(',')}`);
  return r.draft;
}

describe('a real-shaped appendix (sections, two-row header, numbering row, merged cells) in every format', () => {
  it('gives exactly one task per task row, with section-path codes, split agencies and sections', async () => {
    for (const [format, parsed] of await allFormats()) {
      expect(parsed.format, format).toBe(format === 'tsv' ? 'tsv' : format);
      expect(
        parsed.issues.filter((i) => i.level === 'error'),
        format,
      ).toEqual([]);
      expect(
        parsed.rows.map((r) => ({ code: r.code, section: r.section, leads: r.leads, partners: r.partners })),
        format,
      ).toEqual(EXPECTED);
    }
  });

  it('gives the same tasks, codes and windows from TSV, CSV, XLSX and DOCX', async () => {
    const formats = await allFormats();
    const strip = (p: ParsedPlanFile) => draftOf(p).tasks;
    const reference = strip(formats[0]![1]);
    for (const [format, parsed] of formats.slice(1)) expect(strip(parsed), format).toEqual(reference);
    const byCode = new Map(reference.map((t) => [t.code, t.cadence]));
    const span = (code: string) => {
      const c = byCode.get(code)!;
      return c.kind === 'windows' ? c.windows.map((w) => `${w.from}..${w.to}`) : c.kind;
    };
    expect(span('A.1')).toEqual(['2026-01-01..2026-03-31']);
    expect(span('A.2')).toHaveLength(20); // every quarter of 2026–2030
    expect(span('B.I.1')).toHaveLength(60);
    expect(span('B.I.3')).toEqual(['2026-07-01..2026-09-30']);
    expect(span('B.II.1')).toEqual([2026, 2027, 2028, 2029, 2030].map((y) => `${y}-06-01..${y}-06-30`));
    expect(span('B.II.2')).toEqual(['2026-07-01..2027-03-31']);
    expect(span('B.III.1.1.1')).toEqual(['2027-01-01..2030-12-31']);
    expect(span('B.III.1.1.2')).toBe('unknown');
    expect(span('B.III.1.2.1')).toEqual(['2026-10-01..2027-03-31']);
    expect(span('B.III.2.1')).toBe('unknown');
  });

  it('says what it did: header, columns read and kept, rows skipped and why, sections, merged values', async () => {
    for (const [format, parsed] of await allFormats()) {
      const layout = parsed.layout!;
      expect(
        layout.columns.filter((c) => c.use === 'field').map((c) => c.field),
        format,
      ).toEqual(['code', 'title', 'product', 'leads', 'partners', 'timeframe']);
      expect(
        layout.columns.filter((c) => c.use === 'kept').map((c) => c.header),
        format,
      ).toEqual(['Nguồn kinh phí']);
      const reasons = layout.skipped.map((s) => s.reason);
      expect(
        reasons.filter((r) => r === 'numbering'),
        format,
      ).toHaveLength(1);
      expect(
        reasons.filter((r) => r === 'repeated_header'),
        format,
      ).toHaveLength(1);
      expect(
        layout.sections.map((s) => s.path),
        format,
      ).toEqual(['A', 'B', 'B.I', 'B.II', 'B.III', 'B.III.1', 'B.III.1.1', 'B.III.1.2', 'B.III.2']);
    }
    // The lead and the timeframe of B.I.1 are merged down over B.I.2 (sheet rows 12–13, table rows 9–10).
    const formats = await allFormats();
    expect(formats[2]![1].layout!.carried.map((c) => [c.field, c.fromRow, c.row, c.value])).toEqual([
      ['leads', 12, 13, 'Đài Phát thanh và Truyền hình tỉnh'],
      ['timeframe', 12, 13, 'Mỗi tháng 01 kỳ'],
    ]);
    expect(formats[3]![1].layout!.carried.map((c) => [c.field, c.fromRow, c.row])).toEqual([
      ['leads', 9, 10],
      ['timeframe', 9, 10],
    ]);
    expect(formats[0]![1].layout!.carried).toEqual([]);
  });

  it('reads the number, issuer, date and period from the DOCX title block', async () => {
    const parsed = (await allFormats())[3]![1];
    expect(parsed.meta).toMatchObject({ issuer: 'UBND tỉnh Bắc Ninh', number: '45/KH-UBND', date: '2025-11-20', year: 2026, yearTo: 2030 });
    const r = buildPlanDraft(parsed, {}, null);
    expect(r.ok && [r.draft.plan.year, r.draft.plan.yearTo]).toEqual([2026, 2030]);
  });
});
