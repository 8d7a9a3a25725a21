import type { CoreContext } from '../context';
import { AppError } from '../../../shared/contract/errors';
import type { SavedFilter } from '../../../shared/contract/items';
import * as local from '../schedule/local-repo';

/**
 * The lists this install keeps for itself (not synced): holidays on the calendar, the topics the pickers offer,
 * saved agenda filters. Each save is one transaction.
 */

type Holiday = { date: string; name: string };

/** Add and remove holidays in one go; the holidays of the touched dates' span come back for the calendar. */
export function saveHolidays(ctx: CoreContext, add: Holiday[], remove: Holiday[]): ReturnType<typeof local.holidaysBetween> {
  ctx.transact(() => {
    for (const h of remove) local.removeHoliday(ctx.db, h.date, h.name);
    for (const h of add) local.addHoliday(ctx.db, h.date, h.name);
  });
  ctx.emit({ type: 'changed', payload: { domain: 'holidays' } });
  const dates = [...add, ...remove].map((h) => h.date).sort();
  return dates.length ? local.holidaysBetween(ctx.db, dates[0]!, dates[dates.length - 1]!) : [];
}

/** Items keep the topic names they were given; this only changes what the pickers offer. */
export function saveTopics(ctx: CoreContext, add: string[], remove: string[]): string[] {
  ctx.transact(() => {
    for (const t of remove) local.removeTopic(ctx.db, t);
    for (const t of add) local.addTopic(ctx.db, t);
  });
  return local.listTopics(ctx.db);
}

/** Save a filter under `name`, replacing the one already saved under that name. */
export function saveFilter(ctx: CoreContext, name: string, filter: SavedFilter['filter']): SavedFilter {
  const f: SavedFilter = { id: local.findFilterByName(ctx.db, name) ?? ctx.newId(), name, filter };
  ctx.transact(() => local.saveFilter(ctx.db, f, ctx.actor(), ctx.now().toISOString()));
  return f;
}

export function deleteFilter(ctx: CoreContext, id: string): { deleted: true } {
  if (!ctx.transact(() => local.deleteFilter(ctx.db, id))) throw new AppError('not_found', 'Không tìm thấy bộ lọc đã lưu này.');
  return { deleted: true };
}
