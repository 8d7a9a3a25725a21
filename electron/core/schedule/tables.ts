import { registerSyncedTable, syncedTable } from '../sync/registry';
import { stmt } from '../sync/statements';

/**
 * Field groups of the synced schedule tables. A group is what one user action changes together and what
 * last-write-wins resolves as a unit: moving an item (schedule) never fights with retitling it (content).
 * Status and done are separate groups, but every action that changes `done` writes both, in one transaction,
 * so the later action wins both; readers only trust done fields when status is 'done'.
 */
export const ITEM_GROUPS = {
  create: ['orgId', 'kind', 'seriesId', 'occurrence', 'createdAt'],
  content: ['title', 'description', 'topics', 'outlet'],
  schedule: ['plannedDate', 'plannedTime', 'durationMin'],
  links: ['taskIds'],
  people: ['editor', 'producer'],
  notes: ['notes'],
  status: ['status', 'statusReason'],
  done: ['doneAt', 'doneTime', 'doneDurationMin', 'doneSlot', 'doneIssueNo', 'donePage', 'doneLink', 'evidenceFile', 'evidenceSha256', 'markedBy', 'markedAt'],
} as const;

export const SERIES_GROUPS = {
  create: ['orgId', 'kind', 'createdAt'],
  content: ['title', 'description', 'topics', 'outlet'],
  rule: ['recurrence', 'startDate', 'endDate'],
  schedule: ['plannedTime', 'durationMin'],
  exceptions: ['exceptions'],
  links: ['taskIds'],
  people: ['editor', 'producer'],
  notes: ['notes'],
} as const;

export type ItemGroup = keyof typeof ITEM_GROUPS;

/** Which group a field belongs to (for writes of a patch). */
export function itemGroupOf(field: string): ItemGroup {
  for (const [g, fields] of Object.entries(ITEM_GROUPS)) if ((fields as readonly string[]).includes(field)) return g as ItemGroup;
  throw new Error(`unknown item field: ${field}`);
}

// Registration happens once per process, when the schedule code is first loaded.
if (!syncedTable('items')) {
  registerSyncedTable({
    table: 'items',
    groups: ITEM_GROUPS,
    jsonFields: ['topics', 'taskIds'],
    // Keep item_tasks (task → items index) in step with the row's taskIds.
    afterProject: ({ db, rowId, row }) => {
      stmt(db, 'DELETE FROM item_tasks WHERE item_id = ?').run(rowId);
      const ids = row && Array.isArray(row.taskIds) ? (row.taskIds as unknown[]).filter((t): t is string => typeof t === 'string') : [];
      const ins = stmt(db, 'INSERT OR IGNORE INTO item_tasks (item_id, task_id) VALUES (?, ?)');
      for (const t of ids) ins.run(rowId, t);
    },
  });
}

if (!syncedTable('series')) {
  registerSyncedTable({ table: 'series', groups: SERIES_GROUPS, jsonFields: ['topics', 'taskIds', 'recurrence', 'exceptions'] });
}
