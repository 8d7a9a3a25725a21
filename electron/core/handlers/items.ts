import type { CoreContext } from '../context';
import type { DomainHandlers } from './types';
import type { itemsContract } from '../../../shared/contract/items';
import * as items from '../services/items-service';
import { updateItem } from '../services/items-edit';
import { createSeries, requireSeries, rescheduleSeries } from '../services/schedule-series';
import { itemHistory } from '../schedule/history';
import { listSeries } from '../schedule/series-repo';
import { orgsWithItems } from '../schedule/item-repo';
import * as local from '../schedule/local-repo';
import * as lists from '../services/local-lists-service';
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
    'holidays:save': ({ add, remove }) => lists.saveHolidays(ctx, add, remove),
    'items:taskOptions': () => taskOptions(ctx.db),
    'topics:list': () => local.listTopics(ctx.db),
    'topics:save': ({ add, remove }) => lists.saveTopics(ctx, add, remove),
    'filters:list': () => local.listSavedFilters(ctx.db),
    'filters:save': ({ name, filter }) => lists.saveFilter(ctx, name, filter),
    'filters:delete': ({ id }) => lists.deleteFilter(ctx, id),
    'series:list': () => listSeries(ctx.db),
    'series:get': ({ id }) => requireSeries(ctx, id),
    'series:create': (input) => createSeries(ctx, input),
    'series:reschedule': (input) => rescheduleSeries(ctx, input),
  };
}
