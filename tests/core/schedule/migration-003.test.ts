import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { openDatabase } from '../../../electron/core/db/open';
import { tempDir } from './helpers';

describe('migration 003 (schedule)', () => {
  it('applies on a version-2 database, keeps its data, seeds holidays and topics, and indexes date ranges', () => {
    const file = path.join(tempDir(), 'ltt.sqlite');
    const old = new Database(file);
    for (let v = 0; v < 2; v++) {
      old.exec(MIGRATIONS[v]!);
      old.pragma(`user_version = ${v + 1}`);
    }
    old.prepare("INSERT INTO settings (key, value) VALUES ('orgId', 'o1')").run();
    old.close();

    const db = openDatabase(file, { now: () => new Date('2026-01-01T00:00:00.000Z') });
    expect(db.prepare("SELECT value FROM settings WHERE key = 'orgId'").get()).toEqual({ value: 'o1' });
    expect(db.prepare("SELECT name FROM holidays WHERE date = '2024-02-10'").get()).toEqual({ name: 'Tết Nguyên Đán (Mùng 1 Tết)' });
    expect(db.prepare("SELECT name FROM holidays WHERE date = '2020-04-02'").get()).toEqual({ name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)' });
    expect((db.prepare('SELECT COUNT(*) AS n FROM topics').get() as { n: number }).n).toBeGreaterThan(5);
    const plan = db.prepare("EXPLAIN QUERY PLAN SELECT id FROM items WHERE planned_date >= '2020-05-01' AND planned_date <= '2020-05-31'").all() as Array<{
      detail: string;
    }>;
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/USING (COVERING )?INDEX items_planned/);
    const byTask = db.prepare("EXPLAIN QUERY PLAN SELECT item_id FROM item_tasks WHERE task_id = 't'").all() as Array<{ detail: string }>;
    expect(byTask.map((p) => p.detail).join(' ')).toMatch(/INDEX item_tasks_task/);
    db.close();
  });
});
