import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { openDatabase } from '../../../electron/core/db/open';

describe('migration 004 (month closes)', () => {
  it('adds month_closes on top of 003 and keeps the items written before it', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ltt-m004-'));
    const file = path.join(dir, 'ltt.sqlite');
    const old = new Database(file);
    for (let v = 0; v < 3; v += 1) {
      old.exec(MIGRATIONS[v]!);
      old.pragma(`user_version = ${v + 1}`);
    }
    old.prepare("INSERT INTO items (id, org_id, kind, title, planned_date) VALUES ('i1', 'o', 'segment', 'Chuyên mục tháng 7', '2020-07-25')").run();
    old.close();

    const db = openDatabase(file);
    expect(db.prepare('SELECT title FROM items').all()).toEqual([{ title: 'Chuyên mục tháng 7' }]);
    const cols = (db.prepare('PRAGMA table_info(month_closes)').all() as Array<{ name: string }>).map((c) => c.name);
    expect(cols).toEqual(['id', 'org_id', 'plan_id', 'month', 'closed_at', 'closed_by', 'note']);
    db.prepare("INSERT INTO month_closes (id, org_id, plan_id, month, closed_at) VALUES ('c1', 'o', 'p', '2020-07', '2020-08-01T00:00:00.000Z')").run();
    expect(db.prepare("SELECT month FROM month_closes WHERE plan_id = 'p'").all()).toEqual([{ month: '2020-07' }]);
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
