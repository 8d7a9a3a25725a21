import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Site, syncFilesIn } from './helpers/site';
import { sitesEachTest } from './helpers/sites-each-test';

// sync.md case 11: a fresh install importing all history in any order equals the source; a copied profile is detected.
describe('case 11: fresh install and copied profiles', () => {
  const offices = sitesEachTest();

  it('a fresh install fed all files in any order equals the source', async () => {
    const {
      root,
      clock,
      sites: { a, b },
    } = offices({ a: 'org-s', b: 'org-s' });
    const folder = path.join(root, 'folder');
    for (let round = 0; round < 4; round += 1) {
      a.createItem(`a${round}`, { title: `A ${round}`, slot: ['2026-05-04', '19:30', 30 + round] });
      b.createItem(`b${round}`, { title: `B ${round}` });
      if (round > 0) {
        a.setTitle(`b${round - 1}`, `A sửa B ${round}`);
        b.setTitle(`b${round - 1}`, `B sửa B ${round}`);
        b.remove(`a${round - 1}`);
      }
      a.exportTo(folder);
      b.exportTo(folder);
      await a.import(syncFilesIn(folder));
      await b.import(syncFilesIn(folder));
    }
    const all = syncFilesIn(folder);
    expect(a.tableDump()).toBe(b.tableDump());
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.shuffledSubarray(all, { minLength: all.length, maxLength: all.length }), async (order) => {
        const fresh = new Site(root, `fresh${n++}`, 'org-s', { clock });
        try {
          const r = await fresh.import(order);
          expect(r.rejected).toEqual([]);
          expect(fresh.tableDump()).toBe(a.tableDump());
          expect(fresh.openConflicts()).toEqual(a.openConflicts());
        } finally {
          fresh.close();
        }
      }),
      { numRuns: 8 },
    );
  });

  it('detects a copied profile (same install, same seq, different content) and refuses it loudly', async () => {
    const {
      root,
      clock,
      sites: { a, h },
    } = offices({ a: 'org-s', h: 'org-h' });
    a.createItem('r1', { title: 'Trước khi sao chép' });
    await h.import(a.exportTo(path.join(root, 'x0')).files);
    a.close();
    fs.mkdirSync(path.join(root, 'a-copy'));
    fs.copyFileSync(path.join(root, 'a', 'app.db'), path.join(root, 'a-copy', 'app.db'));
    const original = new Site(root, 'a', 'org-s', { clock });
    const copy = new Site(root, 'a-copy', 'org-s', { clock });
    offices.keep(original, copy);
    expect(copy.installId).toBe(original.installId);
    original.setTitle('r1', 'Máy gốc sửa');
    copy.setTitle('r1', 'Máy sao chép sửa');
    const r1 = await h.import(original.exportTo(path.join(root, 'x1')).files);
    expect(r1.rejected).toEqual([]);
    const before = h.dump();
    const r2 = await h.import(copy.exportTo(path.join(root, 'x2')).files);
    expect(r2.rejected).toEqual([expect.objectContaining({ code: 'fork', reason: expect.stringContaining('sao chép') })]);
    expect(h.dump()).toBe(before);
    const q = h.db.prepare(`SELECT status, reason FROM sync_files WHERE reason_code = 'fork'`).get() as { status: string; reason: string };
    expect(q.status).toBe('quarantined');
  });
});
