import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../bench/data/generate';
import { dumpDigest } from '../../bench/data/dump';

/** The bench's data generator on a tiny size: same seed → same database; the statement cache → the same data as without it. */
describe('bench data generator', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ltt-bench-gen-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const small = { years: 1, items: 40, startYear: 2029, today: '2029-11-15' };

  it('gives identical tables and change log for the same seed, and different ones for another seed', async () => {
    const a = await generate({ ...small, dbFile: path.join(dir, 'a.sqlite'), seed: '7' });
    const b = await generate({ ...small, dbFile: path.join(dir, 'b.sqlite'), seed: '7' });
    const c = await generate({ ...small, dbFile: path.join(dir, 'c.sqlite'), seed: '8' });
    expect(a.items).toBeGreaterThanOrEqual(40);
    expect(a.changes).toBeGreaterThan(40 * 7);
    const da = dumpDigest(a.dbFile);
    expect(dumpDigest(b.dbFile)).toEqual(da);
    expect(dumpDigest(c.dbFile).items).not.toBe(da.items);
  });

  it('writes the same data with and without the statement cache', async () => {
    const fast = await generate({ ...small, dbFile: path.join(dir, 'fast.sqlite'), seed: '9' });
    const plain = await generate({ ...small, dbFile: path.join(dir, 'plain.sqlite'), seed: '9', plainWriters: true });
    expect(dumpDigest(fast.dbFile)).toEqual(dumpDigest(plain.dbFile));
  });
});
