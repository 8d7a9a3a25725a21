import { afterAll, describe, expect, it } from 'vitest';
import type { FieldSpec } from '../../../electron/core/sync/field-spec';
import { checkGroupValue, incomingChangeProblem } from '../../../electron/core/sync/field-validator';
import { CREATE_GROUP, DELETED_GROUP, syncedTable } from '../../../electron/core/sync/registry';
import { SYNCED_TABLES } from '../../../electron/core/synced-tables';
import { AppError } from '../../../shared/contract/errors';
import { LATEST_SCHEMA_VERSION } from '../../../electron/core/db/migrations';
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generate } from '../../../bench/data/generate';
import { freshDb, ORG } from '../db/helpers';

/**
 * Issue 15 point 4: one validator for every synced field. Iterates the app's list of synced tables (synced-tables.ts,
 * which the registry reads; tables only tests register are not in it), so a field added without a spec fails here. Every field refuses a wrong-typed value both on the local write path
 * (ChangeWriter.write on a real database: nothing reaches the log) and on import (incomingChangeProblem); valid
 * values — and null where the column allows it — pass and materialise.
 */
const KNOWN = ['plans', 'plan_tasks', 'agencies', 'organisations', 'month_closes', 'items', 'series'];

/** A value each field's spec accepts, shaped like real data. */
const SAMPLE_BY_FIELD: Record<string, unknown> = {
  orgId: ORG,
  planId: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b',
  seriesId: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c',
  month: '2020-05',
  cadence: { kind: 'windows', windows: [{ from: '2020-05-01', to: '2020-05-31', count: 1 }] },
  recurrence: { kind: 'monthlyWeekday', nth: -1, weekday: 5 },
  exceptions: [
    { occurrence: '2020-06-26', action: 'move', date: '2020-06-25' },
    { occurrence: '2020-07-31', action: 'skip' },
  ],
  evidenceSha256: 'a'.repeat(64),
};

function validValue(field: string, s: FieldSpec): unknown {
  if (field in SAMPLE_BY_FIELD) return SAMPLE_BY_FIELD[field];
  switch (s.kind) {
    case 'text':
      return 'Chuyên mục Cải cách hành chính'.slice(0, s.max);
    case 'date':
      return '2020-05-31';
    case 'time':
      return '19:30';
    case 'timestamp':
      return '2020-05-01T03:00:00.000Z';
    case 'integer':
      return Math.max(s.min, Math.min(s.max, 45));
    case 'id':
      return '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
    case 'boolean':
      return true;
    case 'enum':
      return s.values[0];
    case 'url':
      return 'https://baohaiduong.vn/cai-cach-hanh-chinh/bai-1.html';
    case 'strings':
      return ['Sở Nội vụ', 'Báo Hải Dương'];
    case 'schema':
      throw new Error(`no sample for ${field}`);
  }
}

/** Values of the wrong type or outside the field's rule. */
function wrongValues(s: FieldSpec): unknown[] {
  const base: unknown[] = [{ nested: true }, ...(s.nullable ? [] : [null])];
  switch (s.kind) {
    case 'text':
      return [...base, 42, true, ['văn bản'], 'x'.repeat(s.max + 1)];
    case 'date':
      return [...base, '2020-02-31', '31/05/2020', 20200531, '2020-5-1', ''];
    case 'time':
      return [...base, '25:00', '7:30', 1930, '19:30:00'];
    case 'timestamp':
      return [...base, '2020-13-01T00:00:00.000Z', 'hôm qua', 1588302000000];
    case 'integer':
      return [...base, 'NaN', '45', 1.5, s.max + 1, s.min - 1, '1e3'];
    case 'id':
      return [...base, '', 42, 'có dấu cách', 'a'.repeat(101)];
    case 'boolean':
      return [...base, 'true', 1, 0];
    case 'enum':
      return [...base, 'khác', 1, s.values[0]!.toUpperCase()];
    case 'url':
      return [...base, 'javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,x', 42, `https://x.vn/${'a'.repeat(s.max)}`];
    case 'strings':
      return [...base, 'Sở Nội vụ', [1], [null], Array.from({ length: s.maxItems + 1 }, () => 'a'), ['x'.repeat(s.maxLength + 1)]];
    case 'schema':
      return [...base, 42, 'chuỗi', { kind: 'không rõ' }];
  }
}

/** Every production field with its table, group and spec. */
function productionFields(): Array<{ table: string; group: string; field: string; spec: FieldSpec | undefined }> {
  return SYNCED_TABLES.flatMap((t) =>
    Object.entries(t.groups).flatMap(([group, fields]) => fields.map((field) => ({ table: t.table, group, field, spec: t.fields?.[field] }))),
  );
}

function validGroup(table: string, group: string, nulls = false): Record<string, unknown> {
  const def = syncedTable(table)!;
  return Object.fromEntries(def.groups[group]!.map((f) => [f, nulls && def.fields![f]!.nullable ? null : validValue(f, def.fields![f]!)]));
}

const t = freshDb();
afterAll(() => t.db.close());
const logCount = () => (t.db.prepare('SELECT COUNT(*) AS n FROM change_log').get() as { n: number }).n;
let rowNo = 0;

/** A new row id this install's organisation may write: tables whose id names its owner (`ownerOf`) get one naming ORG. */
function rowIdFor(table: string): string {
  const n = `0190a1b2-0000-7000-8000-${String((rowNo += 1)).padStart(12, '0')}`;
  const ownerOf = (syncedTable(table) as { ownerOf?: (rowId: string) => string | null }).ownerOf;
  if (!ownerOf) return n;
  return [n, `${ORG}:${n}`, ORG].find((id) => ownerOf(id) === ORG) ?? n;
}

/** Write groups of one new row through the production write path, in a transaction as services do. */
function write(table: string, groups: Record<string, Record<string, unknown>>): void {
  const rowId = rowIdFor(table);
  t.db.transaction(() => {
    t.writer.write(
      Object.entries(groups).map(([group, value]) => ({ table, rowId, group, value })),
      'Người thử',
      ORG,
    );
  })();
}

describe('one validator for every synced field', () => {
  it('every field of every synced table has a spec', () => {
    const tables = SYNCED_TABLES.map((d) => d.table);
    for (const p of KNOWN) expect(tables, p).toContain(p);
    for (const def of SYNCED_TABLES) expect(syncedTable(def.table), def.table).toBe(def); // what the registry serves
    const missing = productionFields()
      .filter((f) => !f.spec)
      .map((f) => `${f.table}.${f.group}.${f.field}`);
    expect(missing).toEqual([]);
    expect(productionFields().length).toBeGreaterThan(60);
    // `since` names the migration that added a field's column: never one this version does not have.
    for (const f of productionFields()) expect(f.spec!.since ?? 0, `${f.table}.${f.field}`).toBeLessThanOrEqual(LATEST_SCHEMA_VERSION);
  });

  it('valid values, and null where the column allows it, pass the write path and materialise', () => {
    for (const def of SYNCED_TABLES) {
      for (const nulls of [false, true]) {
        const groups = Object.fromEntries(Object.keys(def.groups).map((g) => [g, validGroup(def.table, g, nulls)]));
        for (const [group, value] of Object.entries(groups)) {
          expect(checkGroupValue(def.table, group, value), `${def.table}.${group}`).toBeNull();
          expect(incomingChangeProblem({ table: def.table, group, valueJson: JSON.stringify(value) })).toBeNull();
        }
        expect(() => write(def.table, groups), `${def.table} nulls=${nulls}`).not.toThrow();
      }
      expect((t.db.prepare(`SELECT COUNT(*) AS n FROM ${def.table}`).get() as { n: number }).n, def.table).toBeGreaterThanOrEqual(1);
    }
  });

  it('every field refuses wrong values on the local write path (nothing reaches the log) and on import', () => {
    let checked = 0;
    for (const { table, group, field, spec } of productionFields()) {
      for (const wrong of wrongValues(spec!)) {
        const value = { ...validGroup(table, group), [field]: wrong };
        const label = `${table}.${group}.${field} = ${JSON.stringify(wrong)?.slice(0, 60)}`;
        const incoming = incomingChangeProblem({ table, group, valueJson: JSON.stringify(value) });
        expect(incoming, label).toMatchObject({ table, group, field });
        expect(incoming!.message, label).toContain(`"${field}"`);
        const before = logCount();
        let error: unknown = null;
        try {
          write(table, { [group]: value });
        } catch (e) {
          error = e;
        }
        expect(error, label).toBeInstanceOf(AppError);
        expect((error as AppError).code, label).toBe('invalid_input');
        expect((error as AppError).details, label).toMatchObject({ field, table });
        expect((error as AppError).message, label).toMatch(new RegExp(`Không lưu được: Bảng "${table}", trường "${field}" `));
        expect(logCount(), label).toBe(before);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(300);
  });

  it('refuses the cases seen in the field: a null planned date, 31 February, 25:00, a javascript: link, 5,000,000 characters, NaN', () => {
    const schedule = validGroup('items', 'schedule');
    const done = validGroup('items', 'done');
    const cases: Array<[string, string, Record<string, unknown>, string]> = [
      ['schedule', 'plannedDate', { ...schedule, plannedDate: null }, 'không được để trống'],
      ['schedule', 'plannedDate', { ...schedule, plannedDate: '2020-02-31' }, 'ngày có thật'],
      ['schedule', 'plannedTime', { ...schedule, plannedTime: '25:00' }, 'HH:mm'],
      ['schedule', 'durationMin', { ...schedule, durationMin: 'NaN' }, 'số nguyên từ 1 đến 1440'],
      ['done', 'doneLink', { ...done, doneLink: 'javascript:alert(1)' }, 'http:// hoặc https://'],
      ['content', 'title', { ...validGroup('items', 'content'), title: 'a'.repeat(5_000_000) }, 'quá dài (5.000.000 ký tự, tối đa 300)'],
    ];
    for (const [group, field, value, reason] of cases) {
      const p = incomingChangeProblem({ table: 'items', group, valueJson: JSON.stringify(value) });
      expect(p, field).toMatchObject({ field, message: expect.stringContaining(reason) });
      expect(() => write('items', { create: validGroup('items', CREATE_GROUP), [group]: value }), field).toThrow(reason);
    }
    expect(
      incomingChangeProblem({ table: 'plan_tasks', group: 'content', valueJson: JSON.stringify({ code: '01', title: 'x'.repeat(5_000_000), product: '' }) }),
    ).toMatchObject({
      field: 'title',
      message: expect.stringContaining('tối đa 10.000'),
    });
    expect(incomingChangeProblem({ table: 'plan_tasks', group: 'order', value: { sortOrder: '3' } })).toMatchObject({ field: 'sortOrder' });
  });

  it('checks the create and deleted groups of every table; leaves what a newer schema sends (parked)', () => {
    for (const table of SYNCED_TABLES.map((d) => d.table)) {
      expect(checkGroupValue(table, DELETED_GROUP, { deleted: true })).toBeNull();
      expect(checkGroupValue(table, DELETED_GROUP, { deleted: 'yes' }), table).toMatchObject({ field: 'deleted' });
      expect(checkGroupValue(table, DELETED_GROUP, {}), table).toMatchObject({ field: 'deleted' });
      expect(checkGroupValue(table, CREATE_GROUP, { ...validGroup(table, CREATE_GROUP), orgId: 7 }), table).toMatchObject({ field: 'orgId' });
      // A field, a group or a table from a newer schema: not refused, parked.
      expect(checkGroupValue(table, CREATE_GROUP, { ...validGroup(table, CREATE_GROUP), fieldOfTomorrow: { any: 1 } })).toBeNull();
      expect(checkGroupValue(table, 'groupOfTomorrow', { title: 42 })).toBeNull();
    }
    expect(checkGroupValue('table_of_tomorrow', CREATE_GROUP, { orgId: 42 })).toBeNull();
    expect(incomingChangeProblem({ table: 'table_of_tomorrow', group: 'x', valueJson: '{"a":1}' })).toBeNull();
    // A field missing from a group (an older install's group before a field was added) is not refused.
    expect(checkGroupValue('items', 'done', { doneAt: '2020-05-31' })).toBeNull();
  });

  it('every change a realistic install writes (a year of plans, series, items, done records) passes the import check', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ltt-validator-'));
    try {
      const r = await generate({ years: 1, items: 300, startYear: 2029, today: '2029-11-15', dbFile: path.join(dir, 'year.sqlite'), seed: '15' });
      const db = new Database(r.dbFile, { readonly: true });
      const changes = db.prepare('SELECT tbl AS "table", grp AS "group", value AS valueJson FROM change_log').all() as Array<{
        table: string;
        group: string;
        valueJson: string;
      }>;
      db.close();
      const tables = new Set(changes.map((c) => c.table));
      for (const t of ['plans', 'plan_tasks', 'agencies', 'organisations', 'items', 'series']) expect(tables, t).toContain(t);
      expect(changes.map(incomingChangeProblem).filter((p) => p !== null)).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
