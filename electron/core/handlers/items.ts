import type { CoreContext } from '../context';
import type { DomainHandlers } from './types';
import type { itemsContract } from '../../../shared/contract/items';
import { AppError } from '../../../shared/contract/errors';
import { newId } from '../../../shared/domain/ids';
import * as items from '../services/items-service';
import { updateItem } from '../services/items-edit';
import { createSeries, requireSeries, rescheduleSeries } from '../services/schedule-series';
import { itemHistory } from '../schedule/history';
import { listSeries } from '../schedule/series-repo';
import { orgsWithItems } from '../schedule/item-repo';
import * as local from '../schedule/local-repo';
import { taskOptions } from '../schedule/plan-tasks';

/** Items and series channels (series channels ride in itemsContract; see shared/contract/series.ts). */
export function itemsHandlers(ctx: CoreContext): DomainHandlers<typeof itemsContract> {
  return {
    'items:list': (input) => items.listFiltered(ctx, input),
    'items:get': ({ id }) => items.requireItem(ctx, id),
    'items:history': ({ id }) => {
      items.requireItem(ctx, id);
      return itemHistory(ctx.db, id);
    },
    'items:mine': () => items.myItems(ctx),
    'items:people': () => items.knownPeople(ctx),
    'items:orgs': () => orgsWithItems(ctx.db),
    'items:create': (input) => items.createItem(ctx, input),
    'items:update': (input) => updateItem(ctx, input),
    'items:move': ({ id, date }) => items.moveItem(ctx, id, date),
    'items:setStatus': (input) => items.setStatus(ctx, input),
    'items:markDone': (input) => items.markDone(ctx, input),
    'items:delete': ({ id }) => {
      items.deleteItem(ctx, id);
      return { deleted: true as const };
    },
    'holidays:list': ({ from, to }) => local.holidaysBetween(ctx.db, from, to),
    'holidays:save': ({ add, remove }) => {
      ctx.transact(() => {
        for (const h of remove) local.removeHoliday(ctx.db, h.date, h.name);
        for (const h of add) local.addHoliday(ctx.db, h.date, h.name);
      });
      ctx.emit({ type: 'changed', payload: { domain: 'holidays' } });
      const dates = [...add, ...remove].map((h) => h.date).sort();
      return dates.length ? local.holidaysBetween(ctx.db, dates[0]!, dates[dates.length - 1]!) : [];
    },
    'items:taskOptions': () => taskOptions(ctx.db),
    'topics:list': () => local.listTopics(ctx.db),
    'topics:save': ({ add, remove }) => {
      // Items keep the topic names they were given; this only changes what the pickers offer.
      ctx.transact(() => {
        for (const t of remove) local.removeTopic(ctx.db, t);
        for (const t of add) local.addTopic(ctx.db, t);
      });
      return local.listTopics(ctx.db);
    },
    'filters:list': () => local.listSavedFilters(ctx.db),
    'filters:save': ({ name, filter }) => {
      const f = { id: local.findFilterByName(ctx.db, name) ?? newId(), name, filter };
      ctx.transact(() => local.saveFilter(ctx.db, f, ctx.actor(), ctx.now().toISOString()));
      return f;
    },
    'filters:delete': ({ id }) => {
      if (!ctx.transact(() => local.deleteFilter(ctx.db, id))) throw new AppError('not_found', 'Không tìm thấy bộ lọc đã lưu này.');
      return { deleted: true as const };
    },
    'series:list': () => listSeries(ctx.db),
    'series:get': ({ id }) => requireSeries(ctx, id),
    'series:create': (input) => createSeries(ctx, input),
    'series:reschedule': (input) => rescheduleSeries(ctx, input),
  };
}
