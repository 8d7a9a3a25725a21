import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { openDatabase } from '../../../electron/core/db/open';
import { databaseAt } from './helpers';

describe('migration 013 (a plan handed to another organisation)', () => {
  it('adds plans.steward_org and plan_tasks.steward_org to a database of the version before, keeping its rows', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ltt-m013-'));
    const file = path.join(dir, 'db.sqlite');
    databaseAt(file, 12);
    const old = new Database(file);
    old.prepare("INSERT INTO plans (id, org_id, year, issuer, number, title) VALUES ('p', 'o', 2026, 'UBND tỉnh', '12/KH-UBND', 'Kế hoạch')").run();
    old.prepare("INSERT INTO plan_tasks (id, org_id, plan_id, code, title) VALUES ('t', 'o', 'p', '01', 'Nhiệm vụ')").run();
    old.close();
    const db = openDatabase(file, { backupDir: path.join(dir, 'backups') });
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
      expect(db.prepare('SELECT id, title, steward_org FROM plans').all()).toEqual([{ id: 'p', title: 'Kế hoạch', steward_org: null }]);
      expect(db.prepare('SELECT id, code, steward_org FROM plan_tasks').all()).toEqual([{ id: 't', code: '01', steward_org: null }]);
    } finally {
      db.close();
    }
  });
});
