import type { CoreContext } from '../context';
import type { ParsedInput } from '../../../shared/contract';
import type { Series } from '../../../shared/contract/series';
import { AppError } from '../../../shared/contract/errors';
import { addDays } from '../../../shared/domain/dates';
import { validateRule, type SeriesRule } from '../../../shared/domain/schedule/recurrence';
import { occurrencesInRange, reconcileEpisodes, splitSeries } from '../../../shared/domain/schedule/series';
import type { ItemStatus } from '../../../shared/domain/types';
import type { LocalWrite } from '../sync/write-path';
import { newItemWrites, itemPatchWrites } from '../schedule/item-writes';
import { getSeries, seriesEpisodes } from '../schedule/series-repo';

/** An open-ended series is generated one year ahead of its start; "reschedule" extends it. */
const OPEN_ENDED_DAYS = 365;

export function requireSeries(ctx: CoreContext, id: string): Series {
  const s = getSeries(ctx.db, id);
  if (!s) throw new AppError('not_found', `Không tìm thấy chuyên mục định kỳ có mã "${id}".`, { field: 'id' });
  return s;
}

function checkRule(rule: SeriesRule): void {
  const problem = validateRule(rule);
  if (problem) throw new AppError('invalid_input', problem.message, { field: problem.field });
}

function generationEnd(rule: SeriesRule): string {
  return rule.endDate ?? addDays(rule.startDate, OPEN_ENDED_DAYS);
}

function seriesWrites(id: string, s: Omit<Series, 'id'>, createdAt: string): LocalWrite[] {
  const w = (group: string, value: Record<string, unknown>): LocalWrite => ({ table: 'series', rowId: id, group, value });
  return [
    w('create', { orgId: s.orgId, kind: s.kind, createdAt }),
    w('content', { title: s.title, description: s.description, topics: s.topics, outlet: s.outlet }),
    w('rule', { recurrence: s.recurrence, startDate: s.startDate, endDate: s.endDate }),
    w('schedule', { plannedTime: s.plannedTime, durationMin: s.durationMin }),
    w('exceptions', { exceptions: s.exceptions }),
    w('links', { taskIds: s.taskIds }),
    w('people', { editor: s.editor, producer: s.producer }),
    w('notes', { notes: s.notes }),
  ];
}

function episodeWrites(ctx: CoreContext, s: Series, occurrence: string, date: string, createdAt: string): { id: string; writes: LocalWrite[] } {
  const id = ctx.newId();
  return {
    id,
    writes: newItemWrites(id, {
      orgId: s.orgId,
      kind: s.kind,
      seriesId: s.id,
      occurrence,
      createdAt,
      title: s.title,
      description: s.description,
      topics: s.topics,
      outlet: s.outlet,
      plannedDate: date,
      plannedTime: s.plannedTime,
      durationMin: s.durationMin,
      taskIds: s.taskIds,
      editor: s.editor,
      producer: s.producer,
      notes: s.notes,
      status: 'planned',
      statusReason: null,
    }),
  };
}

/** Create a series and its episodes for the rule's span, in one transaction. */
export function createSeries(ctx: CoreContext, input: ParsedInput<'series:create'>): { series: Series; itemIds: string[] } {
  const orgId = ctx.requireOrgId();
  const rule: SeriesRule = { recurrence: input.recurrence, startDate: input.startDate, endDate: input.endDate };
  checkRule(rule);
  const occ = occurrencesInRange(rule, [], rule.startDate, generationEnd(rule));
  if (occ.length === 0)
    throw new AppError('invalid_input', 'Quy tắc lặp không tạo ra kỳ nào trong khoảng ngày đã chọn. Hãy kiểm tra ngày bắt đầu, kết thúc và kiểu lặp.', {
      field: 'recurrence',
    });
  const id = ctx.newId();
  const createdAt = ctx.now().toISOString();
  const series: Series = {
    id,
    orgId,
    kind: input.kind,
    outlet: input.outlet,
    title: input.title,
    description: input.description ?? '',
    topics: input.topics ?? [],
    taskIds: input.taskIds ?? [],
    recurrence: input.recurrence,
    startDate: input.startDate,
    endDate: input.endDate,
    plannedTime: input.plannedTime ?? null,
    durationMin: input.durationMin ?? null,
    editor: input.editor?.trim() || null,
    producer: input.producer?.trim() || null,
    notes: input.notes ?? '',
    exceptions: [],
  };
  const itemIds: string[] = [];
  ctx.transact(() => {
    const writes = seriesWrites(id, series, createdAt);
    for (const o of occ) {
      const ep = episodeWrites(ctx, series, o.occurrence, o.date, createdAt);
      itemIds.push(ep.id);
      writes.push(...ep.writes);
    }
    ctx.write(writes);
  });
  return { series: requireSeries(ctx, id), itemIds };
}

/**
 * Give a series a new rule from `fromDate` on (this and following) or for all of it. Earlier episodes keep
 * their dates: the series is split and the new part becomes a new series. Only untouched planned episodes
 * are removed or created; anything a person has worked on stays (counted as kept).
 */
export function rescheduleSeries(
  ctx: CoreContext,
  input: ParsedInput<'series:reschedule'>,
): { series: Series; created: number; removed: number; kept: number } {
  return ctx.transact(() => {
    const s = requireSeries(ctx, input.id);
    const from = input.fromDate && input.fromDate > s.startDate ? input.fromDate : s.startDate;
    const newRule: SeriesRule = { recurrence: input.recurrence, startDate: from, endDate: input.endDate === undefined ? s.endDate : input.endDate };
    checkRule(newRule);
    const split = splitSeries({ recurrence: s.recurrence, startDate: s.startDate, endDate: s.endDate }, s.exceptions, from);
    const writes: LocalWrite[] = [];
    let target: Series = s;
    // Moves and skips of episodes the new rule still produces stay in force.
    const keptEx = split.before ? split.after.exceptions : s.exceptions;
    const createdAt = ctx.now().toISOString();
    if (split.before) {
      writes.push({ table: 'series', rowId: s.id, group: 'rule', value: { ...split.before.rule } });
      writes.push({ table: 'series', rowId: s.id, group: 'exceptions', value: { exceptions: split.before.exceptions } });
      target = { ...s, id: ctx.newId(), recurrence: newRule.recurrence, startDate: newRule.startDate, endDate: newRule.endDate, exceptions: keptEx };
      writes.push(...seriesWrites(target.id, target, createdAt));
    } else {
      writes.push({ table: 'series', rowId: s.id, group: 'rule', value: { ...newRule } });
      target = { ...s, recurrence: newRule.recurrence, startDate: newRule.startDate, endDate: newRule.endDate, exceptions: keptEx };
    }
    const affected = seriesEpisodes(ctx.db, s.id).filter((e) => e.occurrence >= from);
    const wanted = occurrencesInRange(newRule, keptEx, newRule.startDate, generationEnd(newRule));
    // Episodes the new rule also produces on the same date are kept as they are (moved to the new series).
    const plan = reconcileEpisodes(
      wanted,
      affected.map((e) => ({ ...e, status: e.status as ItemStatus })),
    );
    for (const id of plan.remove) writes.push({ table: 'items', rowId: id, group: 'deleted', value: { deleted: true } });
    for (const r of plan.reschedule) writes.push(...itemPatchWrites(ctx.db, r.id, { plannedDate: r.date }));
    for (const o of plan.create) writes.push(...episodeWrites(ctx, target, o.occurrence, o.date, createdAt).writes);
    // Kept episodes from `from` on stay linked to the old series id: their identity (create group) cannot change.
    ctx.write(writes);
    return { series: target, created: plan.create.length, removed: plan.remove.length, kept: affected.length - plan.remove.length };
  });
}
