import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { openDatabase } from '../../../electron/core/db/open';
import { WINNING_VALUES } from '../../../electron/core/sync/materialise';

describe('migration 009 (row_groups points at the log)', () => {
  it('keeps every winner of a version-8 database, now as a pointer whose value is read from the log', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ltt-m009-'));
    const file = path.join(dir, 'db.sqlite');
    const old = new Database(file);
    for (let v = 0; v < 8; v += 1) {
      old.exec(MIGRATIONS[v]!);
      old.pragma(`user_version = ${v + 1}`);
    }
    const log = old.prepare(
      `INSERT INTO change_log (install_id, seq, org_id, tbl, row_id, grp, value, hlc, base_hlc, tx, actor, hash, arrival) VALUES ('i', ?, 'o', 'items', ?, ?, ?, ?, NULL, 't', NULL, 'h', ?)`,
    );
    const group = old.prepare(`INSERT INTO row_groups (tbl, row_id, grp, hlc, install_id, seq, value) VALUES ('items', ?, ?, ?, 'i', ?, ?)`);
    for (let n = 1; n <= 20; n += 1) {
      const hlc = `${n.toString(16).padStart(12, '0')}-0000-i`;
      const value = JSON.stringify({ title: `Tin ${n}` });
      log.run(n, `r${n}`, 'title', value, hlc, n);
      group.run(`r${n}`, 'title', hlc, n, value);
    }
    old.close();

    const db = openDatabase(file, { backupDir: path.join(dir, 'backups') });
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
      const columns = (db.prepare('PRAGMA table_info(row_groups)').all() as Array<{ name: string }>).map((c) => c.name);
      expect(columns).toEqual(['tbl', 'row_id', 'grp', 'hlc', 'install_id', 'seq']);
      expect(db.prepare('SELECT COUNT(*) AS n FROM row_groups').get()).toEqual({ n: 20 });
      expect(db.prepare(WINNING_VALUES).all('items', 'r7')).toEqual([{ grp: 'title', value: '{"title":"Tin 7"}' }]);
    } finally {
      db.close();
    }
  });
});
