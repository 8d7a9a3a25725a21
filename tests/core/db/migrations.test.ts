import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listBackups } from '../../../electron/core/db/backup-list';
import { LATEST_SCHEMA_VERSION } from '../../../electron/core/db/migrations';
import { databaseAt } from './helpers';
import { peekSchemaVersion, refuseNewerVersion } from '../../../electron/core/db/check-version';
import { openDatabase, schemaVersionOf } from '../../../electron/core/db/open';
import { fileSetHash, tempDir } from './helpers';

function tableList(db: Database.Database): string[] {
  return (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as Array<{ name: string }>).map((r) => r.name);
}

describe('migrations', () => {
  it('a fresh database reaches the latest version, and reopening changes nothing', () => {
    const file = path.join(tempDir(), 'lich-tuyen-truyen.sqlite');
    const db = openDatabase(file);
    expect(schemaVersionOf(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(tableList(db)).toEqual(expect.arrayContaining(['install', 'settings', 'change_log', 'row_groups']));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
    const again = openDatabase(file);
    expect(schemaVersionOf(again)).toBe(LATEST_SCHEMA_VERSION);
    again.close();
    expect(listBackups(path.join(path.dirname(file), 'backups'))).toEqual([]);
  });

  it('every migration step applies on top of the previous one and keeps the data written before it', () => {
    for (let from = 1; from < LATEST_SCHEMA_VERSION; from += 1) {
      const dir = tempDir();
      const file = path.join(dir, 'lich-tuyen-truyen.sqlite');
      databaseAt(file, from);
      const old = new Database(file);
      old.prepare("INSERT INTO install (id, install_id, install_name, created_at) VALUES (1, 'i-old', 'Đài PT-TH', '2025-01-01T00:00:00.000Z')").run();
      old.prepare("INSERT INTO settings (key, value) VALUES ('language', 'vi')").run();
      old
        .prepare(
          "INSERT INTO change_log (install_id, seq, org_id, tbl, row_id, grp, value, hlc, base_hlc, tx, actor, hash) VALUES ('i-old', 1, 'o', 't', 'r', 'create', '{}', '000000000001-0000-i-old', NULL, 'tx', NULL, 'h')",
        )
        .run();
      old.close();

      const now = new Date('2026-11-26T04:00:00.000Z');
      const db = openDatabase(file, { now: () => now });
      expect(schemaVersionOf(db)).toBe(LATEST_SCHEMA_VERSION);
      expect(db.prepare('SELECT install_name FROM install').get()).toEqual({ install_name: 'Đài PT-TH' });
      expect(db.prepare("SELECT value FROM settings WHERE key = 'language'").get()).toEqual({ value: 'vi' });
      expect(db.prepare('SELECT COUNT(*) AS n FROM change_log').get()).toEqual({ n: 1 });
      db.close();

      const backups = listBackups(path.join(dir, 'backups'), file);
      expect(backups.map((b) => b.kind)).toEqual([`pre-migration-v${from}`]);
      const copy = new Database(backups[0]!.file, { readonly: true });
      expect(schemaVersionOf(copy)).toBe(from);
      expect(copy.prepare('SELECT install_name FROM install').get()).toEqual({ install_name: 'Đài PT-TH' });
      copy.close();
    }
  });

  /** A newer app's database as its crash would leave it: db + non-empty -wal + -shm, nobody holding it. */
  function newerCrashImage(): string {
    const live = path.join(tempDir(), 'live.sqlite');
    databaseAt(live, LATEST_SCHEMA_VERSION);
    const holder = new Database(live);
    holder.pragma('wal_autocheckpoint = 0');
    holder.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    holder.prepare("INSERT INTO settings (key, value) VALUES ('future', 'x')").run();
    const file = path.join(tempDir(), 'lich-tuyen-truyen.sqlite');
    for (const suffix of ['', '-wal', '-shm']) fs.copyFileSync(`${live}${suffix}`, `${file}${suffix}`);
    holder.close();
    return file;
  }

  /** A newer app's database closed cleanly: version in the header, no -wal/-shm. */
  function newerClean(): string {
    const file = path.join(tempDir(), 'lich-tuyen-truyen.sqlite');
    databaseAt(file, LATEST_SCHEMA_VERSION);
    const db = new Database(file);
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 3}`);
    db.close();
    return file;
  }

  function expectRefused(fn: () => unknown): void {
    let error: unknown;
    try {
      fn();
    } catch (e) {
      error = e;
    }
    expect((error as { code: string }).code).toBe('db_newer_version');
    expect((error as Error).message).toMatch(/phiên bản mới hơn.*tệp không bị thay đổi/);
  }

  it('peekSchemaVersion / refuseNewerVersion see a newer version (in the header or only in the WAL) without touching db, -wal or -shm', () => {
    for (const file of [newerClean(), newerCrashImage()]) {
      const before = fileSetHash(file);
      expect(peekSchemaVersion(file)).toBeGreaterThan(LATEST_SCHEMA_VERSION);
      expectRefused(() => refuseNewerVersion(file));
      expect(fileSetHash(file)).toEqual(before);
    }
  });

  it('openDatabase refuses a database from a newer version, makes no backup, leaves the main file intact', () => {
    for (const file of [newerClean(), newerCrashImage()]) {
      const before = fileSetHash(file);
      expectRefused(() => openDatabase(file));
      expect(fileSetHash(file)[0]).toBe(before[0]);
      expect(fs.existsSync(path.join(path.dirname(file), 'backups'))).toBe(false);
    }
  });

  it('openDatabase leaves a newer database byte-identical including -wal and -shm', () => {
    for (const file of [newerClean(), newerCrashImage()]) {
      const before = fileSetHash(file);
      expectRefused(() => openDatabase(file));
      expect(fileSetHash(file)).toEqual(before);
    }
  });
});
