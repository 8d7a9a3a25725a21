import type { LocalWrite } from '../sync/write-path';
import type { Db } from '../db/open';
import { ITEM_GROUPS, itemGroupOf, type ItemGroup } from './tables';
import { itemGroups } from './item-repo';
import type { TransitionPatch } from '../../../shared/domain/schedule/workflow';

/** Fields of a done group with nothing in it (reopening clears the record; the change log keeps the old one). */
const EMPTY_DONE: Record<string, null> = Object.fromEntries(ITEM_GROUPS.done.map((f) => [f, null]));

/**
 * The item fields a workflow transition sets (shared/domain/schedule/workflow.ts applyTransition): status and reason,
 * a new date when postponed, and the done record — or the done fields emptied when a done item leaves "done".
 * `extra` is added to a done record (the evidence the person attached).
 */
export function transitionFields(p: TransitionPatch, wasDone: boolean, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const fields: Record<string, unknown> = { status: p.status, statusReason: p.statusReason };
  if (p.plannedDate) fields.plannedDate = p.plannedDate;
  if (p.done) {
    const d = p.done;
    Object.assign(fields, {
      doneAt: d.at,
      doneTime: d.time,
      doneDurationMin: d.durationMin,
      doneSlot: d.slot,
      doneIssueNo: d.issueNo,
      donePage: d.page,
      doneLink: d.link,
      markedBy: d.markedBy,
      markedAt: d.markedAt,
      ...extra,
    });
  } else if (wasDone) Object.assign(fields, EMPTY_DONE);
  return fields;
}

/**
 * Turn a field patch into whole-group writes: a group travels as a unit, so fields of the group the patch does
 * not mention keep their current value. Groups whose value would not change are left out (no empty history).
 */
export function itemPatchWrites(db: Db, id: string, patch: Record<string, unknown>): LocalWrite[] {
  const current = itemGroups(db, id);
  // Until the kind is first changed, its value is the one chosen at creation.
  if (!current.has('kind') && current.get('create')) current.set('kind', { kind: current.get('create')!.kind });
  const byGroup = new Map<ItemGroup, Record<string, unknown>>();
  for (const [field, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    const g = itemGroupOf(field);
    if (g === 'create') throw new Error(`create fields are immutable: ${field}`);
    const base = byGroup.get(g) ?? { ...Object.fromEntries(ITEM_GROUPS[g].map((f) => [f, null])), ...(current.get(g) ?? {}) };
    base[field] = value;
    byGroup.set(g, base);
  }
  const writes: LocalWrite[] = [];
  for (const [group, value] of byGroup) {
    const before = current.get(group);
    if (before && JSON.stringify(normalise(before)) === JSON.stringify(normalise(value))) continue;
    writes.push({ table: 'items', rowId: id, group, value });
  }
  return writes;
}

function normalise(v: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.keys(v)
      .sort()
      .map((k) => [k, v[k] ?? null]),
  );
}

const isEmpty = (v: unknown) => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
/** Groups every item has from the start; the others are written only when they hold something (fewer log entries). */
const ALWAYS: readonly string[] = ['create', 'content', 'schedule', 'status'];

/** The groups of a new item (empty optional groups left out: the table's defaults stand for them). */
export function newItemWrites(id: string, fields: Record<string, unknown>): LocalWrite[] {
  const writes: LocalWrite[] = [];
  for (const [group, names] of Object.entries(ITEM_GROUPS)) {
    // No record of the done fields yet; the kind chosen now is the create group's (its own group is for later changes).
    if (group === 'done' || group === 'kind') continue;
    const value = Object.fromEntries(names.map((f) => [f, fields[f] ?? null]));
    if (!ALWAYS.includes(group) && names.every((f) => isEmpty(value[f]))) continue;
    writes.push({ table: 'items', rowId: id, group, value });
  }
  return writes;
}
