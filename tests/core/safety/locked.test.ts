import { describe, expect, it } from 'vitest';
import { checkDatabase } from '../../../electron/core/db/check';
import { openDatabase } from '../../../electron/core/db/open';
import { guardedTransaction } from '../../../electron/core/safety/io-errors';
import { NOTES_TABLE, ORG, addNote, freshDb, noteTitles } from '../db/helpers';
import { holdLock } from './disk-helpers';

async function caught(fn: () => unknown): Promise<{ code?: string; message: string }> {
  try {
    await fn();
  } catch (error) {
    return error as { code?: string; message: string };
  }
  throw new Error('expected an error');
}

describe('database locked by another process', () => {
  it('a write while another process holds the write lock fails clearly after the busy timeout, then works', async () => {
    const t = freshDb();
    addNote(t, 'n1', 'Đã lưu');
    // The app waits busy_timeout (5 s) for a lock; shortened here so the test stays quick.
    t.db.pragma('busy_timeout = 200');
    const lock = await holdLock(t.file);
    const error = await caught(() =>
      guardedTransaction(
        t.db,
        t.file,
        () => t.writer.write([{ table: NOTES_TABLE, rowId: 'n2', group: 'create', value: { orgId: ORG } }], null, ORG),
        () => t.writer.resync(),
      ),
    );
    expect(error.code).toBe('db_unavailable');
    expect(error.message).toMatch(/đang bị một chương trình khác khóa.*thử lại/);
    // reading still works while the other process writes (WAL)
    expect(noteTitles(t.db)).toEqual(['Đã lưu']);
    await lock.release();
    addNote(t, 'n2', 'Sau khi mở khóa');
    expect(noteTitles(t.db)).toEqual(['Sau khi mở khóa', 'Đã lưu']);
    expect(checkDatabase(t.db).problems).toEqual([]);
    t.db.close();
  });

  it('opening while another process holds the database exclusively fails clearly, then opens', async () => {
    const t = freshDb();
    addNote(t, 'n1', 'Đã lưu');
    t.db.close();
    const lock = await holdLock(t.file, true);
    const error = await caught(() => openDatabase(t.file));
    expect(error.code).toBe('db_unavailable');
    expect(error.message).toContain(t.file);
    expect(error.message).toMatch(/khóa|quyền ghi/);
    await lock.release();
    const db = openDatabase(t.file);
    expect(noteTitles(db)).toEqual(['Đã lưu']);
    db.close();
  });
});
