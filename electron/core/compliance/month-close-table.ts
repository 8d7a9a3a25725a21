import type { SyncedTable } from '../sync/registry';
import { spec } from '../sync/field-spec';
import { monthKeySchema } from '../../../shared/contract/compliance';

export const MONTH_CLOSES_TABLE = 'month_closes';
export const CLOSE_GROUP = 'close';

/**
 * Month closes are synced so every install of the organisation sees which months were reported.
 * Reopening writes the row's `deleted` group (handled by the write path for every table, so it is not a column).
 */
export const MONTH_CLOSES_SYNCED: SyncedTable = {
  table: MONTH_CLOSES_TABLE,
  groups: {
    create: ['orgId', 'planId', 'month'],
    [CLOSE_GROUP]: ['closedAt', 'closedBy', 'note'],
  },
  // The limits of compliance:closeMonth; closedBy is the person (null when none is set up).
  fields: {
    orgId: spec.id(),
    planId: spec.id(),
    month: spec.schema(monthKeySchema, 'tháng (yyyy-MM)'),
    closedAt: spec.timestamp(),
    closedBy: spec.text(100, { nullable: true }),
    note: spec.text(1000, { nullable: true }),
  },
};
