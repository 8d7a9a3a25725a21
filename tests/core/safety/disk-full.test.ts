import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { backupFromConnection } from '../../../electron/core/db/backup-file';
import { listBackups } from '../../../electron/core/db/backup-list';
import { checkDatabase } from '../../../electron/core/db/check';
import { openDatabase } from '../../../electron/core/db/open';
import { guardedTransaction } from '../../../electron/core/safety/io-errors';
import { NOTES_TABLE, ORG, addNote, freshDb, noteTitles } from '../db/helpers';
import { caught, fillDisk, mountTmpfs, mountUnavailableReason, unmount } from './disk-helpers';

const reason = mountUnavailableReason();
const mounts: string[] = [];
afterAll(() => mounts.forEach(unmount));

describe.skipIf(reason !== null)(`disk full (real tmpfs)${reason ? ` — bỏ qua: ${reason}` : ''}`, () => {
  it('a write on a full disk fails with a clear message, loses nothing, and works once space is freed', () => {
    const dir = mountTmpfs(3072);
    mounts.push(dir);
    const t = freshDb(dir);
    for (let i = 0; i < 20; i += 1) addNote(t, `n${i}`, `Bài ${String(i).padStart(2, '0')}`);
    const saved = noteTitles(t.db);
    const filler = fillDisk(dir);

    const big = 'Đ'.repeat(400_000);
    const error = caught(() =>
      guardedTransaction(
        t.db,
        t.file,
        () =>
          t.writer.write(
            [
              { table: NOTES_TABLE, rowId: 'big', group: 'create', value: { orgId: ORG } },
              { table: NOTES_TABLE, rowId: 'big', group: 'body', value: { title: big, done: false } },
            ],
            null,
            ORG,
          ),
        () => t.writer.resync(),
      ),
    );
    expect(error.code).toBe('io_error');
    expect(error.message).toMatch(/ổ đĩa đã đầy.*không bị mất/);
    expect(noteTitles(t.db)).toEqual(saved);

    // a backup on the full disk fails cleanly and leaves no half file
    const backupDir = path.join(dir, 'backups');
    const backupError = caught(() => backupFromConnection(t.db, t.file, backupDir, 'manual', new Date()));
    expect(backupError.message).toMatch(/Không tạo được bản sao lưu|đầy/);
    expect(fs.existsSync(backupDir) ? fs.readdirSync(backupDir) : []).toEqual([]);

    fs.rmSync(filler);
    guardedTransaction(t.db, t.file, () =>
      t.writer.write(
        [
          { table: NOTES_TABLE, rowId: 'big', group: 'create', value: { orgId: ORG } },
          { table: NOTES_TABLE, rowId: 'big', group: 'body', value: { title: 'Sau khi dọn ổ', done: false } },
        ],
        null,
        ORG,
      ),
    );
    expect(noteTitles(t.db)).toEqual([...saved, 'Sau khi dọn ổ'].sort());
    expect(checkDatabase(t.db).problems).toEqual([]);
    expect(listBackups(backupDir, t.file)).toEqual([]);
    expect(backupFromConnection(t.db, t.file, backupDir, 'manual', new Date())).toMatch(/manual/);
    t.db.close();

    // after a restart everything is there
    const db = openDatabase(t.file);
    expect(noteTitles(db)).toEqual([...saved, 'Sau khi dọn ổ'].sort());
    db.close();
  });

  it('creating a new database on a full disk says the disk is full and works once space is freed, without cleaning up by hand', () => {
    // Big enough for an empty database with every migration, once the filler is gone.
    const dir = mountTmpfs(4096);
    mounts.push(dir);
    const filler = fillDisk(dir);
    const file = path.join(dir, 'lich-tuyen-truyen.sqlite');
    const error = caught(() => openDatabase(file));
    expect(['io_error', 'db_unavailable']).toContain(error.code);
    expect(error.message).toMatch(/đầy|không ghi được/i);
    fs.rmSync(filler);
    const db = openDatabase(file);
    expect(checkDatabase(db).ok).toBe(true);
    db.close();
  });
});
