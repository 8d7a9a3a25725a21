import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { openDatabase } from '../../../electron/core/db/open';

const M012 = MIGRATIONS.findIndex((m) => m.includes('CREATE TABLE IF NOT EXISTS user_pins'));

describe('migration 012 (an optional PIN per user)', () => {
  it('keeps every user of the version before it, with no PIN, and a PIN goes with its user', () => {
    expect(M012).toBeGreaterThan(0);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ltt-m012-'));
    const file = path.join(dir, 'db.sqlite');
    const old = new Database(file);
    for (let v = 0; v < M012; v += 1) {
      old.exec(MIGRATIONS[v]!);
      old.pragma(`user_version = ${v + 1}`);
    }
    old.prepare("INSERT INTO users (id, name, role, created_at) VALUES ('u1', 'Nguyễn Văn An', 'editor', '2025-01-01T00:00:00.000Z')").run();
    old.prepare("INSERT INTO users (id, name, role, created_at) VALUES ('u2', 'Trần Thị Bình', 'viewer', '2025-01-02T00:00:00.000Z')").run();
    old.close();

    const db = openDatabase(file, { backupDir: path.join(dir, 'backups') });
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
      expect(db.prepare('SELECT id, name, role FROM users ORDER BY id').all()).toEqual([
        { id: 'u1', name: 'Nguyễn Văn An', role: 'editor' },
        { id: 'u2', name: 'Trần Thị Bình', role: 'viewer' },
      ]);
      expect(db.prepare('SELECT COUNT(*) AS n FROM user_pins').get()).toEqual({ n: 0 });
      db.prepare("INSERT INTO user_pins (user_id, pin_hash) VALUES ('u2', 'scrypt$00$00')").run();
      db.prepare("DELETE FROM users WHERE id = 'u2'").run();
      expect(db.prepare('SELECT COUNT(*) AS n FROM user_pins').get()).toEqual({ n: 0 });
    } finally {
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
