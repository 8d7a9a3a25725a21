import { MIGRATIONS } from '../../../electron/core/db/migrations';
import Database from 'better-sqlite3';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { openDatabase, type Db } from '../../../electron/core/db/open';
import { ChangeWriter } from '../../../electron/core/sync/write-path';
import { registerSyncedTable, syncedTable } from '../../../electron/core/sync/registry';

export function tempDir(prefix = 'ltt-safety-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function sha256(file: string): string | null {
  return fs.existsSync(file) ? crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex') : null;
}

/** Hashes of a database and its -wal/-shm: "byte-identical" means all three match. */
export function fileSetHash(file: string): Array<string | null> {
  return [sha256(file), sha256(`${file}-wal`), sha256(`${file}-shm`)];
}

/** A synced table used only by these tests, so they do not depend on other domains' registrations. */
export const NOTES_TABLE = 'test_notes';

export function registerNotes(): void {
  if (syncedTable(NOTES_TABLE)) return;
  registerSyncedTable({ table: NOTES_TABLE, groups: { create: ['orgId'], body: ['title', 'done'], deleted: ['deleted'] }, boolFields: ['done'] });
}

export interface TestDb {
  db: Db;
  file: string;
  dir: string;
  writer: ChangeWriter;
  installId: string;
}

const INSTALL = 'inst-a';
export const ORG = 'org-a';

/** A fresh database at the latest version with an install row and the test notes table. */
export function freshDb(dir = tempDir()): TestDb {
  registerNotes();
  const file = path.join(dir, 'lich-tuyen-truyen.sqlite');
  const db = openDatabase(file);
  db.exec(`CREATE TABLE IF NOT EXISTS ${NOTES_TABLE} (id TEXT PRIMARY KEY, org_id TEXT NOT NULL, title TEXT, done INTEGER)`);
  db.prepare("INSERT OR IGNORE INTO install (id, install_id, install_name, created_at) VALUES (1, ?, 'Máy thử', '2026-01-01T00:00:00.000Z')").run(INSTALL);
  let t = 1_700_000_000_000;
  const writer = new ChangeWriter(db, INSTALL, () => (t += 1000));
  return { db, file, dir, writer, installId: INSTALL };
}

export function addNote(t: TestDb, id: string, title: string, done = false): void {
  t.db.transaction(() => {
    t.writer.write(
      [
        { table: NOTES_TABLE, rowId: id, group: 'create', value: { orgId: ORG } },
        { table: NOTES_TABLE, rowId: id, group: 'body', value: { title, done } },
      ],
      'Người thử',
      ORG,
    );
  })();
}

export function noteTitles(db: Database.Database): string[] {
  return (db.prepare(`SELECT title FROM ${NOTES_TABLE} ORDER BY title`).all() as Array<{ title: string }>).map((r) => r.title);
}

/** Build a database at `version` by applying the first `version` migrations, as that release would have. */
export function databaseAt(file: string, version: number): void {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  for (let v = 0; v < version; v += 1) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]!);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
  db.close();
}

/** freshDb for a test file whose databases are each closed after their test: call once at the top of the file. */
export function freshDbEachTest(): () => TestDb {
  const open: TestDb[] = [];
  afterEach(() => {
    for (const t of open.splice(0)) if (t.db.open) t.db.close();
  });
  return () => {
    const t = freshDb();
    open.push(t);
    return t;
  };
}
