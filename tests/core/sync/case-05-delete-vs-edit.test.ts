import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Site, T, tempRoot } from './helpers/site';
import { sitesEachTest } from './helpers/sites-each-test';

// sync.md case 5: delete vs edit, in both arrival orders → deleted, edit kept as a conflict;
// explicit restore works; an edit that arrives before its row's create is held, not dropped.
describe('case 5: deletes', () => {
  const offices = sitesEachTest();

  async function race(editFirst: boolean) {
    const {
      root,
      sites: { a, b },
    } = offices({ a: 'org-s', b: 'org-s' });
    a.createItem('r1', { title: 'Bài viết' });
    await b.import(a.exportTo(path.join(root, 'x1')).files);
    if (editFirst) {
      b.setTitle('r1', 'Sửa trong lúc bên kia xóa');
      a.remove('r1');
    } else {
      a.remove('r1');
      b.setTitle('r1', 'Sửa trong lúc bên kia xóa'); // the edit even has the later clock
    }
    const fa = a.exportTo(path.join(root, 'x2')).files;
    const fb = b.exportTo(path.join(root, 'x3')).files;
    await a.import(fb);
    await b.import(fa);
    return { root, a, b };
  }

  for (const editFirst of [true, false]) {
    it(`delete wins over a concurrent edit (${editFirst ? 'edit clock earlier' : 'edit clock later'}), the edit is a conflict on both sides`, async () => {
      const { root, a, b } = await race(editFirst);
      expect(a.item('r1')).toBeUndefined();
      expect(b.item('r1')).toBeUndefined();
      for (const s of [a, b]) {
        expect(s.openConflicts()).toEqual([
          expect.objectContaining({ grp: 'title', loser_value: '{"title":"Sửa trong lúc bên kia xóa"}', winner_value: '{"deleted":true}' }),
        ]);
      }
      expect(a.dump()).toBe(b.dump());

      // Explicit restore brings the row back with the edit that raced the delete; the conflict is gone.
      b.restore('r1');
      await a.import(b.exportTo(path.join(root, 'x4')).files);
      for (const s of [a, b]) {
        expect(s.item('r1')).toMatchObject({ title: 'Sửa trong lúc bên kia xóa', deleted: 0 });
        expect(s.openConflicts()).toEqual([]);
      }
      expect(a.dump()).toBe(b.dump());
    });
  }

  it('a delete that saw the edits is not a conflict', async () => {
    const root = tempRoot();
    const a = new Site(root, 'a', 'org-s');
    const b = new Site(root, 'b', 'org-s');
    offices.keep(a, b);
    a.createItem('r1', { title: 'Một' });
    a.setTitle('r1', 'Hai');
    a.remove('r1');
    await b.import(a.exportTo(path.join(root, 'x')).files);
    expect(b.item('r1')).toBeUndefined();
    expect(b.openConflicts()).toEqual([]);
    expect(b.db.prepare('SELECT COUNT(*) AS n FROM row_groups WHERE row_id = ?').get('r1')).toEqual({ n: 3 }); // tombstone kept
  });

  it('an edit arriving before its create is held, then applied when the create arrives', async () => {
    const {
      root,
      sites: { a, c },
    } = offices({ a: 'org-s', c: 'org-hanoi' });
    a.createItem('r1', { title: 'Một' });
    const f1 = a.exportTo(path.join(root, 'x1')).files;
    a.setTitle('r1', 'Hai');
    const f2 = a.exportTo(path.join(root, 'x2')).files;
    const held = await c.import(f2);
    expect(held).toMatchObject({ applied: 1, rejected: [] });
    expect(c.item('r1')).toBeUndefined();
    expect(c.db.prepare(`SELECT grp FROM row_groups WHERE tbl = ? AND row_id = 'r1'`).all(T)).toEqual([{ grp: 'title' }]);
    await c.import(f1);
    expect(c.item('r1')).toMatchObject({ title: 'Hai', org_id: 'org-s' });
    expect(c.openConflicts()).toEqual([]);
  });
});
