import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { addItem, complianceCore, PLAN_ID, type ComplianceCore } from '../core/compliance/helpers';
import { ltt } from './helpers/ltt';

let t: ComplianceCore | null = null;
afterEach(() => {
  t?.cleanup();
  t = null;
});

/** The plan with the July episode late, the May article late and the talk show met; the core is closed so the CLI opens the file. */
async function seeded(): Promise<ComplianceCore> {
  const c = await complianceCore();
  const july = await addItem(c.core, { codes: ['05'], planned: '2020-07-25' });
  await c.core.call('items:markDone', { id: july, at: '2020-08-02' });
  const may = await addItem(c.core, { codes: ['02'], planned: '2020-05-20', kind: 'article', outlet: 'print' });
  await c.core.call('items:markDone', { id: may, at: '2020-06-10' });
  await addItem(c.core, { codes: ['03'], planned: '2020-10-15', kind: 'talkshow', outlet: 'radio' });
  c.core.close();
  return c;
}

describe('ltt report --format json', () => {
  it('prints exactly the documented shape', async () => {
    t = await seeded();
    const r = await ltt(t.dbFile, 'report', '--plan', '259/KH-UBND', '--period', '2020', '--as-of', '2020-11-15', '--format', 'json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as Record<string, unknown> & { tasks: Array<Record<string, unknown> & { windows: Array<Record<string, unknown>> }> };
    expect(Object.keys(doc)).toEqual(['plan', 'from', 'to', 'asOf', 'scope', 'tasks', 'totals', 'warnings']);
    // The station's own report: the tasks it has items for (the test plan names no agencies).
    expect(doc.scope).toEqual({ kind: 'organisation', organisation: 'Đài Phát thanh và Truyền hình tỉnh', taskCodes: ['02', '03', '05'] });
    expect(doc).toMatchObject({ plan: { id: PLAN_ID, number: '259/KH-UBND', year: 2020 }, from: '2020-01-01', to: '2020-12-31', asOf: '2020-11-15' });
    for (const task of doc.tasks) {
      expect(Object.keys(task)).toEqual(['code', 'title', 'status', 'required', 'onTime', 'late', 'missing', 'notYetDue', 'extra', 'windows', 'proof']);
      for (const w of task.windows) {
        expect(Object.keys(w)).toEqual(['from', 'to', 'count', 'planned', 'status', 'required', 'onTime', 'late', 'missing', 'notYetDue', 'extra']);
      }
    }
    const byCode = new Map(doc.tasks.map((x) => [x.code, x]));
    expect(byCode.get('02')).toMatchObject({ status: 'late', required: 1, onTime: 0, late: 1, missing: 0, notYetDue: 0, extra: 0 });
    // Planned for 15/10 but never marked done: the window has ended empty.
    expect(byCode.get('03')).toMatchObject({
      status: 'behind',
      windows: [
        { from: '2020-09-01', to: '2020-10-31', count: 1, planned: 1, status: 'missing', required: 1, onTime: 0, late: 0, missing: 1, notYetDue: 0, extra: 0 },
      ],
    });
    expect(byCode.get('05')!.windows[6]).toEqual({
      from: '2020-07-01',
      to: '2020-07-31',
      count: 1,
      planned: 1,
      status: 'late',
      required: 1,
      onTime: 0,
      late: 1,
      missing: 0,
      notYetDue: 0,
      extra: 0,
    });
    // 05 as of 15/11: Jan–Oct ended (July late, nine missing), November and December not yet due.
    expect(byCode.get('05')).toMatchObject({ required: 12, onTime: 0, late: 1, missing: 9, notYetDue: 2, extra: 0 });
    expect(byCode.get('05')!.status).toBe('behind');
    expect(doc.totals).toEqual({
      required: 14,
      onTime: 0,
      late: 2,
      missing: 10,
      notYetDue: 2,
      extra: 0,
      byKind: { segment: 1, article: 1 },
      byOutlet: { tv: 1, print: 1 },
      // Both marked by hand (issue 21: done items split into proven by a log line and marked by hand).
      proof: { byLog: 0, byHand: 2 },
    });
    expect(doc.warnings).toContainEqual(
      expect.objectContaining({
        code: 'nothing-planned',
        taskCode: '05',
        from: '2020-12-01',
        to: '2020-12-31',
        message: 'Nhiệm vụ 05: tháng 12 chưa có kỳ nào được lên lịch',
      }),
    );
  });

  it('takes --from/--to, the plan id, and defaults to json', async () => {
    t = await seeded();
    const r = await ltt(t.dbFile, 'report', '--plan', PLAN_ID, '--from', '2020-07-01', '--to', '2020-08-31', '--as-of', '2020-08-31');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { from: string; to: string; tasks: Array<{ code: string; windows: unknown[] }> };
    expect([doc.from, doc.to]).toEqual(['2020-07-01', '2020-08-31']);
    expect(doc.tasks.find((x) => x.code === '05')!.windows).toHaveLength(2);
  });

  it('--out writes the file (and refuses to overwrite without --force)', async () => {
    t = await seeded();
    const out = path.join(t.dir, 'bao-cao.json');
    const r = await ltt(t.dbFile, 'report', '--plan', '259', '--period', '2020-Q3', '--as-of', '2020-10-05', '--format', 'json', '--out', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(JSON.parse(fs.readFileSync(out, 'utf8'))).toMatchObject({ from: '2020-07-01', to: '2020-09-30', asOf: '2020-10-05' });
    const again = await ltt(t.dbFile, 'report', '--plan', '259', '--period', '2020-Q3', '--format', 'json', '--out', out);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/đã tồn tại/);
    expect((await ltt(t.dbFile, 'report', '--plan', '259', '--period', '2020-Q3', '--out', out, '--force')).code).toBe(0);
  });

  it('refuses bad input with a Vietnamese message and exit 1', async () => {
    t = await seeded();
    const cases: Array<[string[], RegExp]> = [
      [['--period', '2020-Q5'], /Kỳ báo cáo "2020-Q5" không hợp lệ/],
      [['--period', '2020', '--from', '2020-01-01'], /Chỉ chọn một/],
      [['--from', '2020-01-01'], /ngày kết thúc/],
      [['--period', '2020', '--as-of', '2020-02-30'], /Ngày tính đến "2020-02-30" không hợp lệ/],
      [['--period', '2020', '--format', 'odt'], /Định dạng "odt" \(--format\) không được hỗ trợ/],
    ];
    for (const [args, message] of cases) {
      const r = await ltt(t.dbFile, 'report', '--plan', '259/KH-UBND', ...args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr).toMatch(message);
      expect(r.stdout).toBe('');
    }
    const unknown = await ltt(t.dbFile, 'report', '--plan', '999/KH-UBND', '--period', '2020');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/Không tìm thấy kế hoạch "999\/KH-UBND".*259\/KH-UBND \(2020\)/);
    expect((await ltt(t.dbFile, 'report', '--period', '2020')).code).toBe(2);
  });

  it('refuses what makes no sense, in Vietnamese, naming the flag, and writes nothing (issue 16)', async () => {
    t = await seeded();
    const out = (name: string) => path.join(t!.dir, name);
    const cases: Array<[string[], RegExp]> = [
      [['--period', '2019'], /--period 2019.*ngoài thời gian của kế hoạch 259\/KH-UBND \(năm 2020\)/],
      [['--from', '2021-01-01', '--to', '2021-03-31'], /--from 2021-01-01 --to 2021-03-31.*ngoài thời gian/],
      [['--period', '2020', '--format', 'docx', '--out', out('x.xlsx')], /--format docx không khớp với tên tệp --out .*x\.xlsx/],
      [['--period', '2020', '--format', 'csv', '--out', out('x.txt')], /--format csv không khớp/],
      [['--period', '2020', '--format', 'docx', '--out', t.dir, '--force'], /là một thư mục, không phải tệp \(--out\)/],
    ];
    for (const [args, message] of cases) {
      const r = await ltt(t.dbFile, 'report', '--plan', '259', ...args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr, args.join(' ')).toMatch(message);
    }
    expect(fs.existsSync(out('x.xlsx')) || fs.existsSync(out('x.txt'))).toBe(false);
    // The format follows the extension when --format is not given.
    const byExt = await ltt(t.dbFile, 'report', '--plan', '259', '--period', '2020', '--out', out('bao-cao.xlsx'));
    expect(byExt.code).toBe(0);
    expect(fs.readFileSync(out('bao-cao.xlsx')).subarray(0, 2).toString()).toBe('PK');
    // A mistyped --db is not silently a new, empty database.
    const missing = out('khong-co.sqlite');
    const r = await ltt(missing, 'report', '--plan', '259', '--period', '2020');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Không có cơ sở dữ liệu .*khong-co\.sqlite.*\(--db\)/);
    expect(fs.existsSync(missing)).toBe(false);
  });
});
