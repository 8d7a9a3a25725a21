import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import m016 from '../../../electron/core/db/migrations/016-key-rotations';
import { openDatabase } from '../../../electron/core/db/open';
import { databaseAt } from './helpers';

describe('migration 016 (key rotations)', () => {
  it('adds sync_key_rotations to a database of the version before, keeping its rows; one rotation per (install, old key)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ltt-m016-'));
    const file = path.join(dir, 'db.sqlite');
    // Its position in the list is its version (014 and 015 may come before it once they land).
    const version = MIGRATIONS.indexOf(m016) + 1;
    databaseAt(file, version - 1);
    const old = new Database(file);
    old.prepare("INSERT INTO settings (key, value) VALUES ('report.signerName', 'Trần Thị Bình')").run();
    old.close();
    const db = openDatabase(file, { backupDir: path.join(dir, 'backups') });
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
      expect(db.prepare("SELECT value FROM settings WHERE key = 'report.signerName'").get()).toEqual({ value: 'Trần Thị Bình' });
      const insert = db.prepare(
        "INSERT INTO sync_key_rotations (install_id, old_public_key, new_public_key, last_old_seq, signed, received_at) VALUES ('i', ?, ?, 7, '{}', '2026-11-02T00:00:00.000Z')",
      );
      insert.run('old', 'new');
      expect(() => insert.run('old', 'other')).toThrow(/UNIQUE|PRIMARY KEY/);
      expect(db.prepare('SELECT install_id, new_public_key, last_old_seq FROM sync_key_rotations').all()).toEqual([
        { install_id: 'i', new_public_key: 'new', last_old_seq: 7 },
      ]);
    } finally {
      db.close();
    }
  });
});
