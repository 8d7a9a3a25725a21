import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { openDatabase } from '../../../electron/core/db/open';
import { databaseAt } from './helpers';

describe('migration 015 (reconcile: imports and saved mappings, local)', () => {
  it('adds the reconcile tables to a database of the version before, keeping its rows', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ltt-m015-'));
    const file = path.join(dir, 'db.sqlite');
    const before = MIGRATIONS.length - 1;
    databaseAt(file, before);
    const old = new Database(file);
    old.prepare("INSERT INTO plans (id, org_id, year, issuer, number, title) VALUES ('p', 'o', 2026, 'UBND tỉnh', '12/KH-UBND', 'Kế hoạch')").run();
    old.close();
    const db = openDatabase(file, { backupDir: path.join(dir, 'backups') });
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
      expect(db.prepare('SELECT id, title FROM plans').all()).toEqual([{ id: 'p', title: 'Kế hoạch' }]);
      db.prepare(
        "INSERT INTO reconcile_imports (id, file_name, sha256, evidence_file, created_at) VALUES ('i', 'log.csv', 'ab', 'evidence/ab/x', '2026-11-01T00:00:00Z')",
      ).run();
      db.prepare(
        "INSERT INTO reconcile_lines (import_id, line, item_id, action, prior_status, prior_notes) VALUES ('i', 2, 'item', 'accept', 'planned', '')",
      ).run();
      expect(() =>
        db
          .prepare("INSERT INTO reconcile_lines (import_id, line, item_id, action, prior_status, prior_notes) VALUES ('i', 3, 'item', 'guess', 'planned', '')")
          .run(),
      ).toThrow(/CHECK/);
      db.prepare("INSERT INTO reconcile_mappings (name, mapping, updated_at) VALUES ('THD', '{}', '2026-11-01T00:00:00Z')").run();
      db.prepare("DELETE FROM reconcile_imports WHERE id = 'i'").run();
      expect(db.prepare('SELECT COUNT(*) AS n FROM reconcile_lines').get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }
  });
});
