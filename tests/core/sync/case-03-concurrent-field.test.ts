import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sitesEachTest } from './helpers/sites-each-test';

// sync.md case 3: two installs edit the same field concurrently → both converge to the same winner;
// the loser is in the conflicts table on both.
describe('case 3: concurrent edit of one field', () => {
  const offices = sitesEachTest();
  /** Two PCs of the same station that both hold item r1, created on a and carried to b through `dir`. */
  async function bothHold(title: string, dir: string) {
    const {
      root,
      sites: { a, b },
    } = offices({ a: 'org-s', b: 'org-s' });
    a.createItem('r1', { title });
    await b.import(a.exportTo(path.join(root, dir)).files);
    return { root, a, b };
  }

  it('converges to the later clock and lists the loser on both sides; resolving clears it on both', async () => {
    const { root, a, b } = await bothHold('Gốc', 'a1');

    a.setTitle('r1', 'Bản của A');
    b.setTitle('r1', 'Bản của B'); // later clock: wins
    const fa = a.exportTo(path.join(root, 'a2')).files;
    const fb = b.exportTo(path.join(root, 'b2')).files;
    const ra = await a.import(fb);
    const rb = await b.import(fa);
    expect(ra.conflicts).toBe(1);
    expect(rb.conflicts).toBe(1);

    expect(a.item('r1')?.title).toBe('Bản của B');
    expect(b.item('r1')?.title).toBe('Bản của B');
    expect(a.openConflicts()).toEqual(b.openConflicts());
    expect(a.openConflicts()).toHaveLength(1);
    expect(a.openConflicts()[0]).toMatchObject({
      grp: 'title',
      loser_value: '{"title":"Bản của A"}',
      winner_value: '{"title":"Bản của B"}',
      loser_install: a.installId,
    });
    expect(a.dump()).toBe(b.dump());

    // A person at A picks A's value: a new change that knowingly replaces both.
    const conflict = a.openConflicts()[0]!;
    a.write([{ table: 'sync_test_items', rowId: 'r1', group: 'title', value: { title: 'Bản của A' }, supersedes: [String(conflict.loser_hlc)] }]);
    expect(a.openConflicts()).toEqual([]);
    await b.import(a.exportTo(path.join(root, 'a3')).files);
    expect(b.openConflicts()).toEqual([]);
    expect(b.item('r1')?.title).toBe('Bản của A');
    expect(a.dump()).toBe(b.dump());
  });

  it('an edit that saw the previous value is not a conflict', async () => {
    const { root, a, b } = await bothHold('Một', 'x1');
    b.setTitle('r1', 'Hai');
    await a.import(b.exportTo(path.join(root, 'x2')).files);
    a.setTitle('r1', 'Ba');
    await b.import(a.exportTo(path.join(root, 'x3')).files);
    expect(a.openConflicts()).toEqual([]);
    expect(b.openConflicts()).toEqual([]);
    expect(b.item('r1')?.title).toBe('Ba');
  });

  it('equal concurrent values are not a conflict', async () => {
    const { root, a, b } = await bothHold('Một', 'x1');
    a.setTitle('r1', 'Giống nhau');
    b.setTitle('r1', 'Giống nhau');
    await a.import(b.exportTo(path.join(root, 'x2')).files);
    await b.import(a.exportTo(path.join(root, 'x3')).files);
    expect(a.openConflicts()).toEqual([]);
    expect(a.dump()).toBe(b.dump());
  });
});
