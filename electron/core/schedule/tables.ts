import type { SyncedTable } from '../sync/registry';
import { stmt } from '../sync/statements';
import { spec, type FieldSpecs } from '../sync/field-spec';
import { recurrenceSchema, seriesExceptionsSchema } from '../../../shared/contract/series';
import { ITEM_KINDS, ITEM_STATUSES, OUTLETS } from '../../../shared/domain/types';

/**
 * Field groups of the synced schedule tables. A group is what one user action changes together and what
 * last-write-wins resolves as a unit: moving an item (schedule) never fights with retitling it (content).
 * Status and done are separate groups, but every action that changes `done` writes both, in one transaction,
 * so the later action wins both; readers only trust done fields when status is 'done'.
 * `kind` (migration 014): the kind chosen at creation sits in `create`, which never changes; a later change of kind
 * is a group of its own that merges like the others and, when present, overrides the create group's value
 * (materialising applies groups in this order, so it must follow `create`).
 */
export const ITEM_GROUPS = {
  create: ['orgId', 'kind', 'seriesId', 'occurrence', 'createdAt'],
  kind: ['kind'],
  content: ['title', 'description', 'topics', 'outlet'],
  schedule: ['plannedDate', 'plannedTime', 'durationMin'],
  links: ['taskIds'],
  people: ['editor', 'producer'],
  notes: ['notes'],
  status: ['status', 'statusReason'],
  done: ['doneAt', 'doneTime', 'doneDurationMin', 'doneSlot', 'doneIssueNo', 'donePage', 'doneLink', 'evidenceFile', 'evidenceSha256', 'markedBy', 'markedAt'],
} as const;

const SERIES_GROUPS = {
  create: ['orgId', 'kind', 'createdAt'],
  content: ['title', 'description', 'topics', 'outlet'],
  rule: ['recurrence', 'startDate', 'endDate'],
  schedule: ['plannedTime', 'durationMin'],
  exceptions: ['exceptions'],
  links: ['taskIds'],
  people: ['editor', 'producer'],
  notes: ['notes'],
} as const;

/**
 * What each field may hold (field-spec.ts), with the limits of the items and series contracts
 * (shared/contract/items.ts, series.ts); columns that are NOT NULL refuse null.
 */
const person = spec.text(100, { nullable: true });
const minutes = spec.integer(1, 1440, { nullable: true });
const SHARED_FIELDS: FieldSpecs = {
  orgId: spec.id(),
  kind: spec.enum(ITEM_KINDS),
  createdAt: spec.timestamp({ nullable: true }),
  title: spec.text(300),
  description: spec.text(5000),
  topics: spec.strings(30, 100),
  outlet: spec.enum(OUTLETS),
  plannedTime: spec.time({ nullable: true }),
  durationMin: minutes,
  taskIds: spec.strings(20, 100),
  editor: person,
  producer: person,
  notes: spec.text(5000),
};

const ITEM_FIELDS: FieldSpecs = {
  ...SHARED_FIELDS,
  seriesId: spec.id({ nullable: true }),
  occurrence: spec.date({ nullable: true }),
  plannedDate: spec.date(),
  status: spec.enum(ITEM_STATUSES),
  statusReason: spec.text(1000, { nullable: true }),
  doneAt: spec.date({ nullable: true }),
  doneTime: spec.time({ nullable: true }),
  doneDurationMin: minutes,
  doneSlot: spec.text(200, { nullable: true }),
  doneIssueNo: spec.text(50, { nullable: true }),
  donePage: spec.text(50, { nullable: true }),
  doneLink: spec.url(2000, { nullable: true }),
  // `evidence/<2>/<16>-<name of at most 120>` (schedule/evidence.ts) and its SHA-256.
  evidenceFile: spec.text(300, { nullable: true }),
  evidenceSha256: spec.text(64, { nullable: true }),
  markedBy: person,
  markedAt: spec.timestamp({ nullable: true }),
};

const SERIES_FIELDS: FieldSpecs = {
  ...SHARED_FIELDS,
  recurrence: spec.schema(recurrenceSchema, 'lịch lặp'),
  startDate: spec.date(),
  endDate: spec.date({ nullable: true }),
  exceptions: spec.schema(seriesExceptionsSchema, 'danh sách ngoại lệ'),
};

export type ItemGroup = keyof typeof ITEM_GROUPS;

/**
 * Which group a change of a field is written in (for writes of a patch): the last group that holds it, so a field
 * that was also set at creation (the kind) is changed in its own group, never in the immutable `create`.
 */
export function itemGroupOf(field: string): ItemGroup {
  let found: ItemGroup | null = null;
  for (const [g, fields] of Object.entries(ITEM_GROUPS)) if ((fields as readonly string[]).includes(field)) found = g as ItemGroup;
  if (!found) throw new Error(`unknown item field: ${field}`);
  return found;
}

// Listed in synced-tables.ts.
export const SCHEDULE_TABLES: readonly SyncedTable[] = [
  {
    table: 'items',
    groups: ITEM_GROUPS,
    // An older version parks changes of the kind group; upgrading past 014 re-derives the rows holding one.
    groupsSince: { kind: 14 },
    jsonFields: ['topics', 'taskIds'],
    fields: ITEM_FIELDS,
    // Keep item_tasks (task → items index) in step with the row's taskIds.
    afterProject: ({ db, rowId, row }) => {
      stmt(db, 'DELETE FROM item_tasks WHERE item_id = ?').run(rowId);
      const ids = row && Array.isArray(row.taskIds) ? (row.taskIds as unknown[]).filter((t): t is string => typeof t === 'string') : [];
      const ins = stmt(db, 'INSERT OR IGNORE INTO item_tasks (item_id, task_id) VALUES (?, ?)');
      for (const t of ids) ins.run(rowId, t);
    },
  },
  { table: 'series', groups: SERIES_GROUPS, jsonFields: ['topics', 'taskIds', 'recurrence', 'exceptions'], fields: SERIES_FIELDS },
];
