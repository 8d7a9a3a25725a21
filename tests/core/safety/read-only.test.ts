import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { backupFromConnection } from '../../../electron/core/db/backup-file';
import { checkDatabase } from '../../../electron/core/db/check';
import { openDatabase } from '../../../electron/core/db/open';
import { guardedTransaction } from '../../../electron/core/safety/io-errors';
import { NOTES_TABLE, ORG, addNote, freshDb, noteTitles, tempDir } from '../db/helpers';
import { caught, chattr, chattrUnavailableReason, mountTmpfs, mountUnavailableReason, remount, unmount } from './disk-helpers';

const mountReason = mountUnavailableReason();
const chattrReason = chattrUnavailableReason();
const mounts: string[] = [];
afterAll(() => mounts.forEach(unmount));

describe.skipIf(mountReason !== null)(`read-only data folder (tmpfs remounted ro)${mountReason ? ` — bỏ qua: ${mountReason}` : ''}`, () => {
  it('starting with a read-only folder gives a clear message; once writable again everything is there', () => {
    const dir = mountTmpfs(8192);
    mounts.push(dir);
    const t = freshDb(dir);
    addNote(t, 'n1', 'Trước khi khóa ghi');
    t.db.close();
    remount(dir, 'ro');
    const error = caught(() => openDatabase(t.file));
    expect(error.code).toBe('db_unavailable');
    expect(error.message).toContain(t.file);
    expect(error.message).toMatch(/quyền ghi|chỉ cho đọc/);
    remount(dir, 'rw');
    const db = openDatabase(t.file);
    expect(noteTitles(db)).toEqual(['Trước khi khóa ghi']);
    expect(checkDatabase(db).ok).toBe(true);
    db.close();
  });

  it('a backup into a read-only folder fails with a clear message; the database keeps working', () => {
    const backups = mountTmpfs(1024);
    mounts.push(backups);
    remount(backups, 'ro');
    const t = freshDb();
    addNote(t, 'n1', 'Một');
    const error = caught(() => backupFromConnection(t.db, t.file, backups, 'manual', new Date()));
    expect(error.code).toBe('db_unavailable');
    expect(error.message).toMatch(/Không tạo được bản sao lưu.*chỉ cho đọc/);
    addNote(t, 'n2', 'Hai');
    expect(noteTitles(t.db)).toEqual(['Hai', 'Một']);
    t.db.close();
  });
});

describe.skipIf(chattrReason !== null)(
  `database file made unwritable while the app runs (chattr +i)${chattrReason ? ` — bỏ qua: ${chattrReason}` : ''}`,
  () => {
    it('the write fails with a clear message, nothing is lost, and it works again when the problem is gone', () => {
      const t = freshDb(tempDir());
      addNote(t, 'n1', 'Đã lưu');
      // IMPORTANT: never make the -shm immutable while it is mapped: the process would die with SIGBUS.
      const files = [t.file, `${t.file}-wal`];
      chattr('+i', ...files);
      let error: { code?: string; message: string };
      try {
        error = caught(() =>
          guardedTransaction(
            t.db,
            t.file,
            () => t.writer.write([{ table: NOTES_TABLE, rowId: 'n2', group: 'create', value: { orgId: ORG } }], null, ORG),
            () => t.writer.resync(),
          ),
        );
      } finally {
        chattr('-i', ...files);
      }
      expect(['io_error', 'db_unavailable']).toContain(error.code);
      expect(error.message).toMatch(/chưa được lưu|chỉ cho đọc/);
      expect(error.message).toContain(t.file);
      t.db.close();
      const db = openDatabase(t.file);
      expect(noteTitles(db)).toEqual(['Đã lưu']);
      expect(checkDatabase(db).ok).toBe(true);
      db.close();
      const again = freshDb(path.dirname(t.file));
      addNote(again, 'n3', 'Sau khi gỡ khóa');
      expect(noteTitles(again.db)).toEqual(['Sau khi gỡ khóa', 'Đã lưu']);
      expect(fs.existsSync(t.file)).toBe(true);
      again.db.close();
    });
  },
);
