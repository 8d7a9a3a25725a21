import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { openDatabase } from '../../../electron/core/db/open';

describe('migration 008 (change log by table and clock)', () => {
  it('indexes a version-7 log in place, and the amendments read seeks by clock instead of reading every item change', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ltt-m008-'));
    const file = path.join(dir, 'db.sqlite');
    const old = new Database(file);
    for (let v = 0; v < 7; v += 1) {
      old.exec(MIGRATIONS[v]!);
      old.pragma(`user_version = ${v + 1}`);
    }
    const insert = old.prepare(
      `INSERT INTO change_log (install_id, seq, org_id, tbl, row_id, grp, value, hlc, base_hlc, tx, actor, hash, arrival) VALUES ('i', ?, 'o', 'items', ?, 'title', '{}', ?, NULL, 't', NULL, 'h', ?)`,
    );
    for (let n = 1; n <= 50; n += 1) insert.run(n, `r${n % 7}`, `${n.toString(16).padStart(12, '0')}-0000-i`, n);
    old.close();

    const db = openDatabase(file, { backupDir: path.join(dir, 'backups') });
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
      expect(db.prepare('SELECT COUNT(*) AS n FROM change_log').get()).toEqual({ n: 50 });
      const after = db.prepare("SELECT seq FROM change_log WHERE tbl = 'items' AND hlc > ? ORDER BY hlc").all('00000000002d-0000-i');
      expect(after).toEqual([46, 47, 48, 49, 50].map((seq) => ({ seq })));
      // The same query text as compliance/amendments.ts.
      const plan = db
        .prepare('EXPLAIN QUERY PLAN SELECT tx, row_id, grp, value, hlc, actor FROM change_log WHERE tbl = ? AND hlc > ? ORDER BY hlc')
        .all('items', '0')
        .map((r) => (r as { detail: string }).detail)
        .join(' | ');
      expect(plan).toMatch(/USING INDEX change_log_tbl_hlc \(tbl=\? AND hlc>\?\)/);
      expect(plan).not.toMatch(/TEMP B-TREE/);
    } finally {
      db.close();
    }
  });
});
