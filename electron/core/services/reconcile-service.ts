import crypto from 'node:crypto';
import type { CoreContext } from '../context';
import type { ParsedInput } from '../../../shared/contract';
import type { ReconcilePreview, ReconcileProof } from '../../../shared/contract/reconcile';
import { AppError } from '../../../shared/contract/errors';
import { addDays } from '../../../shared/domain/dates';
import {
  RECONCILE_DEFAULT_WINDOW_DAYS,
  logProof,
  matchLog,
  type PlanCandidate,
  type ReadLog,
  type SourceMapping,
  type TaskHint,
} from '../../../shared/domain/reconcile';
import type { Outlet } from '../../../shared/domain/types';
import { listItems } from '../schedule/item-repo';
import { taskIdsOfPlan, taskOptions } from '../schedule/plan-tasks';
import { readLogFile } from '../reconcile/readers/read-log';
import * as repo from '../reconcile/repo';

/**
 * Preview: read the log, match it against this office's open items, propose. IMPORTANT: writes nothing (not even
 * the evidence file): nothing is marked before a person confirms. The last previews are held in memory so the
 * confirm call need not send the file again; a confirm after a restart sends it and must give the same token.
 */
export interface HeldPreview {
  preview: ReconcilePreview;
  bytes: Buffer;
  read: ReadLog;
}

const HELD = 4;
const held = new Map<string, HeldPreview>();

function hold(dbFile: string, h: HeldPreview): void {
  const key = `${dbFile}\u0000${h.preview.token}`;
  held.delete(key);
  held.set(key, h);
  while (held.size > HELD) held.delete(held.keys().next().value!);
}

export function heldPreview(ctx: CoreContext, token: string): HeldPreview | null {
  return held.get(`${ctx.dbFile}\u0000${token}`) ?? null;
}

function requireMapping(ctx: CoreContext, name: string): SourceMapping {
  const m = repo.getMapping(ctx.db, name.normalize('NFC').trim());
  if (!m) {
    const known = repo.listMappings(ctx.db).map((x) => `"${x.name}"`);
    throw new AppError(
      'not_found',
      `Chưa lưu cách đọc nguồn "${name}".${known.length ? ` Các nguồn đã lưu: ${known.join(', ')}.` : ' Hãy bỏ --source để nhận cột theo dòng tiêu đề.'}`,
      {
        field: 'source',
      },
    );
  }
  return m;
}

function candidatesAround(ctx: CoreContext, read: ReadLog, outlet: Outlet | null, windowDays: number): { items: PlanCandidate[]; tasks: TaskHint[] } {
  if (read.lines.length === 0) return { items: [], tasks: [] };
  const dates = read.lines.map((l) => l.date).sort();
  const rows = listItems(ctx.db, {
    from: addDays(dates[0]!, -windowDays),
    to: addDays(dates[dates.length - 1]!, windowDays),
    statuses: ['planned', 'in_production', 'ready', 'postponed'],
    orgIds: [ctx.requireOrgId()],
  }).filter((i) => outlet === null || i.outlet === outlet);
  const items = rows.map((i) => ({
    id: i.id,
    title: i.title,
    outlet: i.outlet,
    plannedDate: i.plannedDate,
    plannedTime: i.plannedTime,
    topics: i.topics,
    taskIds: i.taskIds,
    seriesId: i.seriesId,
    status: i.status,
  }));
  // A task is about its title's words and the topic tags its items carry.
  const topicsOf = new Map<string, Set<string>>();
  for (const i of listItems(ctx.db, { orgIds: [ctx.requireOrgId()] }))
    for (const t of i.taskIds) for (const topic of i.topics) topicsOf.set(t, (topicsOf.get(t) ?? new Set()).add(topic));
  const tasks = taskOptions(ctx.db).map((t) => ({ id: t.id, code: t.code, title: t.title, topics: [...(topicsOf.get(t.id) ?? [])].sort() }));
  return { items, tasks };
}

export function preview(ctx: CoreContext, input: ParsedInput<'reconcile:preview'>): ReconcilePreview {
  return previewHeld(ctx, input).preview;
}

export function previewHeld(ctx: CoreContext, input: ParsedInput<'reconcile:preview'>): HeldPreview {
  const bytes = Buffer.from(input.file.contentBase64, 'base64');
  const mapping = input.source ? requireMapping(ctx, input.source) : null;
  const read = readLogFile(bytes, input.file.fileName, mapping);
  const outlet = input.outlet ?? mapping?.outlet ?? null;
  const windowDays = input.windowDays ?? RECONCILE_DEFAULT_WINDOW_DAYS;
  const { items, tasks } = candidatesAround(ctx, read, outlet, windowDays);
  const proposals = matchLog(read.lines, items, tasks, { windowDays });
  const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
  const token = crypto
    .createHash('sha256')
    .update(JSON.stringify([sha256, input.file.fileName, mapping, outlet, windowDays]))
    .digest('hex')
    .slice(0, 32);
  const counts = { confident: 0, doubtful: 0, new: 0, unmatched: 0 };
  for (const p of proposals) counts[p.kind] += 1;
  const result: ReconcilePreview = {
    token,
    fileName: input.file.fileName,
    sha256,
    format: read.format,
    columns: read.columns,
    outlet,
    windowDays,
    source: mapping?.name ?? null,
    lines: read.lines.length,
    errors: read.errors,
    proposals,
    counts,
  };
  const h = { preview: result, bytes, read };
  hold(ctx.dbFile, h);
  return h;
}

export function saveMapping(ctx: CoreContext, m: ParsedInput<'reconcile:saveMapping'>): SourceMapping {
  const mapping: SourceMapping = {
    name: m.name,
    columns: Object.fromEntries(Object.entries(m.columns).filter(([, v]) => v && v.trim())),
    recordElement: m.recordElement?.trim() || null,
    durationUnit: m.durationUnit ?? null,
    fps: m.fps ?? null,
    outlet: m.outlet ?? null,
  };
  if (!mapping.columns.title || (!mapping.columns.date && !mapping.columns.start))
    throw new AppError('invalid_input', 'Cách đọc cần ít nhất cột tên chương trình (title) và cột ngày (date) hoặc giờ (start).', { field: 'columns' });
  ctx.transact(() => repo.saveMapping(ctx.db, mapping, ctx.now().toISOString()));
  return mapping;
}

export function deleteMapping(ctx: CoreContext, name: string): { deleted: true } {
  if (!ctx.transact(() => repo.deleteMapping(ctx.db, name))) throw new AppError('not_found', `Chưa lưu cách đọc nguồn "${name}".`, { field: 'name' });
  return { deleted: true };
}

/** Theo dõi: of the plan's items done in the period (by the date they went out), how many a log line proves. */
export function proof(ctx: CoreContext, input: ParsedInput<'reconcile:proof'>): ReconcileProof {
  const done = listItems(ctx.db, { planTaskIds: taskIdsOfPlan(ctx.db, input.planId), statuses: ['done'] }).filter(
    (i) => i.done && i.done.at >= input.from && i.done.at <= input.to,
  );
  const byLog = done.filter((i) => logProof(i) !== null).length;
  return { byLog, byHand: done.length - byLog };
}
