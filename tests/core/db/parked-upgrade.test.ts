import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../electron/core/db/migrations';
import { openDatabase } from '../../../electron/core/db/open';
import { spec } from '../../../electron/core/sync/field-spec';
import { registerSyncedTable } from '../../../electron/core/sync/registry';

/**
 * Point 6 of issue 15, through a real upgrade: a database written at the previous schema version holds changes its
 * version parked (a field and a table it did not know); the production openDatabase migrates it and, in the same
 * transaction, re-derives exactly the rows holding them.
 *
 * "Newer schema" is simulated the way a later migration would bring it: this version's registration declares the
 * fields with `since: LATEST_SCHEMA_VERSION`, and their columns exist (created here, where that migration would).
 */
const NOW = LATEST_SCHEMA_VERSION;
registerSyncedTable({
  table: 'upgrade_notes',
  groups: { create: ['orgId'], body: ['title', 'mood'] },
  fields: { orgId: spec.text(100), title: spec.text(300), mood: spec.text(50, { nullable: true, since: NOW }) },
});
registerSyncedTable({
  table: 'upgrade_future',
  groups: { create: ['orgId', 'label'] },
  fields: { orgId: spec.text(100, { since: NOW }), label: spec.text(100, { since: NOW }) },
});
registerSyncedTable({
  table: 'upgrade_fragile',
  groups: { create: ['orgId', 'label'] },
  fields: { orgId: spec.text(100, { since: NOW }), label: spec.text(100, { since: NOW }) },
  afterProject: ({ row }) => {
    if (row?.label === 'hỏng') throw new Error('side table refused the row');
  },
});

/** A database at the previous schema version, as that version left it. */
function previousVersionDb(): { file: string; dir: string; old: Database.Database; change: (tbl: string, rowId: string, grp: string, value: object) => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ltt-parked-'));
  const file = path.join(dir, 'db.sqlite');
  const old = new Database(file);
  for (let v = 0; v < NOW - 1; v += 1) {
    old.exec(MIGRATIONS[v]!);
    old.pragma(`user_version = ${v + 1}`);
  }
  // Before migration 009 row_groups also held a copy of the value.
  const withValue = (old.prepare('PRAGMA table_info(row_groups)').all() as Array<{ name: string }>).some((c) => c.name === 'value');
  const log = old.prepare(
    `INSERT INTO change_log (install_id, seq, org_id, tbl, row_id, grp, value, hlc, base_hlc, tx, actor, hash, arrival)
     VALUES ('inst-b', ?, 'org-b', ?, ?, ?, ?, ?, NULL, 'tx', NULL, 'h', ?)`,
  );
  const group = old.prepare(
    withValue
      ? "INSERT INTO row_groups (tbl, row_id, grp, hlc, install_id, seq, value) VALUES (?, ?, ?, ?, 'inst-b', ?, ?)"
      : "INSERT INTO row_groups (tbl, row_id, grp, hlc, install_id, seq) VALUES (?, ?, ?, ?, 'inst-b', ?)",
  );
  let seq = 0;
  const change = (tbl: string, rowId: string, grp: string, value: object) => {
    seq += 1;
    const hlc = `${(1_700_000_000_000 + seq).toString(16).padStart(12, '0')}-0000-inst-b`;
    const json = JSON.stringify(value);
    log.run(seq, tbl, rowId, grp, json, hlc, seq);
    group.run(...[tbl, rowId, grp, hlc, seq, ...(withValue ? [json] : [])]);
  };
  return { file, dir, old, change };
}

describe('parked changes apply when the database is upgraded', () => {
  it('re-derives the rows holding a field or a table the previous version did not know, and only those', () => {
    const { file, dir, old, change } = previousVersionDb();
    // The columns the upgrade brings (a new column of a known table; a new table).
    old.exec(`CREATE TABLE upgrade_notes (id TEXT PRIMARY KEY, org_id TEXT NOT NULL, title TEXT NOT NULL DEFAULT '', mood TEXT);
              CREATE TABLE upgrade_future (id TEXT PRIMARY KEY, org_id TEXT NOT NULL, label TEXT)`);
    change('upgrade_notes', 'n1', 'create', { orgId: 'org-b' });
    change('upgrade_notes', 'n1', 'body', { mood: 'vui', title: 'Bản tin sáng' });
    change('upgrade_notes', 'n2', 'create', { orgId: 'org-b' });
    change('upgrade_notes', 'n2', 'body', { title: 'Bản tin trưa' });
    change('upgrade_future', 'f1', 'create', { label: 'Bảng mới', orgId: 'org-b' });
    // What the previous version materialised: the fields it knew. n2 is marked so a re-derivation would show.
    old.exec(`INSERT INTO upgrade_notes (id, org_id, title, mood) VALUES ('n1', 'org-b', 'Bản tin sáng', NULL), ('n2', 'org-b', 'chưa đọc lại', NULL)`);
    old.close();

    const db = openDatabase(file, { backupDir: path.join(dir, 'backups') });
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(NOW);
      expect(db.prepare('SELECT id, title, mood FROM upgrade_notes ORDER BY id').all()).toEqual([
        { id: 'n1', title: 'Bản tin sáng', mood: 'vui' },
        // Holds nothing new: left alone (the upgrade stays cheap on a large database).
        { id: 'n2', title: 'chưa đọc lại', mood: null },
      ]);
      expect(db.prepare('SELECT * FROM upgrade_future').all()).toEqual([{ id: 'f1', org_id: 'org-b', label: 'Bảng mới' }]);
    } finally {
      db.close();
    }
    // Opening again re-derives nothing more (the database is at the latest version).
    const again = openDatabase(file);
    again.close();
  });

  it('runs in the migration transaction: when a row cannot be re-derived the database stays at the previous version', () => {
    const { file, dir, old, change } = previousVersionDb();
    old.exec('CREATE TABLE upgrade_fragile (id TEXT PRIMARY KEY, org_id TEXT NOT NULL, label TEXT)');
    change('upgrade_fragile', 'x1', 'create', { label: 'hỏng', orgId: 'org-b' });
    old.close();

    expect(() => openDatabase(file, { backupDir: path.join(dir, 'backups') })).toThrow();
    const after = new Database(file, { readonly: true });
    try {
      expect(after.pragma('user_version', { simple: true })).toBe(NOW - 1);
      expect(after.prepare('SELECT COUNT(*) AS n FROM upgrade_fragile').get()).toEqual({ n: 0 });
    } finally {
      after.close();
    }
  });
});
