import { registerSyncedTable, syncedTable } from '../sync/registry';

export const MONTH_CLOSES_TABLE = 'month_closes';
export const CLOSE_GROUP = 'close';

/**
 * Month closes are synced so every install of the organisation sees which months were reported.
 * Reopening writes the row's `deleted` group (handled by the write path for every table, so it is not a column).
 */
if (!syncedTable(MONTH_CLOSES_TABLE)) {
  registerSyncedTable({
    table: MONTH_CLOSES_TABLE,
    groups: {
      create: ['orgId', 'planId', 'month'],
      [CLOSE_GROUP]: ['closedAt', 'closedBy', 'note'],
    },
  });
}
