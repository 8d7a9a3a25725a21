import type { ScheduleItem } from '../../../shared/contract/items';
import { formatViDate } from '../../../shared/domain/dates';
import { KIND_LABELS, OUTLET_LABELS, statusLabel } from '../../../shared/domain/schedule/labels';
import { shown } from '../terminal-text';

/** The CLI's JSON shape of an item (stable: scripts depend on it). */
export function itemJson(i: ScheduleItem) {
  return {
    id: i.id,
    kind: i.kind,
    outlet: i.outlet,
    title: i.title,
    plannedDate: i.plannedDate,
    plannedTime: i.plannedTime,
    status: i.status,
    doneAt: i.done ? (i.done.time ? `${i.done.at} ${i.done.time}` : i.done.at) : null,
    taskCodes: i.taskCodes,
  };
}

export function itemLine(i: ScheduleItem): string {
  const when = `${formatViDate(i.plannedDate)}${i.plannedTime ? ` ${i.plannedTime}` : ''}`;
  const tasks = i.taskCodes.length ? ` (nhiệm vụ ${i.taskCodes.join(', ')})` : '';
  return `${when}  ${KIND_LABELS[i.kind]} · ${OUTLET_LABELS[i.outlet]}  ${shown(i.title)}${shown(tasks)} — ${statusLabel(i.status, i.outlet)}  [${i.id}]`;
}
