import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeClock, Site, tempRoot } from './helpers/site';

// sync.md case 2: N files applied in random orders (with repetitions) on fresh databases → byte-identical dumps.
describe('case 2: any order, any repetition, same database', () => {
  let root: string;
  let files: string[];
  let reference: string;
  const keep: Site[] = [];

  beforeAll(async () => {
    root = tempRoot();
    const clock = new FakeClock();
    const a = new Site(root, 'a', 'org-s', { clock });
    const b = new Site(root, 'b', 'org-s', { clock });
    const c = new Site(root, 'c', 'org-n', { clock });
    keep.push(a, b, c);
    const out = path.join(root, 'files');
    const round = async () => {
      for (const s of [a, b, c]) s.exportTo(out);
      const all = fs.readdirSync(out).map((n) => path.join(out, n));
      for (const s of [a, b, c]) await s.import(all);
    };
    a.createItem('s1', { title: 'Chuyên mục 1', slot: ['2026-05-04', '19:30', 30] });
    c.createItem('n1', { title: 'Bài báo 1' });
    a.exportTo(out); // a file with only the creates
    b.createItem('s2', { title: 'Chuyên mục 2' });
    await round();
    a.setTitle('s1', 'A sửa');
    b.setTitle('s1', 'B sửa'); // concurrent: a conflict
    b.remove('s2');
    a.setSlot('s2', ['2026-06-01', '06:00', 10]); // races the delete
    c.setTitle('n1', 'Bài báo 1 (sửa)');
    await round();
    b.restore('s2');
    a.createItem('s3');
    a.setTitle('s3', 'Mới tạo rồi sửa');
    await round();
    files = fs
      .readdirSync(out)
      .sort()
      .map((n) => path.join(out, n));
    const fresh = new Site(root, 'reference', 'org-h', { clock });
    keep.push(fresh);
    await fresh.import(files);
    reference = fresh.dump();
    expect(files.length).toBeGreaterThanOrEqual(6);
    // Sanity: the scenario holds a conflict, so the property checks conflicts too.
    expect(fresh.openConflicts().length).toBeGreaterThan(0);
  });

  afterAll(() => keep.forEach((s) => s.close()));

  it('every permutation with duplicates gives the same dump', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.nat(), { minLength: 0, maxLength: 6 }).chain((extra) =>
          fc.shuffledSubarray([...files.keys(), ...extra.map((e) => e % files.length)], {
            minLength: files.length + extra.length,
            maxLength: files.length + extra.length,
          }),
        ),
        async (order) => {
          const site = new Site(root, `p${n++}`, 'org-h');
          try {
            const r = await site.import(order.map((i) => files[i]!));
            expect(r.rejected).toEqual([]);
            expect(site.dump()).toBe(reference);
          } finally {
            site.close();
          }
        },
      ),
      { numRuns: 15 },
    );
  });
});
