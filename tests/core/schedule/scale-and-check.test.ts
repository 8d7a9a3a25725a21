import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { checkDatabase } from '../../../electron/core/db/check';
import { scheduleCore, seedMaterialisedItems } from './helpers';

let core: Core | null = null;
afterEach(() => {
  core?.close();
  core = null;
});

describe('schedule at scale, and consistency with the change log', () => {
  it('10,000 items: a month and a text search come back with the right rows', async () => {
    const s = await scheduleCore();
    core = s.core;
    const c = s.core;
    seedMaterialisedItems(c.ctx.db, 10_000);
    const may = await c.call('items:list', { filter: { from: '2020-05-01', to: '2020-05-31' } });
    expect(may.length).toBeGreaterThan(800);
    expect(may.every((i) => i.plannedDate >= '2020-05-01' && i.plannedDate <= '2020-05-31')).toBe(true);
    expect(may.map((i) => i.plannedDate)).toEqual([...may.map((i) => i.plannedDate)].sort());
    const found = await c.call('items:list', { filter: { text: 'duong day nong', outlets: ['tv'] } });
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((i) => i.title.startsWith('Đường dây nóng') && i.outlet === 'tv')).toBe(true);
    expect(await c.call('items:list', {})).toHaveLength(10_000);
    const mine = await c.call('items:list', { filter: { person: 'nguyen van an', statuses: ['ready'], from: '2020-03-01', to: '2020-03-31' } });
    expect(mine.every((i) => i.editor === 'Nguyễn Văn An' && i.status === 'ready')).toBe(true);
  });

  it('materialised items and the item↔task side table match a rebuild from the change log (ltt check)', async () => {
    const s = await scheduleCore();
    core = s.core;
    const c = s.core;
    const { itemIds } = await c.call('series:create', {
      kind: 'segment',
      outlet: 'radio',
      title: 'Phát thanh CCHC',
      taskIds: ['task-05', 'task-06'],
      recurrence: { kind: 'weekly', weekdays: [3], intervalWeeks: 2 },
      startDate: '2020-01-01',
      endDate: '2020-06-30',
    });
    await c.call('items:move', { id: itemIds[1]!, date: '2020-01-20' });
    await c.call('items:markDone', { id: itemIds[0]!, at: '2020-01-01' });
    await c.call('items:update', { id: itemIds[2]!, scope: 'following', patch: { taskIds: ['task-07'] } });
    await c.call('items:delete', { id: itemIds[3]! });
    const result = checkDatabase(c.ctx.db);
    expect(result.problems).toEqual([]);
    expect(c.ctx.db.prepare("SELECT COUNT(*) AS n FROM item_tasks WHERE task_id = 'task-07'").get()).toEqual({ n: itemIds.length - 3 });
  });
});
