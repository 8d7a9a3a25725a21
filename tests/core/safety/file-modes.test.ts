import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore } from '../../../electron/core/core';
import { restoreDatabase } from '../../../electron/core/db/backup-restore';

/**
 * Issue 19, point 2: the database (and its -wal) holds this install's private signing key, and so
 * does every backup; they used to be created 0644 (readable by every account on the computer).
 */
const posix = process.platform !== 'win32';
const mode = (f: string) => fs.statSync(f).mode & 0o777;
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});
function tmp(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'ltt-modes-'));
  dirs.push(d);
  return d;
}

describe.skipIf(!posix)('files holding the private key are readable by their owner only', () => {
  it('a new database, its -wal and -shm, its data folder and every backup are 0600 (folders 0700), under umask 022', () => {
    const old = process.umask(0o022);
    try {
      const base = tmp();
      const dbFile = path.join(base, 'LichTuyenTruyen', 'lich-tuyen-truyen.sqlite');
      const core = openCore({ dbFile });
      core.handlers['app:setup']({ orgName: 'Đài Phát thanh và Truyền hình tỉnh', userName: 'Nguyễn Văn An', role: 'editor', withSample: false });
      for (const f of [dbFile, `${dbFile}-wal`, `${dbFile}-shm`]) expect(mode(f), f).toBe(0o600);
      expect(mode(path.dirname(dbFile))).toBe(0o700);
      const backup = core.backupNow();
      expect(mode(backup)).toBe(0o600);
      expect(mode(path.dirname(backup))).toBe(0o700);
      const key = core.ctx.db.prepare('SELECT private_key FROM install').get() as { private_key: string };
      // Why this matters: the backup carries the key itself (documented in SECURITY.md as a secret).
      expect(fs.readFileSync(backup).includes(Buffer.from(key.private_key))).toBe(true);
      core.close();
    } finally {
      process.umask(old);
    }
  });

  it('a database left 0644 by an older version is tightened (with its -wal and -shm) on the next open', () => {
    const base = tmp();
    const dbFile = path.join(base, 'ltt.db');
    openCore({ dbFile }).close();
    const raw = new Database(dbFile);
    raw.pragma('journal_mode = WAL');
    raw.exec('CREATE TABLE IF NOT EXISTS t (x)');
    for (const f of [dbFile, `${dbFile}-wal`, `${dbFile}-shm`]) fs.chmodSync(f, 0o644);
    const core = openCore({ dbFile });
    raw.close();
    for (const f of [dbFile, `${dbFile}-wal`, `${dbFile}-shm`]) expect(mode(f), f).toBe(0o600);
    core.close();
  });

  it('restore: the restored database and the copy of the one it replaced are 0600', () => {
    const base = tmp();
    const dbFile = path.join(base, 'ltt.db');
    const core = openCore({ dbFile });
    const backup = core.backupNow();
    core.close();
    fs.chmodSync(backup, 0o644);
    const r = restoreDatabase({ dbFile, source: backup, now: new Date('2026-11-26T03:00:00Z') });
    expect(mode(dbFile)).toBe(0o600);
    expect(mode(r.previousBackup!)).toBe(0o600);
  });
});
