import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupFromConnection } from '../../../electron/core/db/backup-file';
import { listBackups } from '../../../electron/core/db/backup-list';
import { restoreDatabase } from '../../../electron/core/db/backup-restore';
import { validateBackupFile } from '../../../electron/core/db/backup-validate';
import { LATEST_SCHEMA_VERSION } from '../../../electron/core/db/migrations';
import { openDatabase } from '../../../electron/core/db/open';
import { addNote, databaseAt, fileSetHash, freshDbEachTest, noteTitles, sha256, tempDir } from './helpers';

const make = freshDbEachTest();
const NOW = new Date('2026-11-26T03:00:00.000Z');

function expectAppError(fn: () => unknown, code: string, text: RegExp): void {
  try {
    fn();
  } catch (error) {
    expect((error as { code?: string }).code).toBe(code);
    expect((error as Error).message).toMatch(text);
    return;
  }
  throw new Error('expected an error');
}

describe('validateBackupFile', () => {
  it('accepts our backup and says what is in it', () => {
    const t = make();
    addNote(t, 'n1', 'Một');
    const file = backupFromConnection(t.db, t.file, path.join(t.dir, 'backups'), 'manual', NOW);
    const info = validateBackupFile(file);
    expect(info.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(info.installId).toBe('inst-a');
    expect(info.changeCount).toBe(2);
  });

  it('refuses a text file, an empty file, a foreign SQLite file, a corrupt file and a newer version, naming the file', () => {
    const dir = tempDir();
    const txt = path.join(dir, 'ke-hoach.txt');
    fs.writeFileSync(txt, 'KẾ HOẠCH '.repeat(200));
    expectAppError(() => validateBackupFile(txt), 'invalid_input', /ke-hoach\.txt.*không phải tệp SQLite/);
    const empty = path.join(dir, 'rong.sqlite');
    fs.writeFileSync(empty, '');
    expectAppError(() => validateBackupFile(empty), 'invalid_input', /rỗng/);
    const foreign = path.join(dir, 'khac.sqlite');
    const f = new Database(foreign);
    f.exec('CREATE TABLE x (a); PRAGMA user_version = 3;');
    f.close();
    expectAppError(() => validateBackupFile(foreign), 'invalid_input', /thiếu bảng/);
    expectAppError(() => validateBackupFile(path.join(dir, 'khong-co.sqlite')), 'not_found', /Không tìm thấy/);
    expectAppError(() => restoreDatabase({ dbFile: path.join(dir, 'db.sqlite'), source: dir, now: NOW }), 'invalid_input', /thư mục/);

    const t = make();
    const good = backupFromConnection(t.db, t.file, path.join(t.dir, 'backups'), 'manual', NOW);
    const newer = path.join(dir, 'moi-hon.sqlite');
    fs.copyFileSync(good, newer);
    const n = new Database(newer);
    n.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    n.close();
    expectAppError(() => validateBackupFile(newer), 'db_newer_version', /phiên bản mới hơn/);

    const corrupt = path.join(dir, 'hong.sqlite');
    const bytes = fs.readFileSync(good);
    // damage pages after the header and schema page
    for (let i = 4096 * 2; i < bytes.length; i += 97) bytes[i] = (bytes[i]! ^ 0x5a) & 0xff;
    fs.writeFileSync(corrupt, bytes);
    expect(() => validateBackupFile(corrupt)).toThrow(/hỏng|không phải/);
  });
});

describe('restoreDatabase', () => {
  it('restores a backup, keeps the replaced database as a backup, and the app opens the result', () => {
    const t = make();
    addNote(t, 'n1', 'Trước');
    const backupDir = path.join(t.dir, 'backups');
    const good = backupFromConnection(t.db, t.file, backupDir, 'manual', new Date('2026-11-25T00:00:00.000Z'));
    addNote(t, 'n2', 'Sau');
    t.db.close();

    const result = restoreDatabase({ dbFile: t.file, source: good, now: NOW });
    expect(result.previousBackup).toMatch(/pre-restore/);
    expect(fs.existsSync(`${t.file}-wal`)).toBe(false);
    const db = openDatabase(t.file);
    expect(noteTitles(db)).toEqual(['Trước']);
    db.close();
    // the database we replaced is intact in its backup
    const prev = new Database(result.previousBackup!, { readonly: true });
    expect(noteTitles(prev)).toEqual(['Sau', 'Trước']);
    prev.close();
    expect(
      listBackups(backupDir, t.file)
        .map((b) => b.kind)
        .sort(),
    ).toEqual(['manual', 'pre-restore']);
  });

  it('refuses a newer-version backup and leaves the current database byte-identical', () => {
    const t = make();
    addNote(t, 'n1', 'Giữ nguyên');
    const source = backupFromConnection(t.db, t.file, path.join(t.dir, 'elsewhere'), 'manual', NOW);
    const n = new Database(source);
    n.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    n.close();
    t.db.close();
    const before = fileSetHash(t.file);
    const sourceHash = sha256(source);
    expectAppError(() => restoreDatabase({ dbFile: t.file, source, now: NOW }), 'db_newer_version', /mới hơn/);
    expect(fileSetHash(t.file)).toEqual(before);
    expect(sha256(source)).toBe(sourceHash);
    expect(fs.readdirSync(t.dir).filter((f) => f.startsWith('.'))).toEqual([]);
    expect(listBackups(path.join(t.dir, 'backups'), t.file)).toEqual([]);
  });

  it('refuses while another connection has the database open, changing nothing', () => {
    const t = make();
    addNote(t, 'n1', 'Đang mở');
    const source = backupFromConnection(t.db, t.file, path.join(t.dir, 'backups'), 'manual', NOW);
    addNote(t, 'n2', 'Chưa sao lưu');
    expectAppError(() => restoreDatabase({ dbFile: t.file, source, now: NOW }), 'db_unavailable', /đang được mở/);
    expect(noteTitles(t.db)).toEqual(['Chưa sao lưu', 'Đang mở']);
  });

  it('restores over a damaged database, keeping the damaged bytes', () => {
    const t = make();
    addNote(t, 'n1', 'Tốt');
    const source = backupFromConnection(t.db, t.file, path.join(t.dir, 'backups'), 'manual', NOW);
    t.db.close();
    fs.writeFileSync(t.file, Buffer.alloc(8192, 7));
    const result = restoreDatabase({ dbFile: t.file, source, now: NOW });
    expect(result.previousBackup).toMatch(/damaged\.raw$/);
    const db = openDatabase(t.file);
    expect(noteTitles(db)).toEqual(['Tốt']);
    db.close();
  });

  it('restores an older-version backup; the next open migrates it after its own backup', () => {
    const t = make();
    t.db.close();
    // A database written by the previous release (the migrations it had), as a user's old backup would be.
    const old = path.join(tempDir(), 'old.sqlite');
    databaseAt(old, LATEST_SCHEMA_VERSION - 1);
    const o = new Database(old);
    o.pragma('journal_mode = DELETE');
    o.close();
    restoreDatabase({ dbFile: t.file, source: old, now: NOW });
    const db = openDatabase(t.file, { now: () => NOW });
    expect(Number(db.pragma('user_version', { simple: true }))).toBe(LATEST_SCHEMA_VERSION);
    db.close();
    expect(
      listBackups(path.join(t.dir, 'backups'), t.file)
        .map((b) => b.kind)
        .sort(),
    ).toEqual([`pre-migration-v${LATEST_SCHEMA_VERSION - 1}`, 'pre-restore']);
  });
});
