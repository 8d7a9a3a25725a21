import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Site, tempRoot } from './helpers/site';
import { sitesEachTest } from './helpers/sites-each-test';
import { syncFolder } from '../../../electron/core/sync/sync-folder';

// sync.md case 13: an empty or unreachable shared folder → nothing deleted, a clear message.
describe('case 13: empty or missing sync folder', () => {
  const offices = sitesEachTest();
  const run = (s: Site, folder: string) =>
    syncFolder(s.db, s.writer, { org: s.org, orgName: null, installName: s.name }, folder, { dataDir: s.dir, trustNew: true, now: s.clock.now });

  it('a missing folder gives a clear message and changes nothing', async () => {
    const root = tempRoot();
    const a = new Site(root, 'a', 'org-s');
    offices.keep(a);
    a.createItem('r1', { title: 'Giữ nguyên' });
    const before = a.dump();
    await expect(run(a, path.join(root, 'usb-not-plugged'))).rejects.toThrow(/Không tìm thấy thư mục đồng bộ.*Không có dữ liệu nào bị xóa/);
    expect(a.dump()).toBe(before);
  });

  it('an empty folder: our files are written, we are told nothing came, nothing is deleted', async () => {
    const root = tempRoot();
    const a = new Site(root, 'a', 'org-s');
    offices.keep(a);
    a.createItem('r1', { title: 'Giữ nguyên' });
    const folder = path.join(root, 'shared');
    fs.mkdirSync(folder);
    const before = a.tableDump();
    const r = await run(a, folder);
    expect(r.message).toContain('chưa có tệp nào từ máy khác');
    expect(r.exported.files).toHaveLength(1);
    expect(a.tableDump()).toBe(before);
  });

  it('files that disappear from the folder never delete data; files in the folder are never removed', async () => {
    const {
      root,
      sites: { a, b },
    } = offices({ a: 'org-s', b: 'org-n' });
    const folder = path.join(root, 'shared');
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, 'ghi-chu.txt'), 'tệp của người dùng');
    a.createItem('r1', { title: 'Của A' });
    b.createItem('n1', { title: 'Của B' });
    await run(a, folder);
    const rb = await run(b, folder);
    expect(rb.imported.applied).toBe(2);
    await run(a, folder);
    const namesAfter = fs.readdirSync(folder).sort();
    expect(namesAfter).toContain('ghi-chu.txt');
    expect(namesAfter.filter((n) => n.endsWith('.lttsync'))).toHaveLength(2);

    // The share is emptied (unmounted, a sync tool lost it): nothing is inferred from missing files.
    const before = [a.dump(), b.dump()];
    for (const n of fs.readdirSync(folder)) fs.rmSync(path.join(folder, n));
    const ra = await run(a, folder);
    expect(ra.message).toContain('chưa có tệp nào từ máy khác');
    await run(b, folder);
    expect(a.item('n1')?.title).toBe('Của B');
    expect(b.item('r1')?.title).toBe('Của A');
    expect([a.dump(), b.dump()]).toEqual(before);
  });
});
