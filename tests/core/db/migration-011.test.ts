import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { openDatabase } from '../../../electron/core/db/open';
import { getPlan, listTasks } from '../../../electron/core/plans/plan-repo';

/** The position of migration 011 in the list. */
const AT = MIGRATIONS.findIndex((m) => m.includes('ADD COLUMN year_to'));

describe('migration 011 (plan period, task section)', () => {
  it('adds plans.year_to and plan_tasks.section to a database of the version before, keeping its plans and tasks as they were', () => {
    expect(AT).toBeGreaterThan(0);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ltt-m011-'));
    const file = path.join(dir, 'db.sqlite');
    const old = new Database(file);
    for (let v = 0; v < AT; v += 1) {
      old.exec(MIGRATIONS[v]!);
      old.pragma(`user_version = ${v + 1}`);
    }
    old.prepare(`INSERT INTO plans (id, org_id, year, issuer, number, title) VALUES ('p1', 'o', 2020, 'UBND tỉnh Hải Dương', '259/KH-UBND', 'Kế hoạch')`).run();
    old.prepare(`INSERT INTO plan_tasks (id, org_id, plan_id, code, title, timeframe) VALUES ('t1', 'o', 'p1', '01', 'Tuyên truyền', 'Thường xuyên')`).run();
    old.close();

    const db = openDatabase(file, { backupDir: path.join(dir, 'backups') });
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
      const plan = getPlan(db, 'p1')!;
      expect([plan.year, plan.yearTo]).toEqual([2020, null]);
      expect(listTasks(db, 'p1')[0]).not.toHaveProperty('section');
      db.prepare(`UPDATE plans SET year_to = 2030, year = 2026 WHERE id = 'p1'`).run();
      db.prepare(`UPDATE plan_tasks SET section = 'II. Tuyên truyền trên báo chí' WHERE id = 't1'`).run();
      expect(getPlan(db, 'p1')!.yearTo).toBe(2030);
      expect(listTasks(db, 'p1')[0]!.section).toBe('II. Tuyên truyền trên báo chí');
    } finally {
      db.close();
    }
  });
});
