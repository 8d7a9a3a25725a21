import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../electron/core/core';
import { ship, signIn, tempDir } from './helpers';

const cores: Core[] = [];
afterEach(() => cores.splice(0).forEach((c) => c.close()));

async function site(name: string, user: string): Promise<Core> {
  const dir = tempDir();
  const core = openCore({ dbFile: path.join(dir, `${name}.sqlite`), now: () => new Date('2020-06-30T03:00:00.000Z') });
  cores.push(core);
  await signIn(core, user);
  return core;
}

describe('the schedule travels between installs', () => {
  it('a series, a move and a done record made on one install show the same on the other, history included', async () => {
    const a = await site('a', 'Nguyễn Văn An');
    const b = await site('b', 'Trần Thị Bình');
    const { itemIds } = await a.call('series:create', {
      kind: 'segment',
      outlet: 'tv',
      title: 'Chuyên mục CCHC',
      taskIds: ['task-05'],
      recurrence: { kind: 'monthlyDay', day: 5 },
      startDate: '2020-01-01',
      endDate: '2020-06-30',
    });
    await a.call('items:move', { id: itemIds[1]!, date: '2020-02-07' });
    await a.call('items:markDone', { id: itemIds[0]!, at: '2020-01-05', slot: 'Thời sự tối' });
    await ship(a, b);

    const onB = await b.call('items:list', { filter: { from: '2020-01-01', to: '2020-06-30' } });
    expect(onB.map((i) => i.plannedDate)).toEqual(['2020-01-05', '2020-02-07', '2020-03-05', '2020-04-05', '2020-05-05', '2020-06-05']);
    expect(onB[0]!.done).toMatchObject({ at: '2020-01-05', slot: 'Thời sự tối', markedBy: 'Nguyễn Văn An' });
    expect((await b.call('series:get', { id: onB[0]!.seriesId! })).exceptions).toEqual([{ occurrence: '2020-02-05', action: 'move', date: '2020-02-07' }]);
    expect(b.ctx.db.prepare("SELECT COUNT(*) AS n FROM item_tasks WHERE task_id = 'task-05'").get()).toEqual({ n: 6 });
    const history = await b.call('items:history', { id: itemIds[1]! });
    expect(history).toContainEqual(expect.objectContaining({ field: 'plannedDate', from: '05/02/2020', to: '07/02/2020', actor: 'Nguyễn Văn An' }));
  });
});
