/**
 * 004: month closes. An editor closes a month of a plan once it has been reported; later changes to
 * that month's items stay allowed and are derived from the change log as amendments (no copy kept here).
 * Synced (materialised from row_groups): groups `create` {orgId, planId, month}, `close`
 * {closedAt, closedBy, note}, `deleted` (a reopened month). The id derives from (org, plan, month)
 * so two installs closing the same month agree on one row.
 */
export default /* sql */ `
CREATE TABLE month_closes (
  id TEXT PRIMARY KEY,
  org_id TEXT NOT NULL,
  plan_id TEXT NOT NULL,
  month TEXT NOT NULL,
  closed_at TEXT,
  closed_by TEXT,
  note TEXT
);
CREATE INDEX month_closes_plan ON month_closes (plan_id, month);
`;
