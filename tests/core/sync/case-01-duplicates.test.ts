import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Site, tempRoot } from './helpers/site';

// sync.md case 1: the same file imported twice; the same changes inside two different files → identical database.
describe('case 1: duplicates are no-ops', () => {
  const sites: Site[] = [];
  afterEach(() => sites.splice(0).forEach((s) => s.close()));

  it('importing one file twice changes nothing the second time', async () => {
    const root = tempRoot();
    const a = new Site(root, 'a', 'org-a');
    const b = new Site(root, 'b', 'org-b');
    sites.push(a, b);
    a.createItem('r1', { title: 'Tọa đàm CCHC', slot: ['2026-05-04', '19:30', 30] });
    a.setTitle('r1', 'Tọa đàm cải cách hành chính');
    const out = path.join(root, 'out');
    const { files } = a.exportTo(out);
    expect(files).toHaveLength(1);

    const first = await b.import(files);
    expect(first).toMatchObject({ applied: 4, duplicates: 0, rejected: [] });
    const after = b.dump();
    const second = await b.import(files);
    expect(second).toMatchObject({ applied: 0, duplicates: 4, rejected: [] });
    expect(b.dump()).toBe(after);
    expect(b.item('r1')).toMatchObject({ title: 'Tọa đàm cải cách hành chính', planned_time: '19:30' });
  });

  it('a damaged copy of a file imported before is refused, not taken for a duplicate', async () => {
    const root = tempRoot();
    const a = new Site(root, 'a', 'org-a');
    const b = new Site(root, 'b', 'org-b');
    sites.push(a, b);
    a.createItem('r1', { title: 'Tọa đàm CCHC' });
    const [file] = a.exportTo(path.join(root, 'out')).files;
    await b.import([file!]);
    const after = b.dump();
    const bytes = fs.readFileSync(file!);
    bytes[bytes.length - 3]! ^= 0x01; // inside the compressed body, after the signed header
    const copy = path.join(root, 'copy', path.basename(file!));
    fs.mkdirSync(path.dirname(copy), { recursive: true });
    fs.writeFileSync(copy, bytes);
    const damaged = await b.import([copy]);
    expect(damaged.rejected).toHaveLength(1);
    expect(damaged.rejected[0]!.reason).toMatch(/bị hỏng/);
    expect(await b.import([file!])).toMatchObject({ applied: 0, duplicates: 2, rejected: [] });
    expect(b.dump()).toBe(after);
  });

  it('the same changes in two different files give the same database as one of them', async () => {
    const root = tempRoot();
    const a = new Site(root, 'a', 'org-a');
    const b = new Site(root, 'b', 'org-b');
    const c = new Site(root, 'c', 'org-c');
    const d = new Site(root, 'd', 'org-d');
    sites.push(a, b, c, d);
    a.createItem('r1', { title: 'Bài viết 1' });
    const fromA = a.exportTo(path.join(root, 'outA')).files;
    // b relays a's changes in a file of its own (different bytes, same changes, origin kept).
    await b.import(fromA);
    const fromB = b.exportTo(path.join(root, 'outB')).files;
    expect(fromB).toHaveLength(1);
    expect(path.basename(fromB[0]!)).not.toBe(path.basename(fromA[0]!));

    const viaBoth = await c.import([...fromA, ...fromB]);
    expect(viaBoth).toMatchObject({ applied: 2, duplicates: 2, rejected: [] });
    await d.import(fromA);
    expect(c.tableDump()).toBe(d.tableDump());
    const log = c.db.prepare('SELECT DISTINCT install_id FROM change_log').all();
    expect(log).toEqual([{ install_id: a.installId }]);
  });
});
