import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db/open';
import { ChangeWriter, materialiseRow } from '../../../electron/core/sync/write-path';
import { listTasks, getPlan, listAgencies } from '../../../electron/core/plans/plan-repo';
import { databaseAt } from '../db/helpers';

describe('migration 002 (plans, plan_tasks, agencies)', () => {
  it('applies on a version-1 database, keeping its data, and the tables take rows through the write path', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ltt-m002-'));
    const file = path.join(dir, 'db.sqlite');
    databaseAt(file, 1);
    const v1 = new Database(file);
    v1.prepare("INSERT INTO install (id, install_id, install_name, created_at) VALUES (1, 'inst', 'Máy 1', '2020-01-01T00:00:00.000Z')").run();
    v1.prepare("INSERT INTO settings (key, value) VALUES ('orgId', 'org-1')").run();
    v1.close();

    const db = openDatabase(file);
    expect(db.prepare("SELECT value FROM settings WHERE key = 'orgId'").get()).toEqual({ value: 'org-1' });
    const writer = new ChangeWriter(db, 'inst', () => Date.UTC(2020, 0, 31));
    db.transaction(() => {
      writer.write(
        [
          { table: 'plans', rowId: 'p1', group: 'create', value: { orgId: 'org-1', year: 2020, createdAt: '2020-01-31T00:00:00.000Z' } },
          {
            table: 'plans',
            rowId: 'p1',
            group: 'meta',
            value: { issuer: 'UBND tỉnh Hải Dương', number: '259/KH-UBND', date: '2020-01-31', title: 'KH', basedOn: ['QĐ 1'], source: null },
          },
          { table: 'plan_tasks', rowId: 't1', group: 'create', value: { orgId: 'org-1', planId: 'p1' } },
          { table: 'plan_tasks', rowId: 't1', group: 'timing', value: { timeframe: 'Thường xuyên', cadence: { kind: 'ongoing' }, cadenceOverridden: true } },
          { table: 'agencies', rowId: 'a1', group: 'create', value: { orgId: 'org-1' } },
          { table: 'agencies', rowId: 'a1', group: 'name', value: { name: 'Sở Nội vụ', aliases: ['SNV'] } },
        ],
        'An',
        'org-1',
      );
    })();
    expect(getPlan(db, 'p1')).toMatchObject({ year: 2020, number: '259/KH-UBND', basedOn: ['QĐ 1'], orgId: 'org-1' });
    // A task whose content group has not arrived yet still materialises with defaults.
    expect(listTasks(db, 'p1')).toEqual([
      {
        id: 't1',
        planId: 'p1',
        code: '',
        title: '',
        product: '',
        leads: [],
        partners: [],
        timeframe: 'Thường xuyên',
        cadence: { kind: 'ongoing' },
        cadenceOverridden: true,
        sortOrder: 0,
      },
    ]);
    expect(listAgencies(db)).toEqual([{ id: 'a1', name: 'Sở Nội vụ', aliases: ['SNV'] }]);
    // A deleted group removes the materialised row; a restore brings it back whole.
    db.transaction(() => writer.write([{ table: 'plan_tasks', rowId: 't1', group: 'deleted', value: { deleted: true } }], null, 'org-1'))();
    expect(listTasks(db, 'p1')).toEqual([]);
    db.transaction(() => writer.write([{ table: 'plan_tasks', rowId: 't1', group: 'deleted', value: { deleted: false } }], null, 'org-1'))();
    materialiseRow(db, 'plan_tasks', 't1');
    expect(listTasks(db, 'p1')[0]!.timeframe).toBe('Thường xuyên');
    db.close();
  });
});
