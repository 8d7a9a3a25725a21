import { afterEach, describe, expect, it } from 'vitest';
import { buildReportData } from '../../../electron/core/services/compliance-report-data';
import type { Core } from '../../../electron/core/core';
import { AppError } from '../../../shared/contract/errors';
import { addItem, complianceCore, seedPlan, type ComplianceCore } from '../compliance/helpers';
import { exportedFiles } from './helpers';

/**
 * Issue 18, point 3 of "What to build": an item's kind can be changed after creation. The change is a group of its own
 * (never the immutable create group): it travels to another install through a real signed export and import, and a
 * report as of a day before the change still shows the kind the item had then.
 */
const cores: ComplianceCore[] = [];
afterEach(() => cores.splice(0).forEach((c) => c.cleanup()));

async function site(now: string): Promise<ComplianceCore> {
  const c = await complianceCore({ now });
  cores.push(c);
  return c;
}

async function ship(from: Core, to: Core): Promise<void> {
  const files = await exportedFiles(from);
  expect(files.length).toBeGreaterThan(0);
  await to.call('sync:import', { files, trustNew: true });
}

const kindGroups = (c: Core, id: string) =>
  c.ctx.db.prepare("SELECT grp FROM change_log WHERE tbl = 'items' AND row_id = ? AND grp IN ('create', 'kind') ORDER BY hlc").all(id);

describe("an item's kind edited after creation", () => {
  it('is written as its own group, syncs to a second install, and a report as of an earlier day shows the old kind', async () => {
    const a = await site('2020-05-02T03:00:00.000Z');
    const id = await addItem(a.core, { codes: ['02'], planned: '2020-05-20', kind: 'segment', outlet: 'print', title: 'Bài về ISO' });
    a.setNow('2020-05-10T03:00:00.000Z');
    await a.core.call('items:update', { id, patch: { kind: 'article', title: 'Bài về ISO 9001' } });
    expect(await a.core.call('items:get', { id })).toMatchObject({ kind: 'article', title: 'Bài về ISO 9001' });
    expect(kindGroups(a.core, id)).toEqual([{ grp: 'create' }, { grp: 'kind' }]);
    // The same kind again writes nothing (no empty history).
    const before = (a.core.ctx.db.prepare('SELECT COUNT(*) AS n FROM change_log').get() as { n: number }).n;
    await a.core.call('items:update', { id, patch: { kind: 'article' } });
    expect((a.core.ctx.db.prepare('SELECT COUNT(*) AS n FROM change_log').get() as { n: number }).n).toBe(before);

    const history = await a.core.call('items:history', { id });
    expect(history).toContainEqual(expect.objectContaining({ field: 'kind', label: 'Loại', from: 'Chuyên mục', to: 'Bài viết' }));

    // Past-period view: as of 05/05 the item was still a segment; as of 15/05 an article.
    const kindAsOf = (c: Core, asOf: string) => buildReportData(c.ctx, { plan: '259/KH-UBND', period: '2020-05', asOf }).items.find((i) => i.id === id)?.kind;
    expect(kindAsOf(a.core, '2020-05-05')).toBe('segment');
    expect(kindAsOf(a.core, '2020-05-15')).toBe('article');

    // A second install of another organisation receives it through a signed file.
    const b = await site('2020-05-11T03:00:00.000Z');
    seedPlan(b.core);
    await ship(a.core, b.core);
    b.setNow('2020-05-12T03:00:00.000Z');
    const onB = (await b.core.call('items:list', { filter: { from: '2020-05-01', to: '2020-05-31' } })).find((i) => i.id === id);
    expect(onB).toMatchObject({ kind: 'article', title: 'Bài về ISO 9001' });
    expect(b.core.ctx.db.prepare('SELECT kind FROM items WHERE id = ?').get(id)).toEqual({ kind: 'article' });

    // A later change of kind on A wins on B again (the group merges like the others).
    a.setNow('2020-05-13T03:00:00.000Z');
    await a.core.call('items:update', { id, patch: { kind: 'report' } });
    await ship(a.core, b.core);
    expect(b.core.ctx.db.prepare('SELECT kind FROM items WHERE id = ?').get(id)).toEqual({ kind: 'report' });
  });

  it('a new item writes its kind once, in create; creating it is one line of history', async () => {
    const a = await site('2020-05-02T03:00:00.000Z');
    const item = await a.core.call('items:create', {
      kind: 'talkshow',
      outlet: 'tv',
      plannedDate: '2020-09-28',
      plannedTime: '20:00',
      durationMin: 45,
      title: 'Tọa đàm CCHC',
      description: 'Khách mời: Sở Nội vụ',
      topics: ['Cải cách thủ tục hành chính'],
      taskIds: [],
      editor: 'Nguyễn Văn An',
      producer: 'Trần Thị Bình',
      notes: 'Ghi hình trước một ngày',
    });
    expect(kindGroups(a.core, item.id)).toEqual([{ grp: 'create' }]);
    const history = await a.core.call('items:history', { id: item.id });
    expect(history).toEqual([expect.objectContaining({ field: 'create', label: 'Tạo mục', to: 'Tọa đàm' })]);
    a.setNow('2020-05-03T03:00:00.000Z');
    await a.core.call('items:update', { id: item.id, patch: { title: 'Tọa đàm CCHC 2020' } });
    expect((await a.core.call('items:history', { id: item.id })).map((h) => h.field)).toEqual(['create', 'title']);
  });

  it('a series episode changes kind on its own; for several episodes at once it is refused in words', async () => {
    const a = await site('2020-01-02T03:00:00.000Z');
    const { itemIds } = await a.core.call('series:create', {
      kind: 'segment',
      outlet: 'tv',
      title: 'Chuyên mục CCHC',
      taskIds: [],
      recurrence: { kind: 'monthlyDay', day: 5 },
      startDate: '2020-01-01',
      endDate: '2020-04-30',
    });
    let e: unknown = null;
    try {
      await a.core.call('items:update', { id: itemIds[1]!, scope: 'all', patch: { kind: 'news' } });
    } catch (err) {
      e = err;
    }
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).message).toContain('Loại: chỉ đổi loại được cho từng kỳ một');
    await a.core.call('items:update', { id: itemIds[1]!, scope: 'this', patch: { kind: 'news' } });
    const kinds = (await a.core.call('items:list', { filter: { from: '2020-01-01', to: '2020-04-30' } })).map((i) => i.kind);
    expect(kinds).toEqual(['segment', 'news', 'segment', 'segment']);
  });
});
