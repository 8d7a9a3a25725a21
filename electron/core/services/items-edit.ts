import type { CoreContext } from '../context';
import type { ParsedInput } from '../../../shared/contract';
import { AppError } from '../../../shared/contract/errors';
import { episodesInScope } from '../../../shared/domain/schedule/series';
import type { LocalWrite } from '../sync/write-path';
import { itemPatchWrites } from '../schedule/item-writes';
import { listItems } from '../schedule/item-repo';
import { getSeries } from '../schedule/series-repo';
import { assertMovable, requireItem, seriesMoveWrite } from './items-service';

const SERIES_TEMPLATE_GROUPS: Record<string, string> = {
  title: 'content',
  description: 'content',
  topics: 'content',
  outlet: 'content',
  plannedTime: 'schedule',
  durationMin: 'schedule',
  taskIds: 'links',
  editor: 'people',
  producer: 'people',
  notes: 'notes',
};

/**
 * Edit an item. For a series episode the scope decides which episodes change: this one, this and following,
 * or the whole series (open episodes only: done and cancelled ones record what happened). "Whole series" and
 * "this and following" also update the series template, so episodes generated later match.
 */
export function updateItem(ctx: CoreContext, input: ParsedInput<'items:update'>): { updated: string[] } {
  const patch = Object.fromEntries(Object.entries(input.patch).filter(([, v]) => v !== undefined));
  if (Object.keys(patch).length === 0) throw new AppError('invalid_input', 'Không có thay đổi nào để lưu.', { field: 'patch' });
  for (const k of ['editor', 'producer'] as const) if (typeof patch[k] === 'string' && (patch[k] as string).trim() === '') patch[k] = null;
  return ctx.transact(() => {
    const item = requireItem(ctx, input.id);
    const series = item.seriesId ? getSeries(ctx.db, item.seriesId) : null;
    const targets =
      series && input.scope !== 'this'
        ? episodesInScope(
            listItems(ctx.db, { seriesId: series.id }).filter((e) => e.occurrence !== null) as Array<typeof item & { occurrence: string }>,
            { ...item, occurrence: item.occurrence ?? item.plannedDate },
            input.scope,
          )
        : [item];
    const writes: LocalWrite[] = [];
    // A new date moves the chosen item only, checked as a drag is, and written with the rest: one transaction, so a
    // refused move refuses the whole edit and nothing is half saved.
    const { plannedDate, ...shared } = patch as Record<string, unknown> & { plannedDate?: string };
    const moving = typeof plannedDate === 'string' && plannedDate !== item.plannedDate;
    // A series' kind is fixed when it is made (its template has no kind group): episodes change kind one at a time.
    if (series && input.scope !== 'this' && typeof patch.kind === 'string' && patch.kind !== item.kind) {
      throw new AppError('invalid_input', 'Loại: chỉ đổi loại được cho từng kỳ một. Hãy chọn "Chỉ kỳ này" rồi lưu lại.', { field: 'kind' });
    }
    if (series && input.scope !== 'this') delete shared.kind;
    if (moving) {
      if (input.scope !== 'this') {
        throw new AppError('invalid_input', 'Ngày: chỉ dời ngày được cho từng kỳ một. Hãy chọn "Chỉ kỳ này" rồi lưu lại.', { field: 'plannedDate' });
      }
      assertMovable(item, 'plannedDate');
    }
    for (const t of targets) writes.push(...itemPatchWrites(ctx.db, t.id, t.id === item.id && moving ? { ...shared, plannedDate } : shared));
    if (moving) writes.push(...seriesMoveWrite(ctx, item, plannedDate));
    if (series && input.scope !== 'this') {
      const groups = new Map<string, Record<string, unknown>>();
      const current: Record<string, unknown> = { ...series };
      for (const [field, value] of Object.entries(patch)) {
        const g = SERIES_TEMPLATE_GROUPS[field];
        if (!g) continue;
        current[field] = value;
        groups.set(g, {});
      }
      const fieldsOf: Record<string, string[]> = {
        content: ['title', 'description', 'topics', 'outlet'],
        schedule: ['plannedTime', 'durationMin'],
        links: ['taskIds'],
        people: ['editor', 'producer'],
        notes: ['notes'],
      };
      for (const g of groups.keys())
        writes.push({ table: 'series', rowId: series.id, group: g, value: Object.fromEntries(fieldsOf[g]!.map((f) => [f, current[f] ?? null])) });
    }
    if (writes.length > 0) ctx.write(writes);
    return { updated: targets.map((t) => t.id) };
  });
}
