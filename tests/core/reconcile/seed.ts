import type { Core } from '../../../electron/core/core';
import { loadBuiltinPlan } from '../../../electron/core/services/plans-builtin';
import type { Fixture } from '../../fixtures/reconcile/generate';

/**
 * A fixture's plan written into a real core through the items channels: the built-in plan 259/KH-UBND gives the
 * tasks (the fixture's task-05 is its task 05, task-08 its task 08). Returns fixture item id → database id.
 */
export async function seedFixture(core: Core, fx: Fixture): Promise<Map<string, string>> {
  if ((await core.call('items:taskOptions', {})).length === 0) core.ctx.transact(() => loadBuiltinPlan(core.ctx));
  const tasks = await core.call('items:taskOptions', {});
  const taskId = (fixtureTask: string) => tasks.find((t) => t.code === fixtureTask.replace('task-', ''))!.id;
  const ids = new Map<string, string>();
  for (const i of fx.items) {
    const created = await core.call('items:create', {
      kind: fx.outlet === 'tv' ? 'segment' : 'article',
      outlet: i.outlet,
      plannedDate: i.plannedDate,
      plannedTime: i.plannedTime,
      title: i.title,
      topics: [...i.topics],
      taskIds: i.taskIds.map(taskId),
      notes: i.id === 'cchc-1' ? 'Ghi chú của biên tập.' : '',
    });
    ids.set(i.id, created.id);
  }
  return ids;
}

export const b64 = (text: string) => Buffer.from(text).toString('base64');
