import type { IsoDate, Item, ItemKind, ItemStatus, Outlet } from '../types';

import { foldVi } from '../fold';

/** Every word of the query appears (folded) somewhere in the text. Empty query matches everything. */
export function matchesText(haystack: string, query: string): boolean {
  const words = foldVi(query)
    .split(' ')
    .filter((w) => w.length > 0);
  if (words.length === 0) return true;
  const h = foldVi(haystack);
  return words.every((w) => h.includes(w));
}

export interface ItemFilter {
  text?: string;
  outlets?: Outlet[];
  kinds?: ItemKind[];
  statuses?: ItemStatus[];
  /** Items serving any of these plan tasks. */
  taskIds?: string[];
  /** Only items that serve no plan task (they count nowhere in Theo dõi or the report). */
  noTask?: boolean;
  /** Editor or producer (accent-insensitive, whole or partial name). */
  person?: string;
  /** Planned date range, inclusive. */
  from?: IsoDate;
  to?: IsoDate;
  /** Items of any of these organisations (Home Affairs reads one organisation's schedule at a time). */
  orgIds?: string[];
}

type Filterable = Pick<
  Item,
  'orgId' | 'title' | 'description' | 'notes' | 'topics' | 'outlet' | 'kind' | 'status' | 'taskIds' | 'editor' | 'producer' | 'plannedDate'
>;

/** What the text search looks in. */
function searchText(item: Filterable): string {
  return [item.title, item.description, item.notes, item.topics.join(' '), item.editor ?? '', item.producer ?? ''].join(' \n ');
}

const nonEmpty = <T>(xs: readonly T[] | undefined): xs is readonly T[] => xs !== undefined && xs.length > 0;

/** One predicate per criterion; an absent or empty criterion does not filter. */
export function matchesFilter(item: Filterable, f: ItemFilter): boolean {
  if (nonEmpty(f.orgIds) && !f.orgIds.includes(item.orgId)) return false;
  if (nonEmpty(f.outlets) && !f.outlets.includes(item.outlet)) return false;
  if (nonEmpty(f.kinds) && !f.kinds.includes(item.kind)) return false;
  if (nonEmpty(f.statuses) && !f.statuses.includes(item.status)) return false;
  if (nonEmpty(f.taskIds) && !item.taskIds.some((t) => f.taskIds!.includes(t))) return false;
  if (f.noTask === true && item.taskIds.length > 0) return false;
  if (f.from !== undefined && item.plannedDate < f.from) return false;
  if (f.to !== undefined && item.plannedDate > f.to) return false;
  if (f.person !== undefined && foldVi(f.person) !== '') {
    const p = foldVi(f.person);
    if (![item.editor, item.producer].some((n) => n !== null && foldVi(n).includes(p))) return false;
  }
  if (f.text !== undefined && !matchesText(searchText(item), f.text)) return false;
  return true;
}

export function filterItems<T extends Filterable>(items: readonly T[], f: ItemFilter): T[] {
  return items.filter((i) => matchesFilter(i, f));
}

/** True when the filter has no criterion at all. */
export function isEmptyFilter(f: ItemFilter): boolean {
  return (
    !nonEmpty(f.orgIds) &&
    !nonEmpty(f.outlets) &&
    !nonEmpty(f.kinds) &&
    !nonEmpty(f.statuses) &&
    !nonEmpty(f.taskIds) &&
    f.noTask !== true &&
    (f.person ?? '').trim() === '' &&
    (f.text ?? '').trim() === '' &&
    f.from === undefined &&
    f.to === undefined
  );
}
