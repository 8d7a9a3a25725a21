import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core/core';
import { findSoffice } from '../../electron/core/reports/pdf';
import { addItem, complianceCore, type ComplianceCore } from '../core/compliance/helpers';
import { attrs, findAll, readXml, textOf, unzip } from '../core/reports/ooxml';
import { ltt } from './helpers/ltt';

interface JsonTask {
  code: string;
  title: string;
  status: string;
  required: number | null;
  onTime: number;
  late: number;
  missing: number;
  notYetDue: number;
  extra: number;
}

const COUNTS = ['required', 'onTime', 'late', 'missing', 'notYetDue', 'extra'] as const;

const PERIOD = ['--plan', '259/KH-UBND', '--period', '2020', '--as-of', '2020-11-15'];

let t: ComplianceCore;
let out: string;
let json: { tasks: JsonTask[] };

beforeAll(async () => {
  t = await complianceCore();
  const c = t.core;
  const july = await addItem(c, { codes: ['05'], planned: '2020-07-25', title: 'Chuyên mục tháng 7, “đặc biệt”' });
  await c.call('items:markDone', { id: july, at: '2020-08-02' });
  const june = await addItem(c, { codes: ['05'], planned: '2020-06-24' });
  await c.call('items:markDone', { id: june, at: '2020-06-24' });
  const may = await addItem(c, { codes: ['02'], planned: '2020-05-20', kind: 'article', outlet: 'print', title: 'Bài "ISO", kỳ 1' });
  await c.call('items:markDone', { id: may, at: '2020-06-10' });
  await addItem(c, { codes: ['03'], planned: '2020-10-15', kind: 'talkshow', outlet: 'radio' });
  c.close();
  out = path.join(t.dir, 'out');
  fs.mkdirSync(out);
  const r = await ltt(t.dbFile, 'report', ...PERIOD, '--format', 'json');
  expect(r.code).toBe(0);
  json = JSON.parse(r.stdout) as { tasks: JsonTask[] };
});

afterAll(() => fs.rmSync(t.dir, { recursive: true, force: true }));

const withRequirement = () => json.tasks.filter((x) => x.status !== 'none');

describe('ltt report --format docx|xlsx|csv|pdf', () => {
  it('DOCX: the numbers of every task equal the JSON report', async () => {
    const file = path.join(out, 'bao-cao.docx');
    const r = await ltt(t.dbFile, 'report', ...PERIOD, '--format', 'docx', '--out', file, '--number', '12', '--report-date', '2020-11-16');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Đã ghi .*bao-cao\.docx \(DOCX, \d+ byte; kỳ năm 2020; mã băm dữ liệu SHA-256 [0-9a-f]{64}\)\.\n$/);
    const xml = await readXml(await unzip(fs.readFileSync(file)), 'word/document.xml');
    const all = findAll(xml, 'w:p')
      .map((p) => textOf(p))
      .join('\n');
    expect(all).toContain('Số: 12/BC-PTTH');
    expect(all).toContain('ngày 16 tháng 11 năm 2020');
    const rows = findAll(xml, 'w:tr').map((tr) => findAll([tr], 'w:tc').map((tc) => textOf(tc)));
    for (const task of withRequirement()) {
      const row = rows.find((cells) => cells[1] === `${task.code}. ${task.title}`);
      expect(row, `task ${task.code}`).toBeDefined();
      if (task.status === 'ongoing') expect(row!.slice(4, 10)).toEqual(['Thường xuyên', '–', '–', '–', '–', String(task.extra)]);
      else expect(row!.slice(4, 10)).toEqual(COUNTS.map((k) => String(task[k])));
    }
  });

  it('XLSX: "Tổng hợp" has the same required/done/late per task', async () => {
    const file = path.join(out, 'bao-cao.xlsx');
    const r = await ltt(t.dbFile, 'report', ...PERIOD, '--format', 'xlsx', '--out', file);
    expect(r.code).toBe(0);
    const zip = await unzip(fs.readFileSync(file));
    const strings = findAll(await readXml(zip, 'xl/sharedStrings.xml'), 'si').map((si) => textOf(si, 't'));
    const sheet = await readXml(zip, 'xl/worksheets/sheet1.xml');
    const rows = findAll(sheet, 'row').map((row) =>
      findAll([row], 'c').map((c) => {
        const raw = textOf(c, 'v');
        return attrs(c).t === 's' ? strings[Number(raw)]! : raw;
      }),
    );
    const header = rows[0]!;
    const at = ['Yêu cầu', 'Đúng hạn', 'Trễ hạn', 'Còn thiếu', 'Chưa đến hạn', 'Ngoài yêu cầu'].map((h) => header.indexOf(h));
    for (const task of json.tasks) {
      const row = rows.find((cells) => cells[1] === task.code)!;
      const printed = at.map((i) => row[i]!);
      if (task.required === null) expect(printed[0]).toBe('Thường xuyên');
      else expect(printed.map(Number), `task ${task.code}`).toEqual(COUNTS.map((k) => task[k]));
    }
  });

  it('CSV: on-time and late items per task equal the JSON counts', async () => {
    const file = path.join(out, 'bao-cao.csv');
    const r = await ltt(t.dbFile, 'report', ...PERIOD, '--format', 'csv', '--out', file);
    expect(r.code).toBe(0);
    const text = fs.readFileSync(file, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('"Chuyên mục tháng 7, “đặc biệt”"');
    expect(text).toContain('"Bài ""ISO"", kỳ 1"');
    const lines = text.slice(1).trim().split('\r\n');
    expect(lines).toHaveLength(5); // header + 4 items
    for (const task of withRequirement().filter((x) => x.status !== 'ongoing')) {
      // Text columns are quoted (so a spreadsheet reading quoted fields as text keeps "05").
      const mine = lines.slice(1).filter((l) => l.startsWith(`"${task.code}",`));
      const done = mine.filter((l) => l.includes(',"Đúng hạn",') || l.includes(',"Trễ hạn",')).length;
      expect(done, `task ${task.code}`).toBe(task.onTime + task.late + task.extra);
    }
  });

  it('refuses to overwrite without --force, keeps the file, and overwrites with --force', async () => {
    const file = path.join(out, 'bao-cao.csv');
    fs.writeFileSync(file, 'cũ');
    const refused = await ltt(t.dbFile, 'report', ...PERIOD, '--format', 'csv', '--out', file);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('đã tồn tại');
    expect(fs.readFileSync(file, 'utf8')).toBe('cũ');
    const forced = await ltt(t.dbFile, 'report', ...PERIOD, '--format', 'csv', '--out', file, '--force');
    expect(forced.code).toBe(0);
    expect(fs.readFileSync(file, 'utf8').charCodeAt(0)).toBe(0xfeff);
  });

  it('needs --out for a file format and rejects a bad report date', async () => {
    const noOut = await ltt(t.dbFile, 'report', ...PERIOD, '--format', 'docx');
    expect(noOut.code).toBe(1);
    expect(noOut.stderr).toContain('--out');
    const bad = await ltt(t.dbFile, 'report', ...PERIOD, '--format', 'docx', '--out', path.join(out, 'x.docx'), '--report-date', '2020-02-30');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('Ngày báo cáo "2020-02-30" không hợp lệ');
    expect(fs.existsSync(path.join(out, 'x.docx'))).toBe(false);
  });

  it('PDF without a renderer: a clear Vietnamese error and no file', async () => {
    const saved = process.env.LTT_SOFFICE;
    process.env.LTT_SOFFICE = 'none';
    try {
      const file = path.join(out, 'none.pdf');
      const r = await ltt(t.dbFile, '--json', 'report', ...PERIOD, '--format', 'pdf', '--out', file);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('Không xuất được PDF');
      expect(JSON.parse(r.stdout).error).toMatchObject({ code: 'io_error', details: { reason: 'pdf_renderer_missing' } });
      expect(fs.existsSync(file)).toBe(false);
    } finally {
      if (saved === undefined) delete process.env.LTT_SOFFICE;
      else process.env.LTT_SOFFICE = saved;
    }
  });

  const soffice = findSoffice();
  it.skipIf(!soffice)(
    `PDF with LibreOffice: the totals printed equal the JSON${soffice ? '' : ' — SKIPPED: LibreOffice (soffice) is not installed'}`,
    async () => {
      const file = path.join(out, 'bao-cao.pdf');
      const r = await ltt(t.dbFile, 'report', ...PERIOD, '--format', 'pdf', '--out', file);
      expect(r.code).toBe(0);
      const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
      const sum = (k: (typeof COUNTS)[number]) => json.tasks.reduce((n, x) => n + (x[k] ?? 0), 0);
      expect(text).toMatch(new RegExp(`Tổng cộng\\s+${COUNTS.map(sum).join('\\s+')}`));
    },
    240_000,
  );

  it('records every export in the history with the hash of its data', async () => {
    const core = openCore({ dbFile: t.dbFile, dataDir: path.join(t.dir, 'data') });
    try {
      const history = await core.call('reports:history', {});
      // Refused exports (existing file, bad date, no PDF renderer) leave no history row.
      const formats = history.map((h) => h.format).sort();
      expect(formats).toEqual(soffice ? ['csv', 'csv', 'docx', 'pdf', 'xlsx'] : ['csv', 'csv', 'docx', 'xlsx']);
      for (const h of history) {
        expect(h.dataSha256).toMatch(/^[0-9a-f]{64}$/);
        expect(h.periodLabel).toBe('năm 2020');
        expect(h.actor).toBe('Nguyễn Văn An');
      }
    } finally {
      core.close();
    }
  });
});
