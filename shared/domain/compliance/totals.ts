import type { ComplianceTotals } from '../compliance-types';
import { ITEM_KINDS, OUTLETS, type IsoDate, type ItemKind, type Outlet } from '../types';
import type { ItemFact } from './item-facts';

/** Items serving the plan in the period (planned date inside it), each counted once. */
export function computeTotals(facts: Iterable<ItemFact>, from: IsoDate, to: IsoDate): ComplianceTotals {
  const kinds = new Map<ItemKind, number>();
  const outlets = new Map<Outlet, number>();
  let done = 0;
  let planned = 0;
  for (const f of facts) {
    if (f.plannedDate < from || f.plannedDate > to) continue;
    planned += 1;
    if (f.doneAt === null) continue;
    done += 1;
    kinds.set(f.item.kind, (kinds.get(f.item.kind) ?? 0) + 1);
    outlets.set(f.item.outlet, (outlets.get(f.item.outlet) ?? 0) + 1);
  }
  // Keys in the fixed kind/outlet order so the JSON never depends on item order.
  const byKind: Partial<Record<ItemKind, number>> = {};
  for (const k of ITEM_KINDS) if (kinds.has(k)) byKind[k] = kinds.get(k)!;
  const byOutlet: Partial<Record<Outlet, number>> = {};
  for (const o of OUTLETS) if (outlets.has(o)) byOutlet[o] = outlets.get(o)!;
  return { byKind, byOutlet, done, planned };
}
