import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeClock, Site, tempRoot } from './helpers/site';

// sync.md case 7: a file truncated at any point, or with any byte flipped → refused, database unchanged.
describe('case 7: damaged files', () => {
  let root: string;
  let good: Buffer;
  let target: Site;
  let before: string;
  let n = 0;
  const keep: Site[] = [];

  beforeAll(async () => {
    root = tempRoot();
    const clock = new FakeClock();
    const a = new Site(root, 'a', 'org-s', { clock });
    target = new Site(root, 't', 'org-h', { clock });
    keep.push(a, target);
    a.createItem('base', { title: 'Đã có' });
    await target.import(a.exportTo(path.join(root, 'x0')).files);
    a.createItem('r1', { title: 'Tọa đàm', slot: ['2026-05-04', '19:30', 30] });
    a.setTitle('base', 'Sửa');
    good = fs.readFileSync(a.exportTo(path.join(root, 'x1')).files[0]!);
    before = target.dump();
  });
  afterAll(() => keep.forEach((s) => s.close()));

  async function importBytes(bytes: Buffer) {
    const file = path.join(root, 'bad', `f${n++}.lttsync`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, bytes);
    return target.import([file]);
  }

  it('refuses every truncation (boundaries and random points) and changes nothing', async () => {
    const text = good.toString('latin1');
    const nl1 = text.indexOf('\n');
    const nl2 = text.indexOf('\n', nl1 + 1);
    const nl3 = text.indexOf('\n', nl2 + 1);
    const points = [0, 1, nl1, nl1 + 1, nl2, nl2 + 1, nl3, nl3 + 1, nl3 + 10, good.length - 8, good.length - 1];
    for (const p of points) {
      const r = await importBytes(good.subarray(0, p));
      expect(r.rejected, `cut at ${p}`).toHaveLength(1);
      expect(r.applied).toBe(0);
    }
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: good.length - 1 }), async (p) => {
        const r = await importBytes(good.subarray(0, p));
        expect(r.rejected).toHaveLength(1);
        expect(r.rejected[0]!.reason).toMatch(/[ạảãáàâăđêôơư]/); // a Vietnamese reason
      }),
      { numRuns: 60 },
    );
    expect(target.dump()).toBe(before);
  });

  it('refuses any single flipped byte anywhere and changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: good.length - 1 }), fc.integer({ min: 1, max: 255 }), async (pos, mask) => {
        const bad = Buffer.from(good);
        bad[pos] = bad[pos]! ^ mask;
        const r = await importBytes(bad);
        expect(r.rejected, `byte ${pos} ^ ${mask}`).toHaveLength(1);
      }),
      { numRuns: 150 },
    );
    // Every byte position once, with one fixed mask (the file is small).
    for (let pos = 0; pos < good.length; pos += 1) {
      const bad = Buffer.from(good);
      bad[pos] = bad[pos]! ^ 0x01;
      const r = await importBytes(bad);
      expect(r.rejected, `byte ${pos}`).toHaveLength(1);
    }
    expect(target.dump()).toBe(before);
  });

  it('the intact file still imports afterwards', async () => {
    const r = await importBytes(good);
    expect(r).toMatchObject({ applied: 4, rejected: [] });
    expect(target.item('base')?.title).toBe('Sửa');
  });
});
