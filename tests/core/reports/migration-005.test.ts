import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { openDatabase } from '../../../electron/core/db/open';
import * as history from '../../../electron/core/reports/history/history-repo';

let dir: string;
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const row: history.ReportExportRow = {
  id: 'exp-1',
  createdAt: '2020-11-16T03:00:00.000Z',
  actor: 'Nguyễn Văn An',
  orgId: 'org-1',
  planId: 'plan-259',
  planNumber: '259/KH-UBND',
  from: '2020-01-01',
  to: '2020-12-31',
  periodLabel: 'năm 2020',
  asOf: '2020-11-15',
  reportDate: '2020-11-16',
  number: '12',
  format: 'docx',
  filePath: '/tmp/bao-cao.docx',
  bytes: 15000,
  dataSha256: 'a'.repeat(64),
  texts: { leadership: 'Mục I', assessment: 'Mục III', nextTasks: 'Mục IV', proposals: 'Không.' },
};

describe('migration 005 (report exports and drafts)', () => {
  it('applies on a version-4 database holding data, and the history works after it', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ltt-m005-'));
    const file = path.join(dir, 'ltt.sqlite');
    const old = new Database(file);
    for (let v = 0; v < 4; v += 1) {
      old.exec(MIGRATIONS[v]!);
      old.pragma(`user_version = ${v + 1}`);
    }
    old.prepare("INSERT INTO settings (key, value) VALUES ('report.signerName', 'Lê Thị Mai')").run();
    old.close();

    const db = openDatabase(file);
    expect(db.prepare("SELECT value FROM settings WHERE key = 'report.signerName'").get()).toEqual({ value: 'Lê Thị Mai' });
    history.insertExport(db, row);
    history.insertExport(db, { ...row, id: 'exp-2', createdAt: '2020-12-16T03:00:00.000Z', format: 'xlsx', texts: { ...row.texts, proposals: 'Đề xuất mới' } });
    expect(history.listExports(db, 'plan-259').map((r) => r.id)).toEqual(['exp-2', 'exp-1']);
    expect(history.getExport(db, 'exp-1')).toEqual(row);
    expect(history.latestExport(db, 'plan-259')!.texts.proposals).toBe('Đề xuất mới');

    history.saveDraft(db, 'plan-259', row.texts, '2020-11-17T00:00:00.000Z');
    history.saveDraft(db, 'plan-259', { ...row.texts, leadership: 'Sửa' }, '2020-11-18T00:00:00.000Z');
    expect(history.getDraft(db, 'plan-259')).toEqual({ texts: { ...row.texts, leadership: 'Sửa' }, updatedAt: '2020-11-18T00:00:00.000Z' });
    history.deleteDraft(db, 'plan-259');
    expect(history.getDraft(db, 'plan-259')).toBeNull();
    db.close();
  });

  it('refuses rows that break its rules (unknown format, short hash)', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ltt-m005-'));
    const db = openDatabase(path.join(dir, 'ltt.sqlite'));
    expect(() => history.insertExport(db, { ...row, format: 'odt' as never })).toThrow(/CHECK/);
    expect(() => history.insertExport(db, { ...row, id: 'x', dataSha256: 'abc' })).toThrow(/CHECK/);
    expect(history.listExports(db)).toEqual([]);
    db.close();
  });
});
