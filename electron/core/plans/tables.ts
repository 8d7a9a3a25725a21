import type { SyncedTable } from '../sync/registry';
import { spec, type FieldSpecs } from '../sync/field-spec';
import { cadenceSchema } from '../../../shared/domain/plan/export-format';
import { PLAN_LIMITS as L } from '../../../shared/domain/plan/limits';

/**
 * Field groups of the plan tables. A group is what one user action changes together: editing a
 * plan's heading never fights with editing a task; a task's timeframe travels with its cadence
 * (the cadence is read from the timeframe unless a person overrode it).
 * `create` holds only what never changes: the owner, the plan of a task, the year of a plan.
 */
const PLAN_GROUPS = {
  create: ['orgId', 'year', 'createdAt'],
  meta: ['issuer', 'number', 'date', 'title', 'basedOn', 'source', 'yearTo'],
  /** The steward hands the plan to another organisation (row-state.ts: its time as owner ends there). */
  steward: ['stewardOrg'],
} as const;

const TASK_GROUPS = {
  create: ['orgId', 'planId'],
  content: ['code', 'title', 'product', 'section'],
  agencies: ['leads', 'partners'],
  timing: ['timeframe', 'cadence', 'cadenceOverridden'],
  order: ['sortOrder'],
  steward: ['stewardOrg'],
} as const;

const AGENCY_GROUPS = {
  create: ['orgId'],
  name: ['name', 'aliases'],
} as const;

/** What each field may hold (field-spec.ts): the limits of the plan file and the contract (shared/domain/plan/limits.ts). */
const owner = spec.id();
const PLAN_FIELDS: FieldSpecs = {
  orgId: owner,
  year: spec.integer(1900, 2200),
  createdAt: spec.timestamp({ nullable: true }),
  issuer: spec.text(L.issuer),
  number: spec.text(L.number),
  date: spec.date({ nullable: true }),
  title: spec.text(L.title),
  basedOn: spec.strings(L.basedOnLines, L.basedOnLine),
  // What the plan was imported from: a file name, or `builtin:<file>`.
  source: spec.text(1000, { nullable: true }),
  // Migration 011: the last year of a plan of several years (null: one year).
  yearTo: spec.integer(1900, 2200, { nullable: true, since: 11 }),
  // Migration 013: the organisation the plan was handed to.
  stewardOrg: spec.id({ since: 13 }),
};

const TASK_FIELDS: FieldSpecs = {
  orgId: owner,
  planId: spec.id(),
  code: spec.text(L.taskCode),
  title: spec.text(L.taskTitle),
  product: spec.text(L.taskProduct),
  // Migration 011: the appendix section the task stands under.
  section: spec.text(L.section, { nullable: true, since: 11 }),
  leads: spec.strings(L.agenciesPerCell, L.agencyName),
  partners: spec.strings(L.agenciesPerCell, L.agencyName),
  timeframe: spec.text(L.taskTimeframe),
  cadence: spec.schema(cadenceSchema, 'tần suất'),
  cadenceOverridden: spec.boolean(),
  sortOrder: spec.integer(0, 1_000_000),
  stewardOrg: spec.id({ since: 13 }),
};

const AGENCY_FIELDS: FieldSpecs = {
  orgId: owner,
  name: spec.text(L.agencyName),
  aliases: spec.strings(L.agencyAliases, L.agencyName),
};

// Plans, tasks and directory entries have deterministic ids that several organisations create: the first real creator
// stewards each (owner-rule.ts). Listed in synced-tables.ts.
export const PLAN_TABLES: readonly SyncedTable[] = [
  { table: 'plans', ownership: 'steward', groups: PLAN_GROUPS, jsonFields: ['basedOn'], fields: PLAN_FIELDS },
  {
    table: 'plan_tasks',
    ownership: 'steward',
    groups: TASK_GROUPS,
    jsonFields: ['leads', 'partners', 'cadence'],
    boolFields: ['cadenceOverridden'],
    fields: TASK_FIELDS,
  },
  { table: 'agencies', ownership: 'steward', groups: AGENCY_GROUPS, jsonFields: ['aliases'], fields: AGENCY_FIELDS },
];
