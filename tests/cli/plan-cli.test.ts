import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { planIdOf } from '../../shared/domain/plan/ids';
import { PLAN_TEXT_FILE, xlsx } from '../core/plans/plan-259-files';
import { itemAddArgs } from './helpers/item-add';
import { ltt } from './helpers/ltt';

function changes(file: string): number {
  const db = new Database(file, { readonly: true });
  const n = (db.prepare('SELECT COUNT(*) AS n FROM change_log').get() as { n: number }).n;
  db.close();
  return n;
}

async function freshDb(): Promise<{ dir: string; file: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ltt-plan-cli-'));
  const file = path.join(dir, 'ltt.sqlite');
  expect((await ltt(file, 'init', '--org', 'Báo Hải Dương', '--user', 'Trần Thị Bình')).code).toBe(0);
  return { dir, file };
}

const PLAN_ID = planIdOf('UBND tỉnh Hải Dương', '259/KH-UBND', 2020);

describe('ltt plan', () => {
  it('import --dry-run writes nothing; import prints { planId, created, updated, warnings }; re-import updates nothing', async () => {
    const { file } = await freshDb();
    const before = changes(file);
    const dry = await ltt(file, '--json', 'plan', 'import', PLAN_TEXT_FILE, '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.json()).toMatchObject({ planId: PLAN_ID, created: 10, updated: 0 });
    expect(changes(file)).toBe(before);

    const real = await ltt(file, '--json', 'plan', 'import', PLAN_TEXT_FILE);
    expect(real.code).toBe(0);
    const out = real.json<{ planId: string; created: number; updated: number; warnings: string[] }>();
    expect(Object.keys(out)).toEqual(['planId', 'created', 'updated', 'warnings']);
    expect(out).toMatchObject({ planId: PLAN_ID, created: 10, updated: 0 });
    expect(out.warnings).toEqual([]);

    const again = await ltt(file, '--json', 'plan', 'import', PLAN_TEXT_FILE);
    expect(again.json()).toEqual({ planId: PLAN_ID, created: 0, updated: 0, warnings: [] });
  });

  it('plan show --json prints the documented shape, by id or by a unique number', async () => {
    const { file } = await freshDb();
    await ltt(file, 'plan', 'import', PLAN_TEXT_FILE);
    const byNumber = await ltt(file, '--json', 'plan', 'show', '259/KH-UBND');
    const byId = await ltt(file, '--json', 'plan', 'show', PLAN_ID);
    const byShort = await ltt(file, '--json', 'plan', 'show', '259');
    expect(byNumber.code).toBe(0);
    expect(byId.stdout).toBe(byNumber.stdout);
    expect(byShort.stdout).toBe(byNumber.stdout);
    const plan = byNumber.json<{ tasks: Array<Record<string, unknown>> } & Record<string, unknown>>();
    expect(Object.keys(plan)).toEqual(['id', 'number', 'year', 'issuer', 'title', 'tasks']);
    expect(plan).toMatchObject({ id: PLAN_ID, number: '259/KH-UBND', year: 2020, issuer: 'UBND tỉnh Hải Dương' });
    expect(plan.tasks).toHaveLength(10);
    expect(Object.keys(plan.tasks[0]!)).toEqual(['id', 'code', 'title', 'product', 'leads', 'partners', 'timeframe', 'cadence']);
    expect(plan.tasks[0]!.cadence).toEqual({ kind: 'ongoing', windows: [] });
    expect(plan.tasks[2]).toMatchObject({
      code: '03',
      leads: ['Sở Nội vụ'],
      partners: ['Đài PTTH', 'các Sở, ngành có liên quan đến nội dung tọa đàm'],
      timeframe: 'Tháng 9,10/2020',
      cadence: { kind: 'windows', windows: [{ from: '2020-09-01', to: '2020-10-31', count: 1 }] },
    });
    expect((plan.tasks[4]!.cadence as { windows: unknown[] }).windows).toHaveLength(12);
    const human = await ltt(file, 'plan', 'show', '259/KH-UBND');
    expect(human.stdout).toContain('03. Tổ chức Tọa đàm về cải cách hành chính');
    expect(human.stdout).toContain('Thời gian: Tháng 9,10/2020 → 1 lần trong tháng 9–10/2020');
  });

  it('init --with-sample loads the built-in plan; plan list shows it', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ltt-plan-cli-'));
    const file = path.join(dir, 'ltt.sqlite');
    expect((await ltt(file, 'init', '--org', 'Đài Phát thanh và Truyền hình tỉnh', '--user', 'An', '--with-sample')).code).toBe(0);
    const list = await ltt(file, '--json', 'plan', 'list');
    expect(list.json<Array<Record<string, unknown>>>()).toEqual([
      expect.objectContaining({ id: PLAN_ID, number: '259/KH-UBND', taskCount: 14, warningCount: 0 }),
    ]);
    expect((await ltt(file, 'plan', 'list')).stdout).toContain('259/KH-UBND  năm 2020  14 nhiệm vụ');
  });

  it('imports an XLSX with --year/--number/--issuer/--title', async () => {
    const { dir, file } = await freshDb();
    const x = path.join(dir, 'bang.xlsx');
    fs.writeFileSync(x, await xlsx());
    const r = await ltt(
      file,
      '--json',
      'plan',
      'import',
      x,
      '--year',
      '2020',
      '--number',
      '259/KH-UBND',
      '--issuer',
      'UBND tỉnh Hải Dương',
      '--title',
      'Kế hoạch CCHC 2020',
    );
    expect(r.code).toBe(0);
    expect(r.json()).toMatchObject({ planId: PLAN_ID, created: 10 });
    expect((await ltt(file, '--json', 'plan', 'show', PLAN_ID)).json()).toMatchObject({ title: 'Kế hoạch CCHC 2020' });
  });

  it('refuses missing files, bad years, unknown plans and broken files with exit 1 and a Vietnamese message, writing nothing', async () => {
    const { dir, file } = await freshDb();
    const before = changes(file);
    const garbage = path.join(dir, 'rac.bin');
    fs.writeFileSync(garbage, Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 97 + 5) % 256)));
    const big = path.join(dir, 'to.csv');
    fs.writeFileSync(big, Buffer.alloc(50 * 1024 * 1024, 65));
    const bare = path.join(dir, 'bare.tsv');
    fs.writeFileSync(bare, 'STT\tNhiệm vụ\tThời gian\n1\tA\tTháng 5/2020\n');
    for (const [args, pattern] of [
      [['plan', 'import', path.join(dir, 'khong-co.txt')], /Không mở được tệp/],
      [['plan', 'import', PLAN_TEXT_FILE, '--year', '20x0'], /--year cần 4 chữ số/],
      [['plan', 'import', garbage], /UTF-8|nhị phân/],
      [['plan', 'import', big], /quá lớn \(50,0 MB\)/],
      [['plan', 'import', bare], /--issuer.*--number/],
      [['plan', 'show', '999/KH-UBND'], /Không tìm thấy kế hoạch «999\/KH-UBND»/],
    ] as const) {
      const r = await ltt(file, ...args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr).toMatch(pattern);
    }
    expect(changes(file)).toBe(before);
  });

  it('one plan lookup for every command: a number two plans share is refused everywhere, naming both', async () => {
    const { file } = await freshDb();
    expect((await ltt(file, 'plan', 'import', PLAN_TEXT_FILE)).code).toBe(0);
    expect((await ltt(file, 'plan', 'import', PLAN_TEXT_FILE, '--year', '2021')).code).toBe(0);
    const id2021 = planIdOf('UBND tỉnh Hải Dương', '259/KH-UBND', 2021);
    const before = changes(file);
    for (const args of [
      ['plan', 'show', '259'],
      ['item', 'list', '--plan', '259'],
      ['item', 'add', '--plan', '259/KH-UBND', '--task', '05', '--kind', 'segment', '--outlet', 'tv', '--date', '2020-05-04', '--title', 'Chuyên mục CCHC'],
      ['plan', 'publish', '259'],
    ]) {
      const r = await ltt(file, ...args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr, args.join(' ')).toContain('Có 2 kế hoạch mang số');
      expect(r.stderr).toContain(PLAN_ID);
      expect(r.stderr).toContain(id2021);
    }
    expect(changes(file)).toBe(before);
    // Named without doubt, the same commands work.
    expect((await ltt(file, '--json', 'plan', 'show', id2021)).json()).toMatchObject({ id: id2021, year: 2021 });
    expect((await ltt(file, 'item', 'list', '--plan', PLAN_ID)).code).toBe(0);
    const missingTask = await ltt(file, ...itemAddArgs({ plan: PLAN_ID, task: '99', kind: 'segment', outlet: 'tv', date: '2020-05-04', title: 'X' }));
    expect(missingTask.code).toBe(1);
    expect(missingTask.stderr).toMatch(/không có nhiệm vụ mã "99"/);
  });
});
