import { registerSyncedTable, syncedTable } from '../sync/registry';

/**
 * Field groups of the plan tables. A group is what one user action changes together: editing a
 * plan's heading never fights with editing a task; a task's timeframe travels with its cadence
 * (the cadence is read from the timeframe unless a person overrode it).
 * `create` holds only what never changes: the owner, the plan of a task, the year of a plan.
 */
export const PLAN_GROUPS = {
  create: ['orgId', 'year', 'createdAt'],
  meta: ['issuer', 'number', 'date', 'title', 'basedOn', 'source', 'yearTo'],
} as const;

export const TASK_GROUPS = {
  create: ['orgId', 'planId'],
  content: ['code', 'title', 'product', 'section'],
  agencies: ['leads', 'partners'],
  timing: ['timeframe', 'cadence', 'cadenceOverridden'],
  order: ['sortOrder'],
} as const;

export const AGENCY_GROUPS = {
  create: ['orgId'],
  name: ['name', 'aliases'],
} as const;

// Registration happens once per process, when the plans code is first loaded.
if (!syncedTable('plans')) registerSyncedTable({ table: 'plans', groups: PLAN_GROUPS, jsonFields: ['basedOn'] });
if (!syncedTable('plan_tasks')) {
  registerSyncedTable({
    table: 'plan_tasks',
    groups: TASK_GROUPS,
    jsonFields: ['leads', 'partners', 'cadence'],
    boolFields: ['cadenceOverridden'],
  });
}
if (!syncedTable('agencies')) registerSyncedTable({ table: 'agencies', groups: AGENCY_GROUPS, jsonFields: ['aliases'] });
