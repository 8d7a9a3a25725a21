import type { Db } from '../db/open';
import { CLOSE_GROUP, MONTH_CLOSES_TABLE } from './month-close-table';

export interface MonthCloseRow {
  id: string;
  orgId: string;
  planId: string;
  month: string;
  closedAt: string;
  closedBy: string | null;
  note: string;
  /** Clock of the winning close: changes with a later clock are amendments. */
  closeHlc: string;
}

interface RawRow {
  id: string;
  org_id: string;
  plan_id: string;
  month: string;
  closed_at: string | null;
  closed_by: string | null;
  note: string | null;
  hlc: string | null;
}

const SELECT = `
  SELECT c.id, c.org_id, c.plan_id, c.month, c.closed_at, c.closed_by, c.note, g.hlc
  FROM ${MONTH_CLOSES_TABLE} c
  LEFT JOIN row_groups g ON g.tbl = '${MONTH_CLOSES_TABLE}' AND g.row_id = c.id AND g.grp = '${CLOSE_GROUP}'`;

function toRow(r: RawRow): MonthCloseRow {
  return {
    id: r.id,
    orgId: r.org_id,
    planId: r.plan_id,
    month: r.month,
    closedAt: r.closed_at ?? '',
    closedBy: r.closed_by,
    note: r.note ?? '',
    closeHlc: r.hlc ?? '',
  };
}

/**
 * Closed months of a plan, oldest first. Each organisation closes its own months (the station and the
 * newspaper report separately), so with an organisation only its closes are listed.
 */
export function listCloses(db: Db, planId: string, orgId: string | null): MonthCloseRow[] {
  const rows =
    orgId === null
      ? db.prepare(`${SELECT} WHERE c.plan_id = ? AND c.closed_at IS NOT NULL ORDER BY c.month`).all(planId)
      : db.prepare(`${SELECT} WHERE c.plan_id = ? AND c.org_id = ? AND c.closed_at IS NOT NULL ORDER BY c.month`).all(planId, orgId);
  return (rows as RawRow[]).map(toRow);
}

export function getClose(db: Db, id: string): MonthCloseRow | null {
  const r = db.prepare(`${SELECT} WHERE c.id = ?`).get(id) as RawRow | undefined;
  return r && r.closed_at ? toRow(r) : null;
}
