import type { Db } from '../db/open';
import { decodeHlc, isHlc } from '../../../shared/domain/hlc';

/** Read-only queries for the Home Affairs view (other features' tables are only read here). */

export interface OverviewItemRow {
  id: string;
  orgId: string;
  title: string;
  kind: string;
  outlet: string;
  plannedDate: string;
  plannedTime: string | null;
  status: string;
}

export function itemsBetween(db: Db, from: string, to: string, limitPerOrg = 500): OverviewItemRow[] {
  return db
    .prepare(
      `SELECT id, org_id AS orgId, title, kind, outlet, planned_date AS plannedDate, planned_time AS plannedTime, status FROM (
         SELECT *, ROW_NUMBER() OVER (PARTITION BY org_id ORDER BY planned_date, planned_time, id) AS n
         FROM items WHERE planned_date BETWEEN ? AND ?)
       WHERE n <= ? ORDER BY org_id, planned_date, planned_time, id`,
    )
    .all(from, to, limitPerOrg) as OverviewItemRow[];
}

export function statusTotals(db: Db, from: string, to: string): Array<{ orgId: string; status: string; n: number }> {
  return db
    .prepare('SELECT org_id AS orgId, status, COUNT(*) AS n FROM items WHERE planned_date BETWEEN ? AND ? GROUP BY org_id, status')
    .all(from, to) as Array<{ orgId: string; status: string; n: number }>;
}

export function taskCounts(
  db: Db,
  from: string,
  to: string,
): Array<{ taskId: string; code: string; title: string; orgId: string | null; planned: number; done: number }> {
  return db
    .prepare(
      `SELECT t.id AS taskId, t.code, t.title, i.org_id AS orgId,
              COUNT(i.id) AS planned, SUM(CASE WHEN i.status = 'done' THEN 1 ELSE 0 END) AS done
       FROM plan_tasks t
       LEFT JOIN item_tasks it ON it.task_id = t.id
       LEFT JOIN items i ON i.id = it.item_id AND i.planned_date BETWEEN ? AND ?
       GROUP BY t.id, i.org_id
       ORDER BY t.plan_id, t.sort_order, t.code`,
    )
    .all(from, to) as Array<{ taskId: string; code: string; title: string; orgId: string | null; planned: number; done: number }>;
}

function orgsWithData(db: Db): Array<{ orgId: string; orgName: string | null }> {
  return db
    .prepare(
      `SELECT o.org_id AS orgId, (SELECT name FROM organisations WHERE id = o.org_id) AS orgName
       FROM (SELECT DISTINCT org_id FROM items UNION SELECT DISTINCT org_id FROM sync_installs) o ORDER BY orgName`,
    )
    .all() as Array<{ orgId: string; orgName: string | null }>;
}

/**
 * How fresh each organisation's data is here. `lastFileAt`: the last file received directly from one of its
 * trusted installs. `lastChangeAt`: the latest change of the organisation this database holds, however it
 * came (directly or passed on by another install), so data received only through the station still says
 * how recent it is. Each install's latest change is its highest seq (its clock only moves forward), found
 * by a skip-scan of the log's primary key: one seek per install, never a scan of the whole log.
 */
function freshnessByOrg(db: Db): Array<{ orgId: string; lastChangeAt: string | null; lastFileAt: string | null }> {
  const files = db
    .prepare(
      `SELECT org_id AS orgId, MAX(last_change_at) AS lastChangeAt, MAX(last_file_at) AS lastFileAt FROM sync_installs WHERE trust = 'trusted' GROUP BY org_id`,
    )
    .all() as Array<{ orgId: string; lastChangeAt: string | null; lastFileAt: string | null }>;
  const logged = db
    .prepare(
      `WITH RECURSIVE inst(id) AS (
         SELECT MIN(install_id) FROM change_log
         UNION ALL
         SELECT (SELECT MIN(install_id) FROM change_log WHERE install_id > inst.id) FROM inst WHERE inst.id IS NOT NULL
       )
       SELECT c.org_id AS orgId, MAX(c.hlc) AS hlc FROM inst
       JOIN change_log c ON c.install_id = inst.id AND c.seq = (SELECT MAX(seq) FROM change_log WHERE install_id = inst.id)
       GROUP BY c.org_id`,
    )
    .all() as Array<{ orgId: string; hlc: string }>;
  const out = new Map(files.map((f) => [f.orgId, { ...f }]));
  for (const l of logged) {
    if (!isHlc(l.hlc)) continue;
    const at = new Date(decodeHlc(l.hlc).ms).toISOString();
    const row = out.get(l.orgId) ?? out.set(l.orgId, { orgId: l.orgId, lastChangeAt: null, lastFileAt: null }).get(l.orgId)!;
    if (row.lastChangeAt === null || row.lastChangeAt < at) row.lastChangeAt = at;
  }
  return [...out.values()];
}

/** Whether this database holds items of `orgId`, and of any other organisation. */
export function itemsHeld(db: Db, orgId: string): { mine: boolean; others: boolean } {
  const row = db
    .prepare('SELECT EXISTS (SELECT 1 FROM items WHERE org_id = ?) AS mine, EXISTS (SELECT 1 FROM items WHERE org_id <> ?) AS others')
    .get(orgId, orgId) as { mine: number; others: number };
  return { mine: row.mine === 1, others: row.others === 1 };
}

/** Each organisation holding data here, with how fresh it is: the head of its card (Home Affairs' view, a report's part). */
export function orgsWithFreshness(
  db: Db,
  ownOrg: string | null,
): Array<{ orgId: string; orgName: string; own: boolean; lastChangeAt: string | null; lastFileAt: string | null }> {
  const fresh = new Map(freshnessByOrg(db).map((f) => [f.orgId, f]));
  return orgsWithData(db).map((o) => ({
    orgId: o.orgId,
    orgName: o.orgName ?? o.orgId,
    own: o.orgId === ownOrg,
    lastChangeAt: fresh.get(o.orgId)?.lastChangeAt ?? null,
    lastFileAt: fresh.get(o.orgId)?.lastFileAt ?? null,
  }));
}
