import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlanFile } from '../../../electron/core/plans/import/parse-plan-file';
import { describeCadence } from '../../../shared/domain/cadence';
import { AgencyIndex } from '../../../shared/domain/plan/agencies';
import { buildPlanDraft } from '../../../shared/domain/plan/build-plan';
import { agencyIdOf } from '../../../shared/domain/plan/ids';
import { PLAN_TEXT_FILE } from './plan-259-files';

const BUILTIN = 'resources/plans/259-KH-UBND-2020.json';

describe('the built-in plan resources/plans/259-KH-UBND-2020.json', () => {
  it('is a valid plan file: the ten appendix tasks read as the same plan pasted from Word reads, plus the standing duties of section III', async () => {
    const builtin = await parsePlanFile(new Uint8Array(readFileSync(BUILTIN)), '259-KH-UBND-2020.json');
    const pasted = await parsePlanFile(new Uint8Array(readFileSync(PLAN_TEXT_FILE)), 'ke-hoach-259.txt');
    expect(builtin.meta).toEqual({ ...pasted.meta });
    const strip = ({ row: _r, cadenceOverridden: _c, ...rest }: (typeof builtin.rows)[number]) => rest;
    expect(builtin.rows.slice(0, 10).map(strip)).toEqual(pasted.rows.map(strip));
    expect(builtin.rows.slice(10).map((r) => r.code)).toEqual(['III.1.2-a', 'III.1.2-b', 'III.1.2-c', 'III.1.3']);
  });

  it('gets the same deterministic id as the pasted text imported by hand, and cadences in words', async () => {
    const builtin = await parsePlanFile(new Uint8Array(readFileSync(BUILTIN)), 'b.json');
    const pasted = await parsePlanFile(new Uint8Array(readFileSync(PLAN_TEXT_FILE)), 'ke-hoach-259.txt');
    const index = new AgencyIndex(builtin.agencies.map((a) => ({ id: agencyIdOf(a.name), ...a })));
    const a = buildPlanDraft(builtin, {}, index);
    const b = buildPlanDraft(pasted, {}, null);
    if (!a.ok || !b.ok) throw new Error('draft failed');
    expect(a.draft.plan.id).toBe(b.draft.plan.id);
    expect(a.draft.tasks.slice(0, 10).map((t) => t.id)).toEqual(b.draft.tasks.map((t) => t.id));
    // Every agency named in the plan is in the directory: no warnings at all.
    expect(a.draft.issues).toEqual([]);
    expect(a.draft.tasks.map((t) => `${t.code}: ${describeCadence(t.cadence)}`)).toEqual([
      '01: Thường xuyên',
      '02: 1 lần trong tháng 5/2020',
      '03: 1 lần trong tháng 9–10/2020',
      '04: 1 lần trong tháng 11/2020',
      '05: 1 kỳ mỗi tháng',
      '06: 1 kỳ mỗi tháng',
      '07: Thường xuyên',
      '08: Thường xuyên',
      '09: 1 lần trong tháng 12/2020',
      '10: 1 lần trong năm 2020',
      'III.1.2-a: 1 kỳ mỗi tháng',
      'III.1.2-b: 1 kỳ mỗi tháng',
      'III.1.2-c: 1 lần trong năm 2020',
      'III.1.3: Thường xuyên',
    ]);
  });

  it('has a directory in which the plan’s short names resolve to full names', async () => {
    const builtin = await parsePlanFile(new Uint8Array(readFileSync(BUILTIN)), 'b.json');
    const index = new AgencyIndex(builtin.agencies.map((a) => ({ id: agencyIdOf(a.name), ...a })));
    expect(index.display('Sở KH và CN')).toBe('Sở Khoa học và Công nghệ');
    expect(index.display('Đài PTTH')).toBe('Đài Phát thanh và Truyền hình tỉnh');
    expect(index.display('Đài Phát thanh và Truyền hình Hải Dương')).toBe('Đài Phát thanh và Truyền hình tỉnh');
    expect(index.display('Báo HD')).toBe('Báo Hải Dương');
    expect(index.display('bao hai duong')).toBe('Báo Hải Dương');
    expect(index.display('Sở Văn hoá')).toBe('Sở Văn hoá');
  });
});
