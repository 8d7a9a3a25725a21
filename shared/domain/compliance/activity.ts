import type { MonthActivity } from '../compliance-types';
import { monthKey } from '../dates';
import { periodMonths } from '../periods';
import type { IsoDate } from '../types';
import { compareFacts, type ItemFact } from './item-facts';

/**
 * Activity of an ongoing task per month of the period, by planned month (as for windows: the month
 * an item belongs to is decided by its planned date, never by a time zone).
 * A month is flagged when it has ended with nothing done, or is not over yet with nothing planned.
 */
export function monthlyActivity(facts: readonly ItemFact[], from: IsoDate, to: IsoDate, asOf: IsoDate): MonthActivity[] {
  const months = periodMonths(from, to);
  const byMonth = new Map<string, ItemFact[]>();
  for (const f of facts) {
    if (f.plannedDate < from || f.plannedDate > to) continue;
    const key = monthKey(f.plannedDate);
    const list = byMonth.get(key);
    if (list) list.push(f);
    else byMonth.set(key, [f]);
  }
  return months.map((m) => {
    const list = (byMonth.get(m.key) ?? []).sort(compareFacts);
    const done = list.filter((f) => f.doneAt !== null).length;
    const ended = m.to <= asOf;
    return {
      month: m.key,
      done,
      planned: list.length,
      flagged: ended ? done === 0 : list.length === 0,
      itemIds: list.map((f) => f.id),
    };
  });
}
