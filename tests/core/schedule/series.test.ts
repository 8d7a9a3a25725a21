import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { AppError } from '../../../shared/contract/errors';
import { scheduleCore } from './helpers';

let core: Core | null = null;
afterEach(() => {
  core?.close();
  core = null;
});

async function monthlyColumn() {
  const s = await scheduleCore();
  core = s.core;
  const created = await s.core.call('series:create', {
    kind: 'segment',
    outlet: 'tv',
    title: 'Chuyên mục Cải cách hành chính',
    taskIds: ['task-05'],
    recurrence: { kind: 'monthlyDay', day: 31 },
    startDate: '2020-01-01',
    endDate: '2020-12-31',
    plannedTime: '19:45',
    durationMin: 15,
    editor: 'Nguyễn Văn An',
  });
  return { ...s, ...created };
}

describe('series on a real database', () => {
  it('creates the monthly TV column for 2020: one episode a month, clamped to short months', async () => {
    const { core: c, itemIds } = await monthlyColumn();
    expect(itemIds).toHaveLength(12);
    const items = await c.call('items:list', { filter: { from: '2020-01-01', to: '2020-12-31' } });
    expect(items.map((i) => i.plannedDate)).toEqual([
      '2020-01-31',
      '2020-02-29',
      '2020-03-31',
      '2020-04-30',
      '2020-05-31',
      '2020-06-30',
      '2020-07-31',
      '2020-08-31',
      '2020-09-30',
      '2020-10-31',
      '2020-11-30',
      '2020-12-31',
    ]);
    expect(items.every((i) => i.plannedTime === '19:45' && i.taskIds[0] === 'task-05' && i.occurrence === i.plannedDate)).toBe(true);
  });

  it('moving one episode records an exception and keeps it through a whole-series reschedule', async () => {
    const { core: c, itemIds, series } = await monthlyColumn();
    await c.call('items:move', { id: itemIds[2]!, date: '2020-03-27' });
    expect((await c.call('series:get', { id: series.id })).exceptions).toEqual([{ occurrence: '2020-03-31', action: 'move', date: '2020-03-27' }]);
    // Changing time for the whole series does not move anything back.
    await c.call('items:update', { id: itemIds[0]!, scope: 'all', patch: { plannedTime: '20:00' } });
    const r = await c.call('series:reschedule', { id: series.id, recurrence: { kind: 'monthlyDay', day: 31 } });
    expect(r).toMatchObject({ created: 0, removed: 0 });
    const march = await c.call('items:list', { filter: { from: '2020-03-01', to: '2020-03-31' } });
    expect(march.map((i) => [i.plannedDate, i.plannedTime])).toEqual([['2020-03-27', '20:00']]);
  });

  it('edit this / this and following / whole series; done episodes are never rewritten', async () => {
    const { core: c, itemIds } = await monthlyColumn();
    await c.call('items:markDone', { id: itemIds[0]!, at: '2020-01-31', durationMin: 15 });
    await c.call('items:update', { id: itemIds[3]!, scope: 'this', patch: { title: 'Kỳ tháng 4: đường dây nóng' } });
    await c.call('items:update', { id: itemIds[6]!, scope: 'following', patch: { producer: 'Trần Thị Bình' } });
    const r = await c.call('items:update', { id: itemIds[1]!, scope: 'all', patch: { durationMin: 20 } });
    expect(r.updated).toHaveLength(11);
    const items = await c.call('items:list', { filter: { from: '2020-01-01', to: '2020-12-31' } });
    expect(items.filter((i) => i.title.startsWith('Kỳ tháng 4')).map((i) => i.plannedDate)).toEqual(['2020-04-30']);
    expect(items.filter((i) => i.producer === 'Trần Thị Bình').map((i) => i.plannedDate.slice(5, 7))).toEqual(['07', '08', '09', '10', '11', '12']);
    expect(items[0]!.durationMin).toBe(15);
    expect(items.slice(1).every((i) => i.durationMin === 20)).toBe(true);
  });

  it('reschedules "this and following": earlier episodes stay, untouched later ones follow the new rule', async () => {
    const { core: c, itemIds, series } = await monthlyColumn();
    await c.call('items:setStatus', { id: itemIds[8]!, status: 'in_production' }); // September, worked on: kept
    const r = await c.call('series:reschedule', { id: series.id, fromDate: '2020-07-01', recurrence: { kind: 'monthlyWeekday', nth: 2, weekday: 2 } });
    expect(r.series.id).not.toBe(series.id);
    const items = await c.call('items:list', { filter: { from: '2020-01-01', to: '2020-12-31' } });
    expect(items.map((i) => i.plannedDate)).toEqual([
      '2020-01-31',
      '2020-02-29',
      '2020-03-31',
      '2020-04-30',
      '2020-05-31',
      '2020-06-30',
      '2020-07-14',
      '2020-08-11',
      '2020-09-08',
      '2020-09-30',
      '2020-10-13',
      '2020-11-10',
      '2020-12-08',
    ]);
    expect(r).toMatchObject({ created: 6, removed: 5, kept: 1 });
    expect((await c.call('series:get', { id: series.id })).endDate).toBe('2020-06-30');
  });

  it('deleting an episode skips it in the series; a rule without episodes is refused', async () => {
    const { core: c, itemIds, series } = await monthlyColumn();
    await c.call('items:delete', { id: itemIds[4]! });
    expect((await c.call('series:get', { id: series.id })).exceptions).toEqual([{ occurrence: '2020-05-31', action: 'skip' }]);
    const r = await c.call('series:reschedule', { id: series.id, recurrence: { kind: 'monthlyDay', day: 31 } });
    expect(r.created).toBe(0);
    let error: AppError | null = null;
    try {
      await c.call('series:create', {
        kind: 'segment',
        outlet: 'tv',
        title: 'X',
        recurrence: { kind: 'monthlyWeekday', nth: 5, weekday: 1 },
        startDate: '2021-02-01',
        endDate: '2021-02-28',
      });
    } catch (e) {
      error = e as AppError;
    }
    expect(error?.message).toContain('không tạo ra kỳ nào');
  });
});
