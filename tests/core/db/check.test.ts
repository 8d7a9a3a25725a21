import { describe, expect, it } from 'vitest';
import { checkDatabase } from '../../../electron/core/db/check';
import { openDatabase } from '../../../electron/core/db/open';
import { NOTES_TABLE, addNote, freshDbEachTest, sha256, type TestDb } from './helpers';

const make = freshDbEachTest();
function seeded(): TestDb {
  const t = make();
  addNote(t, 'n1', 'Chuyên mục CCHC');
  addNote(t, 'n2', 'Tọa đàm');
  t.db.transaction(() =>
    t.writer.write([{ table: NOTES_TABLE, rowId: 'n1', group: 'body', value: { title: 'Chuyên mục CCHC (sửa)', done: true } }], null, 'org-a'),
  )();
  return t;
}
const codes = (t: TestDb): string[] => checkDatabase(t.db).problems.map((p) => p.code);
/** The first entry of n1's body group in the log (the value the later edit replaced). */
const oldestBodyEntry = (t: TestDb) =>
  t.db.prepare(`SELECT install_id, seq, hlc FROM change_log WHERE row_id = 'n1' AND grp = 'body' ORDER BY hlc LIMIT 1`).get() as {
    install_id: string;
    seq: number;
    hlc: string;
  };

describe('checkDatabase', () => {
  it('passes on a consistent database and leaves it unchanged', () => {
    const t = seeded();
    const dump = t.db.prepare(`SELECT * FROM ${NOTES_TABLE} ORDER BY id`).all();
    const result = checkDatabase(t.db);
    expect(result).toEqual({ ok: true, problems: [], skipped: [] });
    expect(t.db.prepare(`SELECT * FROM ${NOTES_TABLE} ORDER BY id`).all()).toEqual(dump);
    expect(t.db.inTransaction).toBe(false);
  });

  it('finds a materialised row edited behind the log', () => {
    const t = seeded();
    t.db.prepare(`UPDATE ${NOTES_TABLE} SET title = 'sửa tay' WHERE id = 'n2'`).run();
    const r = checkDatabase(t.db);
    expect(r.ok).toBe(false);
    expect(r.problems[0]).toMatchObject({ code: 'materialised_mismatch', details: { table: NOTES_TABLE, rowId: 'n2', columns: ['title'] } });
    expect(r.problems[0]!.message).toMatch(/dòng n2 khác với nhật ký/);
    // the check itself repaired nothing
    expect(t.db.prepare(`SELECT title FROM ${NOTES_TABLE} WHERE id = 'n2'`).get()).toEqual({ title: 'sửa tay' });
  });

  it('finds rows added or removed behind the log', () => {
    const t = seeded();
    t.db.prepare(`INSERT INTO ${NOTES_TABLE} (id, org_id, title, done) VALUES ('ghost', 'org-a', 'ma', 0)`).run();
    t.db.prepare(`DELETE FROM ${NOTES_TABLE} WHERE id = 'n1'`).run();
    expect(codes(t).sort()).toEqual(['materialised_missing', 'materialised_orphan']);
  });

  it('finds a current value without its change-log entry, and one pointing at another entry', () => {
    const t = seeded();
    t.db.prepare(`DELETE FROM change_log WHERE row_id = 'n2' AND grp = 'create'`).run();
    expect(codes(t)).toContain('changelog_missing');
    const u = seeded();
    const other = oldestBodyEntry(u);
    u.db.prepare(`UPDATE row_groups SET install_id = ?, seq = ? WHERE row_id = 'n2' AND grp = 'body'`).run(other.install_id, other.seq);
    expect(codes(u)).toEqual(expect.arrayContaining(['changelog_mismatch', 'materialised_mismatch']));
  });

  it('finds stored winners that differ from what the merge rule derives from the log', () => {
    const t = seeded();
    const older = oldestBodyEntry(t);
    t.db.prepare(`UPDATE row_groups SET hlc = ?, seq = ? WHERE row_id = 'n1' AND grp = 'body'`).run(older.hlc, older.seq);
    expect(codes(t)).toContain('changelog_mismatch');
    const u = seeded();
    u.db.prepare(`DELETE FROM row_groups WHERE row_id = 'n2' AND grp = 'body'`).run();
    expect(codes(u)).toEqual(['winner_not_latest']);
  });

  it('finds a tampered change-log entry and a hole in our own sequence numbers', () => {
    const t = seeded();
    t.db.prepare(`UPDATE change_log SET actor = 'kẻ giả mạo' WHERE seq = 1`).run();
    expect(codes(t)).toContain('changelog_hash');
    const u = seeded();
    u.db.prepare(`UPDATE change_log SET seq = 100 WHERE seq = 5`).run();
    u.db.prepare(`UPDATE row_groups SET seq = 100 WHERE seq = 5`).run();
    const found = codes(u);
    expect(found).toContain('changelog_seq_gap');
    expect(found).toContain('changelog_hash'); // seq is part of the hash
  });

  it('reports foreign-key violations', () => {
    const t = seeded();
    t.db.exec(`CREATE TABLE fk_parent (id TEXT PRIMARY KEY); CREATE TABLE fk_child (id TEXT PRIMARY KEY, parent TEXT REFERENCES fk_parent(id));`);
    t.db.pragma('foreign_keys = OFF');
    t.db.prepare(`INSERT INTO fk_child VALUES ('c', 'missing')`).run();
    t.db.pragma('foreign_keys = ON');
    const r = checkDatabase(t.db);
    expect(r.problems.find((p) => p.code === 'foreign_key')?.message).toMatch(/fk_child.*fk_parent/);
  });

  it('skips the rebuild comparison on a read-only connection and says so', () => {
    const t = seeded();
    t.db.close();
    const ro = openDatabase(t.file, { readonly: true });
    const before = sha256(t.file);
    const r = checkDatabase(ro);
    ro.close();
    expect(r.ok).toBe(true);
    expect(r.skipped[0]).toMatch(/chỉ đọc/);
    expect(sha256(t.file)).toBe(before);
  });

  it('caps the number of problems of one kind', () => {
    const t = seeded();
    for (let i = 0; i < 80; i += 1) t.db.prepare(`INSERT INTO ${NOTES_TABLE} (id, org_id, title, done) VALUES (?, 'o', 't', 0)`).run(`g${i}`);
    const r = checkDatabase(t.db);
    expect(r.problems).toHaveLength(51);
    expect(r.problems[50]!.message).toMatch(/Còn 30 vấn đề/);
  });
});
