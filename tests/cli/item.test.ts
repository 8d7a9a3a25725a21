import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core/core';
import { loadBuiltinPlan } from '../../electron/core/services/plans-builtin';
import { changeCount, signedInCore } from './helpers/db';
import { itemAddArgs } from './helpers/item-add';
import { ltt } from './helpers/ltt';

/** A database with an organisation, a user, the built-in plan 259/KH-UBND and two items. */
async function seeded() {
  const { dir, file, core } = await signedInCore();
  core.ctx.transact(() => loadBuiltinPlan(core.ctx));
  const tasks = await core.call('items:taskOptions', {});
  const t05 = tasks.find((t) => t.code === '05')!.id;
  const t06 = tasks.find((t) => t.code === '06')!.id;
  const a = await core.call('items:create', {
    kind: 'segment',
    outlet: 'tv',
    plannedDate: '2020-05-31',
    plannedTime: '19:45',
    title: 'Chuyên mục CCHC tháng 5',
    taskIds: [t05],
  });
  const b = await core.call('items:create', { kind: 'article', outlet: 'print', plannedDate: '2020-06-10', title: 'Bài viết một cửa', taskIds: [t06] });
  core.close();
  return { dir, file, a, b };
}

describe('ltt item', () => {
  it('add → { id }, list by month with the documented fields', async () => {
    const { file } = await seeded();
    const add = await ltt(
      file,
      '--json',
      ...itemAddArgs({ kind: 'talkshow', outlet: 'radio', date: '2020-05-20', time: '09:00', duration: '45', title: 'Tọa đàm về cải cách hành chính' }),
    );
    expect(add.stderr).toBe('');
    expect(add.code).toBe(0);
    const { id } = add.json() as { id: string };
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const list = await ltt(file, '--json', 'item', 'list', '--month', '2020-05');
    expect(list.code).toBe(0);
    expect(list.json()).toEqual([
      {
        id,
        kind: 'talkshow',
        outlet: 'radio',
        title: 'Tọa đàm về cải cách hành chính',
        plannedDate: '2020-05-20',
        plannedTime: '09:00',
        status: 'planned',
        doneAt: null,
        taskCodes: ['05'],
      },
      expect.objectContaining({ kind: 'segment', plannedDate: '2020-05-31', taskCodes: ['05'] }),
    ]);
    const byStatus = await ltt(file, '--json', 'item', 'list', '--from', '2020-01-01', '--to', '2020-12-31', '--status', 'planned');
    expect((byStatus.json() as unknown[]).length).toBe(3);
    const byPlan = await ltt(file, '--json', 'item', 'list', '--plan', '259/KH-UBND', '--month', '2020-06');
    expect((byPlan.json() as Array<{ taskCodes: string[] }>).map((i) => i.taskCodes)).toEqual([['06']]);
    const both = await ltt(file, 'item', 'list', '--month', '2020-06', '--from', '2020-06-01');
    expect(both.code).toBe(2);
    const text = await ltt(file, 'item', 'list', '--month', '2020-06');
    expect(text.stdout).toContain('10/06/2020');
    expect(text.stdout).toContain('Đã lên lịch');
  });

  it('list --org: only that organisation’s items; an unknown org lists nothing, a malformed id is a usage error', async () => {
    const { file, a, b } = await seeded();
    const core = openCore({ dbFile: file });
    const orgs = await core.call('items:orgs', {});
    core.close();
    expect(orgs).toHaveLength(1);
    const mine = await ltt(file, '--json', 'item', 'list', '--org', orgs[0]!.id);
    expect(mine.code).toBe(0);
    expect((mine.json() as Array<{ id: string }>).map((i) => i.id)).toEqual([a.id, b.id]);
    const unknown = await ltt(file, '--json', 'item', 'list', '--org', '00000000-0000-4000-8000-000000000000');
    expect(unknown.code).toBe(0);
    expect(unknown.json()).toEqual([]);
    const text = await ltt(file, 'item', 'list', '--org', 'khong-co-don-vi', '--month', '2020-05');
    expect(text.stdout).toBe('Không có mục nào.\n');
    for (const bad of ['Đài tỉnh', 'a/b', '']) {
      const r = await ltt(file, 'item', 'list', '--org', bad);
      expect(r.code, bad).toBe(2);
      expect(r.stderr, bad).toContain('--org phải là mã đơn vị');
      expect(r.stdout, bad).toBe('');
    }
  });

  it('status and done: moves, records done with evidence; doneAt shows in list', async () => {
    const { file, dir, a } = await seeded();
    expect((await ltt(file, 'item', 'status', a.id, 'in_production')).code).toBe(0);
    const evidence = path.join(dir, 'bang-ghi.txt');
    fs.writeFileSync(evidence, 'minh chứng');
    const done = await ltt(
      file,
      '--json',
      'item',
      'done',
      a.id,
      '--at',
      '2020-05-31 19:50',
      '--duration',
      '15',
      '--link',
      'https://qtv.vn/cchc-5',
      '--evidence',
      evidence,
      '--by',
      'Trần Thị Bình',
    );
    expect(done.code).toBe(0);
    expect(done.json()).toMatchObject({ id: a.id, status: 'done', doneAt: '2020-05-31 19:50' });
    const copied = fs.readdirSync(path.join(dir, 'evidence'), { recursive: true }).map(String);
    expect(copied.some((f) => f.endsWith('bang-ghi.txt'))).toBe(true);
  });

  it('refusals exit 1 with a reason and change nothing', async () => {
    const { file, a, b } = await seeded();
    await ltt(file, 'item', 'done', b.id, '--at', '2020-06-10');
    const before = changeCount(file);
    const cases: Array<[string[], string]> = [
      [['item', 'status', 'khong-co-ma', 'ready'], 'Không tìm thấy mục'],
      [['item', 'status', b.id, 'in_production'], 'Không thể chuyển từ "Đã đăng" sang "Đang sản xuất"'],
      [['item', 'done', a.id, '--at', '2020-02-30 10:00'], 'Ngày không hợp lệ'],
      [['item', 'done', a.id, '--at', '2020-05-31', '--link', 'ftp://bao.vn/a'], 'http'],
      [
        ['item', 'add', '--plan', '999/KH', '--task', '05', '--kind', 'segment', '--outlet', 'tv', '--date', '2020-05-01', '--title', 'X'],
        'Không tìm thấy kế hoạch',
      ],
      [
        ['item', 'add', '--plan', '259/KH-UBND', '--task', '05', '--kind', 'segment', '--outlet', 'tv', '--date', '2020-02-30', '--title', 'X'],
        'Tùy chọn --date: Ngày không hợp lệ: ngày 30/02/2020 không có trong lịch.',
      ],
      [
        ['item', 'add', '--plan', '259/KH-UBND', '--task', '05', '--kind', 'segment', '--outlet', 'tv', '--date', '2020-05-01', '--title', 'Đ'.repeat(301)],
        'Tùy chọn --title: Quá dài (tối đa 300 ký tự).',
      ],
      [['item', 'add', '--plan', '259/KH-UBND', '--task', '05', '--kind', 'podcast', '--outlet', 'tv', '--date', '2020-05-01', '--title', 'X'], 'Loại phải là'],
      [['item', 'status', a.id, 'cancelled'], 'lý do'],
      [['item', 'status', a.id, 'done'], 'ltt item done'],
    ];
    for (const [args, message] of cases) {
      const r = await ltt(file, ...args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr, args.join(' ')).toContain(message);
    }
    const json = await ltt(file, '--json', 'item', 'status', 'khong-co-ma', 'ready');
    expect(json.json()).toMatchObject({ error: { code: 'not_found' } });
    expect(changeCount(file)).toBe(before);
  });

  it('names the flag the user typed, not the field behind it', async () => {
    const { file, dir } = await seeded();
    try {
      const base = ['item', 'add', '--plan', '259', '--task', '05', '--kind', 'segment', '--outlet', 'tv', '--date', '2020-05-01'];
      const empty = await ltt(file, ...base, '--title', '');
      expect(empty.code).toBe(1);
      expect(empty.stderr).toContain('--title');
      expect(empty.stderr).not.toContain('"title"');
      const time = await ltt(file, ...base, '--title', 'Kỳ 1', '--time', '25:00');
      expect(time.stderr).toContain('--time');
      expect(time.stderr).not.toContain('"plannedTime"');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
