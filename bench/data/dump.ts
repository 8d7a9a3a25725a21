import crypto from 'node:crypto';
import Database from 'better-sqlite3';

/** Tables whose content the generator decides (everything but random transaction ids and the local arrival order). */
const TABLES = ['organisations', 'plans', 'plan_tasks', 'agencies', 'series', 'items', 'item_tasks', 'row_groups', 'sync_conflicts', 'sync_installs', 'users'];

/**
 * A digest per table of a generated database: sorted rows of the synced and derived tables, and the change
 * log without its random transaction ids (and the hash, which covers them).
 */
export function dumpDigest(dbFile: string): Record<string, string> {
  const db = new Database(dbFile, { readonly: true });
  try {
    const out: Record<string, string> = {};
    const digest = (rows: unknown[]) =>
      `${rows.length} ${crypto
        .createHash('sha256')
        .update(
          rows
            .map((r) => JSON.stringify(r))
            .sort()
            .join('\n'),
        )
        .digest('hex')}`;
    for (const t of TABLES) {
      const cols = (db.prepare(`PRAGMA table_info(${t})`).all() as Array<{ name: string }>).map((c) => c.name).filter((c) => c !== 'id' || t !== 'users');
      out[t] = digest(db.prepare(`SELECT ${cols.join(', ')} FROM ${t}`).all());
    }
    out.change_log = digest(db.prepare('SELECT install_id, seq, org_id, tbl, row_id, grp, value, hlc, base_hlc, actor, supersedes FROM change_log').all());
    return out;
  } finally {
    db.close();
  }
}
