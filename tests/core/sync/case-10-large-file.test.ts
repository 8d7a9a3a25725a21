import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeClock, Site, T, syncFilesIn, tempRoot } from './helpers/site';

/**
 * sync.md case 10: a large file → imported with bounded memory in one transaction; export splits over a size limit.
 * npm test uses N = 20,000 changes; the full size from the design is `LTT_SYNC_LARGE_N=200000 npx vitest run tests/core/sync/case-10-large-file.test.ts`.
 */
const N = Number(process.env.LTT_SYNC_LARGE_N ?? 20_000);

describe(`case 10: a file of ${N} changes`, () => {
  let root: string;
  let source: Site;
  const keep: Site[] = [];

  beforeAll(() => {
    root = tempRoot();
    source = new Site(root, 'source', 'org-s', { clock: new FakeClock() });
    keep.push(source);
    const rows = N / 2;
    for (let start = 0; start < rows; start += 1000) {
      source.clock.advance(1);
      source.db.transaction(() => {
        for (let i = start; i < Math.min(rows, start + 1000); i += 1) {
          source.writer.write(
            [
              { table: T, rowId: `r${i}`, group: 'create', value: { orgId: 'org-s', code: `c${i}` } },
              { table: T, rowId: `r${i}`, group: 'title', value: { title: `Bài viết số ${i} về cải cách hành chính` } },
            ],
            'tester',
            'org-s',
          );
        }
      })();
    }
  }, 600_000);
  afterAll(() => keep.forEach((s) => s.close()));

  it('imports in one transaction with bounded memory', async () => {
    const out = path.join(root, 'one');
    const exp = source.exportTo(out, { maxBodyBytes: Number.MAX_SAFE_INTEGER });
    expect(exp).toMatchObject({ changes: N });
    expect(exp.files).toHaveLength(1);

    const target = new Site(root, 'target', 'org-h', { clock: new FakeClock() });
    keep.push(target);
    const spy = new Database(path.join(target.dir, 'app.db'), { readonly: true });
    let seenByOthers = -1;
    let peakHeap = 0;
    const baseHeap = process.memoryUsage().heapUsed;
    const r = await target.import(exp.files, {
      onApplied: (n) => {
        if (n === Math.floor(N / 2)) seenByOthers = (spy.prepare('SELECT COUNT(*) AS n FROM change_log').get() as { n: number }).n;
        if (n % 1000 === 0) peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed - baseHeap);
      },
    });
    spy.close();
    expect(r).toMatchObject({ applied: N, rejected: [] });
    // Halfway through, another connection still sees nothing: the file commits as one transaction.
    expect(seenByOthers).toBe(0);
    // Changes are streamed, never all held at once (a full in-memory parse of 200k changes needs several hundred MB).
    expect(peakHeap).toBeLessThan(150 * 1024 * 1024);
    expect(target.db.prepare(`SELECT COUNT(*) AS n FROM ${T}`).get()).toEqual({ n: N / 2 });
    expect(target.tableDump()).toBe(source.tableDump());
  }, 600_000);

  it('export splits over the size limit at action boundaries, and the parts give the same database', async () => {
    const fresh = new Site(root, 'fresh-source', 'org-s', { clock: new FakeClock() });
    keep.push(fresh);
    for (let i = 0; i < 300; i += 1) fresh.createItem(`x${i}`, { title: `Tin ${i}`, slot: ['2026-05-04', '19:30', 30] });
    const out = path.join(root, 'split');
    const exp = fresh.exportTo(out, { maxBodyBytes: 16 * 1024 });
    expect(exp.changes).toBe(900);
    expect(exp.files.length).toBeGreaterThan(5);
    expect(syncFilesIn(out)).toEqual([...exp.files].sort());
    const target = new Site(root, 'split-target', 'org-h', { clock: new FakeClock() });
    keep.push(target);
    // Import part by part: after each one, no user action is half there (splits fall between actions).
    for (const file of [...exp.files].reverse()) {
      const r = await target.import([file]);
      expect(r.rejected).toEqual([]);
      const partial = target.db.prepare('SELECT tx FROM change_log GROUP BY tx HAVING COUNT(*) <> 3').all();
      expect(partial).toEqual([]);
    }
    expect(target.db.prepare('SELECT COUNT(*) AS n FROM change_log').get()).toEqual({ n: 900 });
    expect(target.tableDump()).toBe(fresh.tableDump());
  });
});
