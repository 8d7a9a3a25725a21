import type { ComplianceReport, TaskResult, WindowResult } from '../compliance-types';
import { formatViDate } from '../dates';
import type { Item } from '../types';
import { BROADCAST_OUTLETS } from '../types';
import { itemFact } from '../compliance/item-facts';
import { logProof } from '../reconcile/proof';
import type { ItemRow, ProofRef, ResultItemLine } from './document-types';
import { KIND_LABELS, OUTLET_LABELS, TIMELINESS_LABELS, itemStatusLabel, type Timeliness } from './labels';

const within = (d: string, from: string, to: string): boolean => d >= from && d <= to;

/**
 * Day an item was done, when done by the end of `asOf`; else null. Uses the compliance engine's
 * reading (a done item without its record counts on its planned day) so the lists match the counts.
 */
export function doneDay(item: Item, asOf: string): string | null {
  return itemFact(item, asOf)?.doneAt ?? null;
}

/**
 * Each task's windows by the item ids they list (the first listing window wins), built once per task result:
 * searching every window's id list for every item made a year's report tasks × items × listed ids.
 */
const listedCache = new WeakMap<TaskResult, Map<string, WindowResult>>();
function listedWindows(task: TaskResult): Map<string, WindowResult> {
  let listed = listedCache.get(task);
  if (!listed) {
    listed = new Map();
    for (const w of task.windows) for (const id of w.itemIds) if (!listed.has(id)) listed.set(id, w);
    listedCache.set(task, listed);
  }
  return listed;
}

/** The window of `task` an item counts toward: the one listing it, else the one containing its planned date. */
function windowOf(task: TaskResult, item: Item): WindowResult | undefined {
  return listedWindows(task).get(item.id) ?? task.windows.find((w) => within(item.plannedDate, w.from, w.to));
}

/** Items of the report linked to `task`: in one of its windows of the period, or (no windows) planned or done in the period. */
export function itemsOfTask(report: ComplianceReport, task: TaskResult, items: readonly Item[]): Item[] {
  const listed = listedWindows(task);
  return items.filter((item) => {
    if (!item.taskIds.includes(task.taskId) && !listed.has(item.id)) return false;
    if (task.windows.length > 0) return windowOf(task, item) !== undefined;
    return within(item.plannedDate, report.from, report.to) || (item.done !== null && within(item.done.at, report.from, report.to));
  });
}

function timelinessFor(task: TaskResult, item: Item, asOf: string): Timeliness {
  const day = doneDay(item, asOf);
  if (day === null) return 'not_done';
  const w = windowOf(task, item);
  return w === undefined || day <= w.to ? 'on_time' : 'late';
}

function channelText(item: Item): string {
  const outlet = OUTLET_LABELS[item.outlet];
  const d = item.done;
  if (BROADCAST_OUTLETS.includes(item.outlet)) {
    const time = d?.time ?? item.plannedTime;
    return [outlet + (time ? `, ${time}` : ''), d?.slot ? `(${d.slot})` : ''].filter(Boolean).join(' ');
  }
  const issue = d?.issueNo ? ` số ${d.issueNo}` : '';
  const page = d?.page ? `, trang ${d.page}` : '';
  return `${outlet}${issue}${page}`;
}

/** Done items of one task, by date then channel, as printed under the task in the results table. */
export function resultLines(task: TaskResult, items: readonly Item[], asOf: string): ResultItemLine[] {
  return items
    .flatMap((i) => {
      const date = doneDay(i, asOf);
      return date === null ? [] : [{ i, date }];
    })
    .map(({ i, date }): ResultItemLine => {
      const timeliness = timelinessFor(task, i, asOf) === 'late' ? 'late' : 'on_time';
      const channel = channelText(i);
      // A title typed with line breaks prints on one line in the report.
      const title = i.title.replace(/\s*[\r\n]+\s*/g, ' ');
      const text = `${formatViDate(date)} – ${KIND_LABELS[i.kind]} “${title}”, ${channel}${timeliness === 'late' ? ' (trễ hạn)' : ''}`;
      return { itemId: i.id, date, kind: i.kind, outlet: i.outlet, channel, title, timeliness, text, ...proofField(i) };
    })
    .sort((a, b) => a.date.localeCompare(b.date) || a.channel.localeCompare(b.channel, 'vi') || a.title.localeCompare(b.title, 'vi'));
}

/**
 * The items of a report: every item linked to a task of the report and belonging to the period
 * (through a window of the period, or planned or done within it), cancelled ones included so the
 * list is complete. An item linked to two tasks is one row.
 */
export function selectReportItems(report: ComplianceReport, items: readonly Item[]): Item[] {
  const chosen = new Map<string, Item>();
  for (const task of report.tasks) for (const item of itemsOfTask(report, task, items)) chosen.set(item.id, item);
  for (const item of items) {
    const linked = report.tasks.some((t) => item.taskIds.includes(t.taskId));
    const inPeriod = within(item.plannedDate, report.from, report.to) || (item.done !== null && within(item.done.at, report.from, report.to));
    if (linked && inPeriod) chosen.set(item.id, item);
  }
  return [...chosen.values()].sort(
    (a, b) =>
      a.plannedDate.localeCompare(b.plannedDate) ||
      (a.plannedTime ?? '').localeCompare(b.plannedTime ?? '') ||
      a.title.localeCompare(b.title, 'vi') ||
      a.id.localeCompare(b.id),
  );
}

/** Late for any task it serves reads as late: the stricter reading for a report that goes out. */
function overallTimeliness(report: ComplianceReport, item: Item): Timeliness | null {
  const tasks = report.tasks.filter((t) => item.taskIds.includes(t.taskId));
  if (tasks.length === 0) return null;
  const all = tasks.map((t) => timelinessFor(t, item, report.asOf));
  if (all.includes('late')) return 'late';
  if (all.includes('on_time')) return 'on_time';
  return 'not_done';
}

/** `{ logProof }` for an item a log line proves, else nothing at all (so the report's hash is as before: hashDocument). */
function proofField(item: Item): { logProof?: ProofRef } {
  const p = logProof(item);
  return p ? { logProof: { line: p.line, file: p.file } } : {};
}

export function itemRow(report: ComplianceReport, item: Item): ItemRow {
  const codes = report.tasks.filter((t) => item.taskIds.includes(t.taskId)).map((t) => t.code);
  const d = item.done;
  const timeliness = item.status === 'cancelled' ? null : overallTimeliness(report, item);
  return {
    id: item.id,
    taskCodes: codes.join(', '),
    kind: item.kind,
    kindLabel: KIND_LABELS[item.kind],
    outlet: item.outlet,
    outletLabel: OUTLET_LABELS[item.outlet],
    title: item.title,
    description: item.description,
    topics: item.topics.join('; '),
    seriesId: item.seriesId,
    plannedDate: item.plannedDate,
    plannedTime: item.plannedTime,
    durationMin: item.durationMin,
    editor: item.editor,
    producer: item.producer,
    status: item.status,
    statusLabel: itemStatusLabel(item.status, item.outlet),
    statusReason: item.statusReason,
    doneAt: d?.at ?? null,
    doneTime: d?.time ?? null,
    doneDurationMin: d?.durationMin ?? null,
    slot: d?.slot ?? null,
    issueNo: d?.issueNo ?? null,
    page: d?.page ?? null,
    link: d?.link ?? null,
    evidenceFile: d?.evidenceFile ?? null,
    evidenceSha256: d?.evidenceSha256 ?? null,
    ...proofField(item),
    markedBy: d?.markedBy ?? null,
    markedAt: d?.markedAt ?? null,
    timeliness,
    timelinessLabel: timeliness === null ? '' : TIMELINESS_LABELS[timeliness],
    notes: item.notes,
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
  };
}
