import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db/open';
import { ChangeWriter } from '../../../electron/core/sync/write-path';
import { exportChanges } from '../../../electron/core/sync/exporter';
import { T, tempRoot } from './helpers/site';
import { databaseAt } from '../db/helpers';

describe('migration 006 (sync)', () => {
  it('keeps the change log of a version-5 database and exports it on the first export', () => {
    const root = tempRoot();
    const file = path.join(root, 'db.sqlite');
    databaseAt(file, 5);
    const v5 = new Database(file);
    v5.prepare("INSERT INTO install (id, install_id, install_name, created_at) VALUES (1, 'inst', 'Máy 1', '2020-01-01T00:00:00.000Z')").run();
    const insert = v5.prepare(
      `INSERT INTO change_log (install_id, seq, org_id, tbl, row_id, grp, value, hlc, base_hlc, tx, actor, hash) VALUES ('inst', ?, 'org', ?, 'r1', ?, ?, ?, NULL, 'tx1', NULL, ?)`,
    );
    insert.run(1, T, 'create', '{"code":"r1","orgId":"org"}', '000000000001-0000-inst', 'h1');
    insert.run(2, T, 'title', '{"title":"Cũ"}', '000000000002-0000-inst', 'h2');
    v5.close();

    const db = openDatabase(file);
    expect(db.prepare('SELECT seq, arrival, supersedes FROM change_log ORDER BY seq').all()).toEqual([
      { seq: 1, arrival: 1, supersedes: null },
      { seq: 2, arrival: 2, supersedes: null },
    ]);
    expect(db.prepare('SELECT last_arrival FROM sync_export_state').get()).toEqual({ last_arrival: 0 });
    for (const t of ['sync_installs', 'sync_files']) expect(db.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get()).toEqual({ n: 0 });
    db.exec(
      `CREATE TABLE ${T} (id TEXT PRIMARY KEY, org_id TEXT NOT NULL, code TEXT, title TEXT, planned_date TEXT, planned_time TEXT, duration_minutes INTEGER, deleted INTEGER)`,
    );
    const writer = new ChangeWriter(db, 'inst', () => Date.UTC(2020, 0, 31));
    db.transaction(() => writer.write([{ table: T, rowId: 'r1', group: 'title', value: { title: 'Mới' } }], null, 'org'))();
    expect(db.prepare('SELECT seq, arrival FROM change_log WHERE seq = 3').get()).toEqual({ seq: 3, arrival: 3 });
    const out = exportChanges(db, writer, { org: 'org', orgName: null, installName: 'Máy 1' }, { outDir: path.join(root, 'out') });
    expect(out.changes).toBe(3);
    expect(fs.readdirSync(path.join(root, 'out'))).toHaveLength(1);
    db.close();
  });
});
