import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupFromConnection, backupToFile, integrityProblems } from '../../../electron/core/db/backup-file';
import { listBackups, parseBackupName } from '../../../electron/core/db/backup-list';
import { applyRotation, autoBackupIfDue } from '../../../electron/core/safety/auto-backup';
import { addNote, freshDbEachTest, noteTitles } from './helpers';

const make = freshDbEachTest();
const utcDay = (d: Date): string => d.toISOString().slice(0, 10);

describe('backups', () => {
  it('copies the live database (including un-checkpointed WAL) into a checked, standalone file', () => {
    const t = make();
    addNote(t, 'n1', 'Bản tin sáng');
    addNote(t, 'n2', 'Tọa đàm CCHC');
    expect(fs.statSync(`${t.file}-wal`).size).toBeGreaterThan(0);
    const file = backupFromConnection(t.db, t.file, path.join(t.dir, 'backups'), 'manual', new Date('2026-11-26T02:00:00.000Z'));
    expect(path.basename(file)).toBe('lich-tuyen-truyen-manual-2026-11-26T02-00-00-000Z.sqlite');
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
    expect(integrityProblems(file)).toEqual([]);
    const copy = new Database(file, { readonly: true });
    expect(noteTitles(copy)).toEqual(['Bản tin sáng', 'Tọa đàm CCHC']);
    copy.close();
    // the app keeps working on its connection
    addNote(t, 'n3', 'Sau sao lưu');
    expect(noteTitles(t.db)).toHaveLength(3);
  });

  it('gives two backups in the same millisecond different names', () => {
    const t = make();
    const now = new Date('2026-11-26T02:00:00.000Z');
    const a = backupFromConnection(t.db, t.file, path.join(t.dir, 'backups'), 'manual', now);
    const b = backupFromConnection(t.db, t.file, path.join(t.dir, 'backups'), 'manual', now);
    expect(a).not.toBe(b);
    expect(
      listBackups(path.join(t.dir, 'backups'), t.file)
        .map((e) => e.name)
        .sort(),
    ).toEqual([path.basename(a), path.basename(b)].sort());
  });

  it('--out refuses to overwrite an existing file or the database itself', () => {
    const t = make();
    const out = path.join(t.dir, 'copy.sqlite');
    fs.writeFileSync(out, 'giữ nguyên');
    expect(() => backupToFile(t.db, t.file, out)).toThrow(/đã tồn tại/);
    expect(fs.readFileSync(out, 'utf8')).toBe('giữ nguyên');
    expect(() => backupToFile(t.db, t.file, t.file, true)).toThrow(/chính cơ sở dữ liệu/);
    const fresh = backupToFile(t.db, t.file, path.join(t.dir, 'sub', 'mine.sqlite'));
    expect(integrityProblems(fresh)).toEqual([]);
    expect(fs.readdirSync(path.join(t.dir, 'sub'))).toEqual(['mine.sqlite']);
  });

  it('lists only our backups, newest first, ignoring temp files and strangers', () => {
    const t = make();
    const dir = path.join(t.dir, 'backups');
    backupFromConnection(t.db, t.file, dir, 'auto', new Date('2026-11-24T02:00:00.000Z'));
    backupFromConnection(t.db, t.file, dir, 'pre-migration-v6', new Date('2026-11-25T02:00:00.000Z'));
    fs.writeFileSync(path.join(dir, '.lich-tuyen-truyen-auto-2026-11-26T00-00-00-000Z.sqlite.tmp'), '');
    fs.writeFileSync(path.join(dir, 'ghi-chu.txt'), '');
    fs.writeFileSync(path.join(dir, 'other-auto-2026-11-26T00-00-00-000Z.sqlite'), '');
    const list = listBackups(dir, t.file);
    expect(list.map((e) => e.kind)).toEqual(['pre-migration-v6', 'auto']);
    expect(list[0]!.createdAt).toBe('2026-11-25T02:00:00.000Z');
    expect(parseBackupName('lich-tuyen-truyen-auto-2026-13-40T00-00-00-000Z.sqlite')).toBeNull();
  });

  it('automatic backup: at most once per day, then rotation', () => {
    const t = make();
    const dir = path.join(t.dir, 'backups');
    const first = autoBackupIfDue({ db: t.db, dbFile: t.file, backupDir: dir, now: new Date('2026-11-26T01:00:00.000Z'), dayOf: utcDay });
    expect(first.created).not.toBeNull();
    const again = autoBackupIfDue({ db: t.db, dbFile: t.file, backupDir: dir, now: new Date('2026-11-26T23:00:00.000Z'), dayOf: utcDay });
    expect(again.created).toBeNull();
    // 20 more days of starts with a policy of 3 daily, nothing weekly/monthly
    const policy = { daily: 3, weekly: 0, monthly: 0, safety: 2 };
    for (let i = 1; i <= 20; i += 1) {
      autoBackupIfDue({ db: t.db, dbFile: t.file, backupDir: dir, now: new Date(Date.UTC(2026, 10, 26 + i, 8)), policy, dayOf: utcDay });
    }
    const left = listBackups(dir, t.file);
    expect(left.map((e) => e.createdAt.slice(0, 10))).toEqual(['2026-12-16', '2026-12-15', '2026-12-14']);
  });

  it('rotation never touches files that are not our backups', () => {
    const t = make();
    const dir = path.join(t.dir, 'backups');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'quan-trong.sqlite'), 'x');
    for (let i = 0; i < 5; i += 1) backupFromConnection(t.db, t.file, dir, 'auto', new Date(Date.UTC(2026, 0, 1 + i)));
    const removed = applyRotation(dir, t.file, new Date(Date.UTC(2026, 1, 1)), { daily: 1, weekly: 0, monthly: 0, safety: 0 }, utcDay);
    expect(removed).toHaveLength(4);
    expect(fs.readdirSync(dir).sort()).toEqual(['lich-tuyen-truyen-auto-2026-01-05T00-00-00-000Z.sqlite', 'quan-trong.sqlite']);
  });
});
