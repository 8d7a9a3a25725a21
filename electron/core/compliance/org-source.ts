import type { Db } from '../db/open';

/**
 * Whether this database knows an organisation at all: its row, its items, or an install of it we have
 * heard from. A known organisation without items gets an empty matrix; an unknown id is a mistake.
 */
export function isKnownOrg(db: Db, orgId: string): boolean {
  const row = db
    .prepare(
      `SELECT EXISTS (SELECT 1 FROM organisations WHERE id = ?)
           OR EXISTS (SELECT 1 FROM items WHERE org_id = ?)
           OR EXISTS (SELECT 1 FROM sync_installs WHERE org_id = ?) AS known`,
    )
    .get(orgId, orgId, orgId) as { known: number };
  return row.known === 1;
}
