import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { openDatabase } from '../../../electron/core/db/open';
import { databaseAt } from './helpers';

describe('migration 010 (origin segments, trust by organisation)', () => {
  it('turns the installs a version-9 database knows into decisions per organisation, and adds the segment tables', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ltt-m010-'));
    const file = path.join(dir, 'db.sqlite');
    databaseAt(file, 9);
    const old = new Database(file);
    const add = old.prepare(
      `INSERT INTO sync_installs (install_id, org_id, org_name, install_name, public_key, fingerprint, trust, first_seen_at, decided_at)
       VALUES (?, ?, ?, ?, 'k', 'f', ?, '2026-01-01T00:00:00.000Z', NULL)`,
    );
    add.run('s1', 'org-s', 'Đài PTTH', 'Máy 1', 'trusted');
    add.run('s2', 'org-s', 'Đài PTTH', 'Máy 2', 'pending');
    add.run('n1', 'org-n', 'Báo', 'Máy báo', 'refused');
    add.run('x1', 'org-x', 'Lạ', 'Máy lạ', 'pending');
    old.close();

    const db = openDatabase(file, { backupDir: path.join(dir, 'backups') });
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
      expect(db.prepare('SELECT org_id, org_name, trust FROM sync_orgs ORDER BY org_id').all()).toEqual([
        { org_id: 'org-n', org_name: 'Báo', trust: 'refused' },
        { org_id: 'org-s', org_name: 'Đài PTTH', trust: 'trusted' },
        { org_id: 'org-x', org_name: 'Lạ', trust: 'pending' },
      ]);
      // An install's own decision stays as it was: the organisation's is a new, separate one.
      expect(db.prepare("SELECT trust FROM sync_installs WHERE install_id = 's2'").get()).toEqual({ trust: 'pending' });
      for (const t of ['sync_segments', 'sync_file_waits', 'sync_events', 'sync_folder_seen', 'install_vouches']) {
        expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?").get(t)).toEqual({ name: t });
      }
      expect(db.prepare('SELECT last_segment FROM sync_export_state').get()).toEqual({ last_segment: 0 });
    } finally {
      db.close();
    }
  });
});
