import type { CoreContext } from '../context';
import type { ParsedInput } from '../../../shared/contract';
import type { MyItems, ScheduleItem } from '../../../shared/contract/items';
import { AppError } from '../../../shared/contract/errors';
import { addDays, startOfWeek } from '../../../shared/domain/dates';
import { applyTransition, OPEN_STATUSES, type Transition } from '../../../shared/domain/schedule/workflow';
import { filterItems, type ItemFilter } from '../../../shared/domain/schedule/search';
import { foldVi } from '../../../shared/domain/fold';
import { statusLabel } from '../../../shared/domain/schedule/labels';
import { withMove, withSkip } from '../../../shared/domain/schedule/series';
import { getItem, itemsWithPeople, listItems, peopleNames } from '../schedule/item-repo';
import { itemPatchWrites, newItemWrites, transitionFields } from '../schedule/item-writes';
import { getSeries } from '../schedule/series-repo';
import { taskIdsOfPlan } from '../schedule/plan-tasks';
import { storeEvidenceBytes, type StoredEvidence } from '../schedule/evidence';
import type { LocalWrite } from '../sync/write-path';

export function requireItem(ctx: CoreContext, id: string): ScheduleItem {
  const item = getItem(ctx.db, id);
  if (!item) throw new AppError('not_found', `Không tìm thấy mục có mã "${id}". Có thể mục đã bị xóa; hãy tải lại danh sách.`, { field: 'id' });
  return item;
}

function nullable(s: string | null | undefined): string | null {
  const t = (s ?? '').trim();
  return t === '' ? null : t;
}

export function createItem(ctx: CoreContext, input: ParsedInput<'items:create'>): ScheduleItem {
  const orgId = ctx.requireOrgId();
  const id = ctx.newId();
  ctx.transact(() => {
    ctx.write(
      newItemWrites(id, {
        orgId,
        kind: input.kind,
        seriesId: null,
        occurrence: null,
        createdAt: ctx.now().toISOString(),
        title: input.title,
        description: input.description ?? '',
        topics: input.topics ?? [],
        outlet: input.outlet,
        plannedDate: input.plannedDate,
        plannedTime: input.plannedTime ?? null,
        durationMin: input.durationMin ?? null,
        taskIds: input.taskIds ?? [],
        editor: nullable(input.editor),
        producer: nullable(input.producer),
        notes: input.notes ?? '',
        status: 'planned',
        statusReason: null,
      }),
    );
  });
  return requireItem(ctx, id);
}

/** A series episode's date change is recorded on the series too, so regenerating never puts it back. */
function seriesMoveWrite(ctx: CoreContext, item: ScheduleItem, date: string): LocalWrite[] {
  if (!item.seriesId || !item.occurrence) return [];
  const series = getSeries(ctx.db, item.seriesId);
  if (!series) return [];
  return [{ table: 'series', rowId: series.id, group: 'exceptions', value: { exceptions: withMove(series.exceptions, item.occurrence, date) } }];
}

/** A done or cancelled item keeps its date: what happened is recorded as it happened. */
export function assertMovable(item: ScheduleItem, field = 'date'): void {
  if (item.status === 'done' || item.status === 'cancelled')
    throw new AppError(
      'illegal_transition',
      `Mục "${item.title}" đang ở trạng thái "${statusLabel(item.status, item.outlet)}" nên không dời ngày được. Hãy mở lại mục (kèm lý do) trước.`,
      { field },
    );
}

export { seriesMoveWrite };

export function moveItem(ctx: CoreContext, id: string, date: string): ScheduleItem {
  ctx.transact(() => {
    const item = requireItem(ctx, id);
    assertMovable(item);
    if (item.plannedDate === date) return;
    ctx.write([...itemPatchWrites(ctx.db, id, { plannedDate: date }), ...seriesMoveWrite(ctx, item, date)]);
  });
  return requireItem(ctx, id);
}

function runTransition(ctx: CoreContext, id: string, t: Transition, by: string | null, extra: () => Record<string, unknown> = () => ({})): ScheduleItem {
  ctx.transact(() => {
    const item = requireItem(ctx, id);
    const r = applyTransition(item, t, { today: ctx.today(), now: ctx.now().toISOString(), by });
    if (!r.ok) throw new AppError(r.code, r.message, r.field ? { field: r.field } : undefined);
    const p = r.patch;
    const writes = itemPatchWrites(ctx.db, id, transitionFields(p, item.status === 'done', p.done ? extra() : {}));
    if (p.plannedDate) writes.push(...seriesMoveWrite(ctx, item, p.plannedDate));
    ctx.write(writes);
  });
  return requireItem(ctx, id);
}

export function setStatus(ctx: CoreContext, input: ParsedInput<'items:setStatus'>): ScheduleItem {
  const t: Transition =
    input.status === 'postponed'
      ? (() => {
          if (!input.date) throw new AppError('invalid_input', 'Hoãn cần ngày mới (--date yyyy-MM-dd).', { field: 'date' });
          return { to: 'postponed', newDate: input.date, reason: input.reason ?? null };
        })()
      : input.status === 'cancelled'
        ? { to: 'cancelled', reason: input.reason ?? '' }
        : input.status === 'planned'
          ? { to: 'planned', reason: input.reason ?? null }
          : { to: input.status };
  return runTransition(ctx, input.id, t, ctx.actor());
}

/** `stored`: evidence already copied in (a log file proving many items is stored once, by reconcile). */
export function markDone(ctx: CoreContext, input: ParsedInput<'items:markDone'>, stored: StoredEvidence | null = null): ScheduleItem {
  requireItem(ctx, input.id);
  // Check the transition before copying any file, so a refused call leaves nothing behind.
  const probe = applyTransition(
    requireItem(ctx, input.id),
    { to: 'done', record: { ...input, link: input.link ?? null } },
    {
      today: ctx.today(),
      now: ctx.now().toISOString(),
      by: null,
    },
  );
  if (!probe.ok) throw new AppError(probe.code, probe.message, probe.field ? { field: probe.field } : undefined);
  const evidence = input.evidence ? storeEvidenceBytes(ctx.dataDir, input.evidence.fileName, Buffer.from(input.evidence.contentBase64, 'base64')) : stored;
  const by = nullable(input.by) ?? ctx.actor();
  return runTransition(
    ctx,
    input.id,
    {
      to: 'done',
      record: {
        at: input.at,
        time: input.time ?? null,
        durationMin: input.durationMin ?? null,
        slot: input.slot ?? null,
        issueNo: input.issueNo ?? null,
        page: input.page ?? null,
        link: input.link ?? null,
      },
    },
    by,
    () => ({ evidenceFile: evidence?.relativePath ?? null, evidenceSha256: evidence?.sha256 ?? null }),
  );
}

export function deleteItem(ctx: CoreContext, id: string): void {
  ctx.transact(() => {
    const item = requireItem(ctx, id);
    if (item.status === 'done')
      throw new AppError(
        'illegal_transition',
        `Mục "${item.title}" đã ${statusLabel('done', item.outlet).toLowerCase()}: không xóa được. Hãy mở lại trước nếu thật sự cần xóa.`,
      );
    const writes: LocalWrite[] = [{ table: 'items', rowId: id, group: 'deleted', value: { deleted: true } }];
    if (item.seriesId && item.occurrence) {
      const series = getSeries(ctx.db, item.seriesId);
      if (series) writes.push({ table: 'series', rowId: series.id, group: 'exceptions', value: { exceptions: withSkip(series.exceptions, item.occurrence) } });
    }
    ctx.write(writes);
  });
}

/** Range, status, organisation and plan narrow in SQL (indexes); the rest of the filter (text, person…) runs on the rows. */
export function listFiltered(ctx: CoreContext, input: { filter?: ItemFilter; planId?: string; limit?: number }): ScheduleItem[] {
  const f = input.filter ?? {};
  const rows = listItems(ctx.db, {
    from: f.from,
    to: f.to,
    statuses: f.statuses,
    orgIds: f.orgIds,
    planTaskIds: input.planId ? taskIdsOfPlan(ctx.db, input.planId) : undefined,
  });
  const out = filterItems(rows, { ...f, from: undefined, to: undefined, statuses: undefined, orgIds: undefined });
  return input.limit ? out.slice(0, input.limit) : out;
}

/** The current user's open items: overdue (before today) and due this week (Monday-first). */
export function myItems(ctx: CoreContext): MyItems {
  const person = ctx.actor();
  if (!person) return { person: null, overdue: [], thisWeek: [] };
  const today = ctx.today();
  const weekEnd = addDays(startOfWeek(today), 6);
  // "trần thị bình" typed in a form is Trần Thị Bình: names match without accents or case (architecture.md).
  const me = foldVi(person);
  const items = itemsWithPeople(ctx.db, weekEnd, OPEN_STATUSES).filter((i) => foldVi(i.editor ?? '') === me || foldVi(i.producer ?? '') === me);
  return {
    person,
    overdue: items.filter((i) => i.plannedDate < today),
    thisWeek: items.filter((i) => i.plannedDate >= today),
  };
}

/**
 * The organisation's people for the editor and producer pickers: this computer's users first, then the other names
 * written on items, each in Vietnamese order; one spelling per person, matched accent- and case-insensitively
 * (the user's own spelling wins over "trần thị bình" typed in a form).
 */
export function knownPeople(ctx: CoreContext): string[] {
  const collator = new Intl.Collator('vi');
  const byFold = new Map<string, { name: string; user: boolean }>();
  for (const p of peopleNames(ctx.db)) {
    const key = foldVi(p.name);
    const seen = byFold.get(key);
    if (key && (!seen || (p.user && !seen.user))) byFold.set(key, { name: p.name.trim(), user: p.user });
  }
  const sorted = (user: boolean) =>
    [...byFold.values()]
      .filter((p) => p.user === user)
      .map((p) => p.name)
      .sort(collator.compare);
  return [...sorted(true), ...sorted(false)];
}
