import type { Item } from '../types';
import type { IsoDate } from '../types';

/** What the compliance rules need to know about one item, as of a date. */
export interface ItemFact {
  id: string;
  /** The date it counts at: its planned date (a postponed item carries its new date). Time of day never enters. */
  plannedDate: IsoDate;
  /** Day it was done, only when done on or before as-of; otherwise null. */
  doneAt: IsoDate | null;
  item: Item;
}

/**
 * Cancelled items never count, so they have no fact. "As of" is the end of that day:
 * an item done after it is still only planned.
 */
export function itemFact(item: Item, asOf: IsoDate): ItemFact | null {
  if (item.status === 'cancelled') return null;
  let doneAt: IsoDate | null = null;
  if (item.status === 'done') {
    // A done item without its record (e.g. an older import) is taken as done on its planned day.
    doneAt = item.done?.at ?? item.plannedDate;
    if (doneAt > asOf) doneAt = null;
  }
  return { id: item.id, plannedDate: item.plannedDate, doneAt, item };
}

/** Deterministic order for item lists: planned date, then id (never the order items were created). */
export function compareFacts(a: ItemFact, b: ItemFact): number {
  if (a.plannedDate !== b.plannedDate) return a.plannedDate < b.plannedDate ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
