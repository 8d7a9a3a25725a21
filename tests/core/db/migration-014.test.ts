import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { openDatabase } from '../../../electron/core/db/open';
import { databaseAt } from './helpers';

/**
 * Migration 014 (an item's kind changed after creation): version 013 did not know the items' `kind` group, so a change
 * of kind it received from a newer install was kept in the log and row_groups but parked (the row kept its create kind).
 * Upgrading re-derives exactly the rows that hold one, in the migration's transaction.
 */
describe('migration 014 (the kind group of items)', () => {
  it('applies a kind change the previous version parked, and leaves rows without one alone', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ltt-m014-'));
    const file = path.join(dir, 'db.sqlite');
    databaseAt(file, 13);
    const old = new Database(file);
    let seq = 0;
    const change = (rowId: string, grp: string, value: object) => {
      seq += 1;
      const hlc = `${(1_700_000_000_000 + seq).toString(16).padStart(12, '0')}-0000-inst-b`;
      old
        .prepare(
          `INSERT INTO change_log (install_id, seq, org_id, tbl, row_id, grp, value, hlc, base_hlc, tx, actor, hash, arrival)
           VALUES ('inst-b', ?, 'org-b', 'items', ?, ?, ?, ?, NULL, 'tx', NULL, 'h', ?)`,
        )
        .run(seq, rowId, grp, JSON.stringify(value), hlc, seq);
      old.prepare("INSERT INTO row_groups (tbl, row_id, grp, hlc, install_id, seq) VALUES ('items', ?, ?, ?, 'inst-b', ?)").run(rowId, grp, hlc, seq);
    };
    for (const id of ['i1', 'i2']) {
      change(id, 'create', { orgId: 'org-b', kind: 'segment', seriesId: null, occurrence: null, createdAt: '2020-05-01T00:00:00.000Z' });
      change(id, 'content', { title: `Mục ${id}`, description: '', topics: [], outlet: 'tv' });
      change(id, 'schedule', { plannedDate: '2020-05-20', plannedTime: null, durationMin: null });
      change(id, 'status', { status: 'planned', statusReason: null });
    }
    change('i1', 'kind', { kind: 'report' });
    // What 013 materialised: the groups it knew. i2 is marked so a needless re-derivation would show.
    old.exec(`INSERT INTO items (id, org_id, kind, title, outlet, planned_date, status) VALUES
      ('i1', 'org-b', 'segment', 'Mục i1', 'tv', '2020-05-20', 'planned'),
      ('i2', 'org-b', 'segment', 'chưa đọc lại', 'tv', '2020-05-20', 'planned')`);
    old.close();

    const db = openDatabase(file, { backupDir: path.join(dir, 'backups') });
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
      expect(db.prepare('SELECT id, kind, title FROM items ORDER BY id').all()).toEqual([
        { id: 'i1', kind: 'report', title: 'Mục i1' },
        { id: 'i2', kind: 'segment', title: 'chưa đọc lại' },
      ]);
    } finally {
      db.close();
    }
  });
});
