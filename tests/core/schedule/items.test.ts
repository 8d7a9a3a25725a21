import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { AppError } from '../../../shared/contract/errors';
import { scheduleCore } from './helpers';

let core: Core | null = null;
afterEach(() => {
  core?.close();
  core = null;
});

async function setup() {
  const s = await scheduleCore();
  core = s.core;
  return s;
}

async function refused(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (e) {
    return e as AppError;
  }
  throw new Error('expected a refusal');
}

function changeCount(c: Core): number {
  return (c.ctx.db.prepare('SELECT COUNT(*) AS n FROM change_log').get() as { n: number }).n;
}

describe('items service on a real database', () => {
  it('creates, lists by range, moves and keeps history of who changed what', async () => {
    const { core: c } = await setup();
    const item = await c.call('items:create', {
      kind: 'article',
      outlet: 'print',
      plannedDate: '2020-05-12',
      title: 'Một cửa liên thông ở cấp xã',
      topics: ['Một cửa, một cửa liên thông'],
      taskIds: ['task-06'],
      editor: 'Nguyễn Văn An',
    });
    expect(item).toMatchObject({ status: 'planned', plannedDate: '2020-05-12', outlet: 'print', taskIds: ['task-06'], done: null });
    expect(await c.call('items:list', { filter: { from: '2020-05-01', to: '2020-05-31' } })).toHaveLength(1);
    expect(await c.call('items:list', { filter: { from: '2020-06-01', to: '2020-06-30' } })).toHaveLength(0);
    expect(await c.call('items:list', { filter: { text: 'mot cua lien thong' } })).toHaveLength(1);

    await c.call('items:move', { id: item.id, date: '2020-05-19' });
    const history = await c.call('items:history', { id: item.id });
    expect(history[0]).toMatchObject({ field: 'create', actor: 'Nguyễn Văn An' });
    expect(history).toContainEqual(expect.objectContaining({ field: 'plannedDate', from: '12/05/2020', to: '19/05/2020', actor: 'Nguyễn Văn An' }));
    // The side table for "items of a task" follows taskIds.
    expect(c.ctx.db.prepare('SELECT task_id FROM item_tasks WHERE item_id = ?').all(item.id)).toEqual([{ task_id: 'task-06' }]);
  });

  it('walks the workflow, records done with evidence copied and hashed, and refuses illegal moves without writing', async () => {
    const { core: c, dir } = await setup();
    const item = await c.call('items:create', { kind: 'segment', outlet: 'tv', plannedDate: '2020-05-05', title: 'Chuyên mục CCHC tháng 5' });
    await c.call('items:setStatus', { id: item.id, status: 'in_production' });
    const evidence = path.join(dir, 'ghi-hinh.txt');
    fs.writeFileSync(evidence, 'bản ghi phát sóng');
    const done = await c.call('items:markDone', {
      id: item.id,
      at: '2020-05-05',
      time: '19:45',
      durationMin: 15,
      slot: 'Sau Thời sự tối',
      evidence: { fileName: 'ghi-hinh.txt', contentBase64: fs.readFileSync(evidence).toString('base64') },
      by: 'Trần Thị Bình',
    });
    expect(done.status).toBe('done');
    expect(done.done).toMatchObject({
      at: '2020-05-05',
      time: '19:45',
      durationMin: 15,
      slot: 'Sau Thời sự tối',
      markedBy: 'Trần Thị Bình',
      markedAt: '2020-06-30T03:00:00.000Z',
    });
    const sha = crypto.createHash('sha256').update(fs.readFileSync(evidence)).digest('hex');
    expect(done.done?.evidenceSha256).toBe(sha);
    const copied = path.join(dir, 'data', done.done!.evidenceFile!);
    expect(fs.readFileSync(copied, 'utf8')).toBe('bản ghi phát sóng');

    const before = changeCount(c);
    const e = await refused(c.call('items:setStatus', { id: item.id, status: 'in_production' }));
    expect(e.code).toBe('illegal_transition');
    expect(e.message).toContain('Không thể chuyển từ "Đã phát sóng" sang "Đang sản xuất"');
    const move = await refused(c.call('items:move', { id: item.id, date: '2020-05-06' }));
    expect(move.code).toBe('illegal_transition');
    expect(changeCount(c)).toBe(before);

    const reopened = await c.call('items:setStatus', { id: item.id, status: 'planned', reason: 'Phát nhầm bản dựng' });
    expect(reopened).toMatchObject({ status: 'planned', statusReason: 'Phát nhầm bản dựng', done: null });
    const history = await c.call('items:history', { id: item.id });
    expect(history).toContainEqual(expect.objectContaining({ field: 'status', from: 'Đã phát sóng', to: 'Đã lên lịch' }));
    expect(history).toContainEqual(expect.objectContaining({ field: 'doneSlot', from: 'Sau Thời sự tối', to: null }));
  });

  it('refuses unknown ids, impossible dates and non-http links with Vietnamese messages, changing nothing', async () => {
    const { core: c } = await setup();
    const item = await c.call('items:create', { kind: 'news', outlet: 'online', plannedDate: '2020-05-05', title: 'Tin CCHC' });
    const before = changeCount(c);
    expect((await refused(c.call('items:get', { id: 'khong-co' }))).code).toBe('not_found');
    const bad = await refused(c.call('items:markDone', { id: item.id, at: '2020-02-30' }));
    expect(bad.code).toBe('invalid_input');
    expect(bad.message).toContain('Ngày không hợp lệ');
    const link = await refused(c.call('items:markDone', { id: item.id, at: '2020-05-05', link: 'ftp://bao.vn/1' }));
    expect(link.message).toContain('http');
    const future = await refused(c.call('items:markDone', { id: item.id, at: '2020-07-02' }));
    // A path is never accepted: the caller sends the file's bytes.
    const byPath = await refused(c.call('items:markDone', { id: item.id, at: '2020-05-05', evidencePath: '/etc/passwd' } as never));
    expect(byPath.code).toBe('invalid_input');
    expect(future.message).toContain('tương lai');
    const noDate = await refused(c.call('items:setStatus', { id: item.id, status: 'postponed' }));
    expect(noDate.details?.field).toBe('date');
    const cancel = await refused(c.call('items:setStatus', { id: item.id, status: 'cancelled' }));
    expect(cancel.message).toContain('lý do');
    expect(changeCount(c)).toBe(before);
  });

  it('postpones to a later date; "my items" lists overdue and this week for the current user', async () => {
    const { core: c } = await setup();
    const a = await c.call('items:create', {
      kind: 'report',
      outlet: 'radio',
      plannedDate: '2020-06-20',
      title: 'Phóng sự bưu chính công ích',
      producer: 'Nguyễn Văn An',
    });
    await c.call('items:create', { kind: 'report', outlet: 'radio', plannedDate: '2020-07-01', title: 'Tuần này', editor: 'Nguyễn Văn An' });
    await c.call('items:create', { kind: 'report', outlet: 'radio', plannedDate: '2020-07-01', title: 'Của người khác', editor: 'Lê Bình' });
    await c.call('items:create', { kind: 'report', outlet: 'radio', plannedDate: '2020-07-10', title: 'Tuần sau', editor: 'Nguyễn Văn An' });
    const mine = await c.call('items:mine', {});
    expect(mine.person).toBe('Nguyễn Văn An');
    expect(mine.overdue.map((i) => i.title)).toEqual(['Phóng sự bưu chính công ích']);
    expect(mine.thisWeek.map((i) => i.title)).toEqual(['Tuần này']);
    const p = await c.call('items:setStatus', { id: a.id, status: 'postponed', date: '2020-07-03', reason: 'Chờ phỏng vấn' });
    expect(p).toMatchObject({ status: 'postponed', plannedDate: '2020-07-03', statusReason: 'Chờ phỏng vấn' });
  });

  it('saves and lists filters, lists seeded holidays and topics', async () => {
    const { core: c } = await setup();
    const f = await c.call('filters:save', { name: 'Truyền hình đã xong', filter: { outlets: ['tv'], statuses: ['done'] } });
    expect(await c.call('filters:list', {})).toEqual([f]);
    const again = await c.call('filters:save', { name: 'Truyền hình đã xong', filter: { outlets: ['tv'] } });
    expect(again.id).toBe(f.id);
    const h = await c.call('holidays:list', { from: '2020-01-01', to: '2020-01-31' });
    expect(h.map((x) => x.date)).toEqual(['2020-01-01', '2020-01-24', '2020-01-25', '2020-01-26', '2020-01-27', '2020-01-28']);
    await c.call('holidays:save', { add: [{ date: '2020-11-20', name: 'Ngày Nhà giáo Việt Nam' }], remove: [] });
    expect((await c.call('holidays:list', { from: '2020-11-01', to: '2020-11-30' })).map((x) => x.name)).toEqual(['Ngày Nhà giáo Việt Nam']);
    expect(await c.call('topics:list', {})).toContain('Đường dây nóng');
  });
});
