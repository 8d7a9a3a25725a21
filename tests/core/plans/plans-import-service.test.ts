import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { planIdOf } from '../../../shared/domain/plan/ids';
import { b64, plansCore, snapshot } from './helpers';
import { csvWithBomCrlf, docx, PLAN_TEXT_FILE, planTextLineOf, tsv, xlsx } from './plan-259-files';

const PLAN_TEXT = () => b64(new Uint8Array(readFileSync(PLAN_TEXT_FILE)));
const PLAN_ID = planIdOf('UBND tỉnh Hải Dương', '259/KH-UBND', 2020);
let open: Core[] = [];
afterEach(() => {
  for (const c of open) c.close();
  open = [];
});
async function fresh(withSample = false) {
  const r = await plansCore({ withSample });
  open.push(r.core);
  return r.core;
}

describe('plans:import', () => {
  it('imports the pasted plan text: ten tasks with the windows of the plan, under the deterministic id', async () => {
    const core = await fresh();
    const result = await core.call('plans:import', { fileName: 'ke-hoach-259.txt', contentBase64: PLAN_TEXT() });
    expect(result).toMatchObject({ planId: PLAN_ID, created: 10, updated: 0, dryRun: false });
    const detail = await core.call('plans:get', { id: PLAN_ID });
    expect(detail.plan).toMatchObject({ issuer: 'UBND tỉnh Hải Dương', number: '259/KH-UBND', year: 2020, date: '2020-01-31' });
    expect(detail.tasks.map((t) => `${t.code} ${t.cadenceText}`)).toEqual([
      '01 Thường xuyên',
      '02 1 lần trong tháng 5/2020',
      '03 1 lần trong tháng 9–10/2020',
      '04 1 lần trong tháng 11/2020',
      '05 1 kỳ mỗi tháng',
      '06 1 kỳ mỗi tháng',
      '07 Thường xuyên',
      '08 Thường xuyên',
      '09 1 lần trong tháng 12/2020',
      '10 1 lần trong năm 2020',
    ]);
    expect(detail.tasks[5]!.leads).toEqual(['Sở Nội vụ', 'Báo Hải Dương']);
    // Every agency the plan names is in the shipped directory: short names show as the full names.
    expect(result.warnings).toEqual([]);
    expect(detail.tasks.flatMap((t) => t.warnings)).toEqual([]);
    expect(detail.tasks[2]!.partners).toEqual(['Đài PTTH', 'các Sở, ngành có liên quan đến nội dung tọa đàm']);
    expect(detail.tasks[2]!.partnersDisplay).toEqual(['Đài Phát thanh và Truyền hình tỉnh', 'Các Sở, ngành có liên quan']);
    // Only the directory entries the plan names were added.
    const names = (await core.call('agencies:list', {})).map((a) => a.name);
    expect(names).toContain('Sở Khoa học và Công nghệ');
    expect(names).not.toContain('Sở Thông tin và Truyền thông');
  });

  it('a second import — in any format — updates in place, never duplicates', async () => {
    const core = await fresh();
    await core.call('plans:import', { fileName: 'ke-hoach-259.txt', contentBase64: PLAN_TEXT() });
    const before = snapshot(core);
    for (const [name, bytes] of [
      ['a.tsv', tsv()],
      ['b.csv', csvWithBomCrlf()],
      ['c.xlsx', await xlsx()],
      ['d.docx', await docx()],
    ] as const) {
      const r = await core.call('plans:import', {
        fileName: name,
        contentBase64: b64(bytes),
        issuer: 'UBND tỉnh Hải Dương',
        number: '259/KH-UBND',
        year: 2020,
      });
      expect(r, name).toMatchObject({ planId: PLAN_ID, created: 0, updated: 0 });
    }
    expect(snapshot(core)).toBe(before);
    expect((await core.call('plans:list', {})).map((p) => [p.id, p.taskCount])).toEqual([[PLAN_ID, 10]]);
  });

  it('re-import with a changed row updates that task only and keeps a person’s cadence', async () => {
    const core = await fresh();
    await core.call('plans:import', { fileName: 'ke-hoach-259.txt', contentBase64: PLAN_TEXT() });
    const t03 = (await core.call('plans:get', { id: PLAN_ID })).tasks.find((t) => t.code === '03')!;
    await core.call('plans:setCadence', { id: t03.id, cadence: { kind: 'windows', windows: [{ from: '2020-10-01', to: '2020-10-31', count: 1 }] } });
    const changed = readFileSync(PLAN_TEXT_FILE, 'utf8').replace('Cuộc tọa đàm', 'Hai cuộc tọa đàm').replace('Tháng 12/2020', 'Quý IV/2020');
    const preview = await core.call('plans:previewImport', { fileName: 'ke-hoach-259.txt', contentBase64: b64(changed) });
    expect(preview.tasks.filter((t) => t.change === 'update').map((t) => t.code)).toEqual(['03', '09']);
    expect([preview.exists, preview.created, preview.updated, preview.unchanged]).toEqual([true, 0, 2, 8]);
    const r = await core.call('plans:import', { fileName: 'ke-hoach-259.txt', contentBase64: b64(changed) });
    expect(r).toMatchObject({ created: 0, updated: 2 });
    const after = (await core.call('plans:get', { id: PLAN_ID })).tasks;
    expect(after.find((t) => t.code === '03')).toMatchObject({
      product: 'Hai cuộc tọa đàm',
      cadenceOverridden: true,
      cadenceText: '1 lần trong tháng 10/2020',
    });
    expect(after.find((t) => t.code === '09')!.cadenceText).toBe('1 lần trong quý IV/2020');
  });

  it('preview and dry run write nothing', async () => {
    const core = await fresh();
    const before = snapshot(core);
    const withNewAgency = readFileSync(PLAN_TEXT_FILE, 'utf8').replace('Các doanh nghiệp', 'Hiệp hội Doanh nghiệp tỉnh');
    const preview = await core.call('plans:previewImport', { fileName: 'ke-hoach-259.txt', contentBase64: b64(withNewAgency) });
    expect([preview.exists, preview.created, preview.planId]).toEqual([false, 10, PLAN_ID]);
    expect(preview.newAgencies).toEqual(['Hiệp hội Doanh nghiệp tỉnh']);
    expect(preview.issues.map((i) => i.message)).toEqual([
      // Unknown agencies are one grouped issue for the file (issue 17), not one per cell.
      `1 cơ quan chưa có trong danh mục, sẽ được thêm mới khi nhập: «Hiệp hội Doanh nghiệp tỉnh» (dòng ${planTextLineOf('08')}).`,
    ]);
    expect(preview.tasks.every((t) => t.change === 'create' && t.row !== null)).toBe(true);
    const dry = await core.call('plans:import', { fileName: 'ke-hoach-259.txt', contentBase64: PLAN_TEXT(), dryRun: true });
    expect(dry).toMatchObject({ planId: PLAN_ID, created: 10, updated: 0, dryRun: true });
    expect(snapshot(core)).toBe(before);
  });

  it.each<[string, () => Promise<string>, string, RegExp]>([
    ['wrong columns', async () => b64('Họ tên\tTuổi\tĐịa chỉ\nAn\t30\tHà Nội\n'), 'people.tsv', /Không tìm thấy bảng nhiệm vụ/],
    ['binary garbage', async () => b64(Uint8Array.from({ length: 2048 }, (_, i) => (i * 131 + 7) % 256)), 'x.bin', /UTF-8|nhị phân/],
    ['an empty file', async () => '', 'empty.csv', /trống/],
    ['a 50 MB file', async () => b64(new Uint8Array(50 * 1024 * 1024).fill(65)), 'huge.csv', /quá lớn/],
    ['row errors', async () => b64('STT\tNhiệm vụ\tThời gian\n1\tA\tTháng 5\n1\tB\tTháng 6\n'), 'dup.tsv', /1 dòng lỗi.*Dòng 3: STT «1» trùng/],
    [
      'a table without plan number',
      async () => b64('STT\tNhiệm vụ\tThời gian\n1\tA\tTháng 5/2020\n'),
      'bare.tsv',
      /không cho biết cơ quan ban hành \(--issuer\), số kế hoạch \(--number\)/,
    ],
  ])('refuses %s with a message and leaves the database unchanged', async (_what, make, name, pattern) => {
    const core = await fresh(true);
    const before = snapshot(core);
    const res = await core.dispatch('plans:import', { fileName: name, contentBase64: await make() });
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error.message).toMatch(pattern);
    expect(snapshot(core)).toBe(before);
  });

  it('refuses unknown keys and non-objects', async () => {
    const core = await fresh();
    for (const input of [null, 'x', { fileName: 'a', contentBase64: '', extra: 1 }]) {
      const res = await core.dispatch('plans:import', input);
      expect(res.ok ? 'ok' : res.error.code).toBe('invalid_input');
    }
  });
});

describe('the built-in plan', () => {
  it('is loaded by setup withSample, with the standing duties and a directory that knows every agency', async () => {
    const core = await fresh(true);
    const list = await core.call('plans:list', {});
    expect(list).toEqual([expect.objectContaining({ id: PLAN_ID, number: '259/KH-UBND', year: 2020, taskCount: 14, warningCount: 0, date: '2020-01-31' })]);
    const detail = await core.call('plans:get', { id: PLAN_ID });
    expect(detail.tasks.slice(10).map((t) => [t.code, t.cadenceText, t.leadsDisplay[0]])).toEqual([
      ['III.1.2-a', '1 kỳ mỗi tháng', 'Đài Phát thanh và Truyền hình tỉnh'],
      ['III.1.2-b', '1 kỳ mỗi tháng', 'Đài Phát thanh và Truyền hình tỉnh'],
      ['III.1.2-c', '1 lần trong năm 2020', 'Đài Phát thanh và Truyền hình tỉnh'],
      ['III.1.3', 'Thường xuyên', 'Báo Hải Dương'],
    ]);
    expect(detail.tasks.find((t) => t.code === '02')!.partnersDisplay).toEqual(['Báo Hải Dương', 'Chi cục Tiêu chuẩn Đo lường Chất lượng']);
    expect(detail.plan.basedOn).toHaveLength(2);
  });

  it('loading it again, or importing the pasted text over it, changes nothing', async () => {
    const core = await fresh(true);
    const before = snapshot(core);
    expect(await core.call('plans:loadBuiltin', {})).toMatchObject({ created: 0, updated: 0 });
    expect(await core.call('plans:import', { fileName: 'ke-hoach-259.txt', contentBase64: PLAN_TEXT() })).toMatchObject({
      planId: PLAN_ID,
      created: 0,
      updated: 0,
      warnings: [],
    });
    expect(snapshot(core)).toBe(before);
  });

  it('exports to the app’s plan file, which another install imports to the same ids and cadences', async () => {
    const a = await fresh(true);
    const t05 = (await a.call('plans:get', { id: PLAN_ID })).tasks.find((t) => t.code === '05')!;
    await a.call('plans:setCadence', { id: t05.id, cadence: { kind: 'windows', windows: [{ from: '2020-03-01', to: '2020-12-31', count: 10 }] } });
    const file = await a.call('plans:export', { id: PLAN_ID });
    expect(file.fileName).toBe('259-KH-UBND-2020.json');
    const b = (await plansCore({ org: 'Báo Hải Dương' })).core;
    open.push(b);
    const r = await b.call('plans:import', { fileName: file.fileName, contentBase64: b64(file.json) });
    expect(r).toMatchObject({ planId: PLAN_ID, created: 14, warnings: [] });
    const strip = (d: Awaited<ReturnType<typeof a.call<'plans:get'>>>) => d.tasks.map(({ warnings: _w, ...t }) => t);
    expect(strip(await b.call('plans:get', { id: PLAN_ID }))).toEqual(strip(await a.call('plans:get', { id: PLAN_ID })));
  });
});
