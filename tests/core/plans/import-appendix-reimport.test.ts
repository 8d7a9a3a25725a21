import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { planIdOf, taskIdOf } from '../../../shared/domain/plan/ids';
import { appendixDocx, appendixTsv, appendixXlsx } from '../../fixtures/plans/render-appendix';
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import path from 'node:path';
import { b64, plansCore } from './helpers';

let open: Core[] = [];
afterEach(() => {
  for (const c of open) c.close();
  open = [];
});
const META = { issuer: 'UBND tỉnh Bắc Ninh', number: '45/KH-UBND' };
const PLAN_ID = planIdOf(META.issuer, META.number, 2026);

describe('re-importing a corrected appendix with sections (real SQLite file)', () => {
  it('keeps every task id (section path + STT), so items keep their links; only the corrected task changes', async () => {
    const { core } = await plansCore();
    open.push(core);
    const first = await core.call('plans:import', { fileName: 'ke-hoach.docx', contentBase64: b64(await appendixDocx()) });
    expect(first).toMatchObject({ planId: PLAN_ID, created: 11, updated: 0 });
    const before = await core.call('plans:get', { id: PLAN_ID });
    expect(before.plan).toMatchObject({ year: 2026, yearTo: 2030 });
    expect(before.tasks.map((t) => t.id)).toEqual(before.tasks.map((t) => taskIdOf(PLAN_ID, t.code)));
    expect(before.tasks.find((t) => t.code === 'B.I.3')!.section).toBe('I. TUYÊN TRUYỀN TRÊN BÁO CHÍ, PHÁT THANH, TRUYỀN HÌNH');

    const task = before.tasks.find((t) => t.code === 'B.I.3')!;
    const item = await core.call('items:create', { kind: 'article', outlet: 'print', plannedDate: '2026-08-12', title: 'Xã số Tam Sơn', taskIds: [task.id] });

    // The same appendix again, from Excel, with one timeframe corrected; then as pasted text.
    const corrected = appendixTsv().replace('Quý III Năm 2026', 'Quý IV Năm 2026');
    const again = await core.call('plans:import', { fileName: 'phu-luc.xlsx', contentBase64: b64(await appendixXlsx()), ...META, year: 2026, yearTo: 2030 });
    expect(again).toMatchObject({ planId: PLAN_ID, created: 0, updated: 0 });
    const fixed = await core.call('plans:import', { fileName: 'phu-luc.txt', contentBase64: b64(corrected), ...META, year: 2026, yearTo: 2030 });
    expect(fixed).toMatchObject({ planId: PLAN_ID, created: 0, updated: 1 });

    const after = await core.call('plans:get', { id: PLAN_ID });
    expect(after.tasks.map((t) => t.id)).toEqual(before.tasks.map((t) => t.id));
    const moved = after.tasks.find((t) => t.id === task.id)!;
    expect(moved.cadence).toEqual({ kind: 'windows', windows: [{ from: '2026-10-01', to: '2026-12-31', count: 1 }] });
    expect((await core.call('items:get', { id: item.id })).taskIds).toEqual([task.id]);
  });

  it('counts a multi-year plan per year: the report for 2027 holds 2027’s windows only', async () => {
    const { core } = await plansCore();
    open.push(core);
    await core.call('plans:import', { fileName: 'ke-hoach.docx', contentBase64: b64(await appendixDocx()) });
    const june = (await core.call('plans:get', { id: PLAN_ID })).tasks.find((t) => t.code === 'B.II.1')!;
    await core.call('items:create', { kind: 'report', outlet: 'tv', plannedDate: '2027-06-20', title: 'Hội nghị sơ kết 2027', taskIds: [june.id] });
    const view = await core.call('compliance:view', { planId: PLAN_ID, period: '2027', asOf: '2027-12-31' });
    const result = view.report.tasks.find((t) => t.taskId === june.id)!;
    expect(result.windows.map((w) => [w.from, w.to, w.planned])).toEqual([['2027-06-01', '2027-06-30', 1]]);
    const y2028 = await core.call('compliance:view', { planId: PLAN_ID, period: '2028', asOf: '2027-12-31' });
    expect(y2028.report.tasks.find((t) => t.taskId === june.id)!.windows.map((w) => w.from)).toEqual(['2028-06-01']);
  });

  it('exports the period and sections in the app’s plan file; another install imports them to the same ids', async () => {
    const { core } = await plansCore();
    open.push(core);
    await core.call('plans:import', { fileName: 'ke-hoach.docx', contentBase64: b64(await appendixDocx()) });
    const exported = await core.call('plans:export', { id: PLAN_ID });
    const other = (await plansCore({ org: 'Sở Nội vụ' })).core;
    open.push(other);
    await other.call('plans:import', { fileName: exported.fileName, contentBase64: b64(exported.json) });
    const a = await core.call('plans:get', { id: PLAN_ID });
    const b = await other.call('plans:get', { id: PLAN_ID });
    expect(b.plan.yearTo).toBe(2030);
    expect(b.tasks.map((t) => [t.id, t.code, t.section, t.cadence])).toEqual(a.tasks.map((t) => [t.id, t.code, t.section, t.cadence]));
  });

  it('in a city’s plan the directory says "thành phố", never "tỉnh": "Các sở, ngành" is not rewritten as "… tỉnh"', async () => {
    const { core } = await plansCore();
    open.push(core);
    const csv = readFileSync(path.join(__dirname, '../../fixtures/plans/tphcm-thong-ke-2025.csv'));
    const preview = await core.call('plans:previewImport', {
      fileName: 'tphcm.csv',
      contentBase64: b64(csv),
      issuer: 'UBND thành phố Hồ Chí Minh',
      number: '88/KH-UBND',
      year: 2025,
    });
    const shown = preview.tasks.find((t) => t.code === 'I.3')!;
    expect(shown.leads).toEqual(['Cục Thống kê Thành phố', 'Các sở, ngành']);
    expect(shown.leadsDisplay.join('; ')).not.toMatch(/tỉnh/);
    expect(shown.leadsDisplay[1]).toBe('Các Sở, ban, ngành thành phố');
  });

  it('the report of a year of the plan shows each section as a heading above its tasks (DOCX)', async () => {
    const { core } = await plansCore();
    open.push(core);
    await core.call('plans:import', { fileName: 'ke-hoach.docx', contentBase64: b64(await appendixDocx()) });
    const req = { planId: PLAN_ID, period: '2027', asOf: '2027-12-31' };
    const preview = await core.call('reports:preview', req);
    const monthly = preview.document.results.rows.find((r) => r.code === 'B.I.1')!;
    expect([monthly.section, monthly.required]).toEqual(['I. TUYÊN TRUYỀN TRÊN BÁO CHÍ, PHÁT THANH, TRUYỀN HÌNH', 12]);
    const entry = await core.call('reports:export', { ...req, format: 'docx' });
    const xml = await (await JSZip.loadAsync(readFileSync(entry.filePath))).file('word/document.xml')!.async('string');
    const table = xml.slice(xml.indexOf('<w:tbl>'));
    const heading = table.indexOf('I. TUYÊN TRUYỀN TRÊN BÁO CHÍ, PHÁT THANH, TRUYỀN HÌNH');
    expect(heading).toBeGreaterThan(0);
    expect(heading).toBeLessThan(table.indexOf('B.I.1. Chuyên mục'));
    expect(table.slice(0, heading)).toMatch(/<w:gridSpan w:val="8"\/>(?:(?!<w:tc>).)*$/s);
  });

  it('refuses a last year before the first, naming the field, and writes nothing', async () => {
    const { core } = await plansCore();
    open.push(core);
    const input = { fileName: 'phu-luc.txt', contentBase64: b64(appendixTsv()), ...META, year: 2026, yearTo: 2025 };
    await expect(core.call('plans:previewImport', input)).rejects.toMatchObject({ code: 'invalid_input', details: { field: 'yearTo' } });
    await expect(core.call('plans:import', input)).rejects.toThrow(/Năm cuối 2025 không hợp lệ/);
    expect(await core.call('plans:list', {})).toEqual([]);
  });
});
