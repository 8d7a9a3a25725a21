import type { SyncedTable } from './sync/registry';
import { PLAN_TABLES } from './plans/tables';
import { SCHEDULE_TABLES } from './schedule/tables';
import { ORGANISATIONS_TABLE } from './services/org-table';
import { MONTH_CLOSES_SYNCED } from './compliance/month-close-table';
import { VOUCHES_SYNCED } from './sync/vouch-table';

/**
 * Every synced table of this version, in one list: the registry (sync/registry.ts) reads it, so which tables sync
 * never depends on which modules happened to be loaded (an import worker, a CLI command and the window see the same).
 */
export const SYNCED_TABLES: readonly SyncedTable[] = [...PLAN_TABLES, ...SCHEDULE_TABLES, ORGANISATIONS_TABLE, MONTH_CLOSES_SYNCED, VOUCHES_SYNCED];
