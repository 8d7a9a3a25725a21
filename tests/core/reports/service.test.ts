import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setFileOpener, setPdfRenderer } from '../../../electron/core/reports/shell-hooks';
import { DEFAULT_REPORT_SETTINGS } from '../../../shared/domain/report';
import { addItem, complianceCore, PLAN_ID, type ComplianceCore } from '../compliance/helpers';

let t: ComplianceCore;
beforeEach(async () => {
  t = await complianceCore({ now: '2020-11-16T03:00:00.000Z' });
  const july = await addItem(t.core, { codes: ['05'], planned: '2020-07-25' });
  await t.core.call('items:markDone', { id: july, at: '2020-08-02' });
});
afterEach(() => {
  setFileOpener(null);
  setPdfRenderer(null);
  t.cleanup();
});

const req = { planId: PLAN_ID, period: '2020-Q3', asOf: '2020-11-15' };

describe('reports service through the contract', () => {
  it('previews the report with default texts, the settings header and today as the report date', async () => {
    const p = await t.core.call('reports:preview', req);
    expect(p.textsSource).toBe('default');
    expect(p.document.header.issuingBody).toBe(DEFAULT_REPORT_SETTINGS.issuingBody);
    expect(p.document.header.placeDate).toBe('Hải Dương, ngày 16 tháng 11 năm 2020');
    expect(p.document.period.label).toBe('quý III năm 2020');
    expect(p.document.results.rows.find((r) => r.code === '05')).toMatchObject({ required: 3, onTime: 0, late: 1 });
    expect(p.dataSha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('saves header settings and prints them', async () => {
    const saved = await t.core.call('reports:saveSettings', {
      ...DEFAULT_REPORT_SETTINGS,
      issuingBody: 'Báo Hải Dương',
      issuingAbbr: 'BHD',
      signerAuthority: ['TỔNG BIÊN TẬP'],
      signerName: 'Trần Văn B',
    });
    expect(saved.issuingBody).toBe('Báo Hải Dương');
    const p = await t.core.call('reports:preview', { ...req, number: '7' });
    expect(p.document.header.issuingBody).toBe('BÁO HẢI DƯƠNG');
    expect(p.document.header.numberLine).toBe('Số: 07/BC-BHD');
    expect(p.document.signer).toEqual({ authority: ['TỔNG BIÊN TẬP'], name: 'Trần Văn B' });
  });

  it('refuses a number pattern with an unknown placeholder, in Vietnamese, and saves nothing', async () => {
    await expect(t.core.call('reports:saveSettings', { ...DEFAULT_REPORT_SETTINGS, numberPattern: '{so}/BC' })).rejects.toThrow(/Mẫu số chỉ dùng được/);
    expect((await t.core.call('reports:settings', {})).numberPattern).toBe('{n}/BC-{abbr}');
  });

  it('pre-fills the text sections: default, then the draft, then the last exported report', async () => {
    const edited = { leadership: 'Đã ban hành Kế hoạch số 15/KH-PTTH.', assessment: 'Tốt.', nextTasks: 'Tiếp tục.', proposals: 'Không.' };
    await t.core.call('reports:saveTexts', { planId: PLAN_ID, texts: edited });
    expect(await t.core.call('reports:texts', { planId: PLAN_ID })).toEqual({ texts: edited, source: 'draft' });
    const preview = await t.core.call('reports:preview', req);
    expect(preview.document.sections[0]!.paragraphs).toEqual(['Đã ban hành Kế hoạch số 15/KH-PTTH.']);

    const entry = await t.core.call('reports:export', { ...req, format: 'docx' });
    expect(await t.core.call('reports:texts', { planId: PLAN_ID })).toEqual({ texts: edited, source: 'previous' });
    expect(entry.relPath).toMatch(/^exports\/bao-cao-259-KH-UBND-2020-07-01-2020-09-30-20201116-030000\.docx$/);
    expect(fs.existsSync(entry.filePath)).toBe(true);
    expect(entry.dataSha256).toBe(preview.dataSha256);
  });

  it('keeps every export in the history, newest first, never reusing a file name', async () => {
    const a = await t.core.call('reports:export', { ...req, format: 'xlsx' });
    const b = await t.core.call('reports:export', { ...req, format: 'xlsx' });
    expect(a.filePath).not.toBe(b.filePath);
    const list = await t.core.call('reports:history', { planId: PLAN_ID });
    expect(list.map((e) => e.id)).toEqual([b.id, a.id].sort().reverse());
    expect(list.every((e) => e.exists && e.format === 'xlsx' && e.actor === 'Nguyễn Văn An')).toBe(true);
    fs.rmSync(a.filePath);
    expect((await t.core.call('reports:history', {})).find((e) => e.id === a.id)!.exists).toBe(false);
  });

  it('opens through the shell when one is registered, otherwise says it did not', async () => {
    const e = await t.core.call('reports:export', { ...req, format: 'csv' });
    expect(await t.core.call('reports:open', { id: e.id, target: 'file' })).toEqual({ path: e.filePath, target: 'file', opened: false });
    const calls: Array<[string, boolean]> = [];
    setFileOpener(async (file, reveal) => {
      calls.push([file, reveal]);
    });
    expect((await t.core.call('reports:open', { id: e.id, target: 'folder' })).opened).toBe(true);
    expect(calls).toEqual([[e.filePath, true]]);
    fs.rmSync(e.filePath);
    await expect(t.core.call('reports:open', { id: e.id, target: 'file' })).rejects.toThrow(/không còn ở vị trí đã lưu/);
  });

  it('applies the cut-off day set for the period type when asked', async () => {
    await t.core.call('reports:saveSettings', { ...DEFAULT_REPORT_SETTINGS, cutoffDays: { month: null, quarter: 14, half: null, year: null } });
    const p = await t.core.call('reports:preview', { ...req, cutoff: true });
    expect(p.document.period).toEqual({ from: '2020-06-15', to: '2020-09-14', label: 'quý III năm 2020 (số liệu từ ngày 15/06/2020 đến ngày 14/09/2020)' });
    const plain = await t.core.call('reports:preview', req);
    expect(plain.document.period.from).toBe('2020-07-01');
    await expect(
      t.core.call('reports:saveSettings', { ...DEFAULT_REPORT_SETTINGS, cutoffDays: { month: 31, quarter: null, half: null, year: null } }),
    ).rejects.toThrow(/từ 1 đến 28/);
  });

  it("prints PDF through the shell's renderer when LibreOffice is absent", async () => {
    const saved = process.env.LTT_SOFFICE;
    process.env.LTT_SOFFICE = 'none';
    try {
      await expect(t.core.call('reports:export', { ...req, format: 'pdf' })).rejects.toThrow(/Không xuất được PDF/);
      setPdfRenderer(async (doc) => Buffer.from(`%PDF-1.7 ${doc.period.label}`));
      const e = await t.core.call('reports:export', { ...req, format: 'pdf' });
      expect(fs.readFileSync(e.filePath, 'utf8')).toBe('%PDF-1.7 quý III năm 2020');
      expect((await t.core.call('reports:history', {})).map((h) => h.format)).toEqual(['pdf']);
    } finally {
      if (saved === undefined) delete process.env.LTT_SOFFICE;
      else process.env.LTT_SOFFICE = saved;
    }
  });

  it('rejects a bad period with a Vietnamese message and writes no file or history', async () => {
    await expect(t.core.call('reports:export', { planId: PLAN_ID, period: '2020-13', format: 'docx' })).rejects.toThrow(/tháng phải từ 01 đến 12/);
    expect(await t.core.call('reports:history', {})).toEqual([]);
    expect(fs.existsSync(path.join(t.dir, 'data', 'exports')) ? fs.readdirSync(path.join(t.dir, 'data', 'exports')) : []).toEqual([]);
  });

  it('checks report settings written through the generic settings:set with the same rules, writing nothing when they fail', async () => {
    const before = await t.core.call('settings:get', {});
    const bad: Array<[Record<string, string>, RegExp]> = [
      [{ 'report.numberPattern': '{foo}/BC' }, /Mẫu số chỉ dùng được/],
      [{ 'report.place': 'x'.repeat(5000) }, /report\.place/],
      [{ 'report.recipients': Array.from({ length: 31 }, (_, i) => `Nơi nhận ${i}`).join('\n') }, /Tối đa 30 nơi nhận/],
      [{ 'report.cutoff.month': '31' }, /từ 1 đến 28/],
      [{ 'report.singer': 'A' }, /không có/],
    ];
    for (const [values, message] of bad) await expect(t.core.call('settings:set', { values }), JSON.stringify(values).slice(0, 40)).rejects.toThrow(message);
    expect(await t.core.call('settings:get', {})).toEqual(before);
    await t.core.call('settings:set', { values: { 'report.signerName': 'Nguyễn Văn B', language: 'vi' } });
    expect((await t.core.call('reports:settings', {})).signerName).toBe('Nguyễn Văn B');
  });
});
