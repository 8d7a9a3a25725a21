import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Site, T, tempRoot } from './helpers/site';
import { sitesEachTest } from './helpers/sites-each-test';
import { resign } from './helpers/forge';
import { registerSyncedTable } from '../../../electron/core/sync/registry';
import { rematerialiseAll } from '../../../electron/core/sync/materialise';
import { LATEST_SCHEMA_VERSION } from '../../../electron/core/db/migrations';

// sync.md case 9: a file from a newer schema → unknown fields parked; an unknown format version → clear message.
describe('case 9: newer schema and format', () => {
  const offices = sitesEachTest();
  const privateKeyOf = (s: Site) => (s.db.prepare('SELECT private_key FROM install').get() as { private_key: string }).private_key;

  it('parks unknown tables, groups and fields, and applies them after an upgrade', async () => {
    const {
      root,
      sites: { newer, older },
    } = offices({ newer: 'org-s', older: 'org-h' });
    newer.write([
      { table: T, rowId: 'r1', group: 'create', value: { orgId: 'org-s', code: 'r1' } },
      { table: T, rowId: 'r1', group: 'title', value: { title: 'Tiêu đề', subtitle: 'Trường mới' } },
      { table: T, rowId: 'r1', group: 'mood', value: { mood: 'vui' } },
      { table: 'future_things', rowId: 'f1', group: 'create', value: { orgId: 'org-s', label: 'Bảng mới' } },
    ]);
    const real = fs.readFileSync(newer.exportTo(path.join(root, 'x')).files[0]!);
    const file = path.join(root, 'newer-schema.lttsync');
    fs.writeFileSync(
      file,
      resign(real, privateKeyOf(newer), (h) => ({ ...h, schema: LATEST_SCHEMA_VERSION + 3, futureHeaderField: 'ignored' }) as typeof h),
    );

    const r = await older.import([file]);
    expect(r).toMatchObject({ applied: 4, rejected: [] });
    expect(older.item('r1')).toMatchObject({ title: 'Tiêu đề' });
    const parked = older.db
      .prepare(
        `SELECT g.tbl, g.grp, c.value FROM row_groups g JOIN change_log c ON c.install_id = g.install_id AND c.seq = g.seq WHERE (g.tbl = ? AND g.grp IN ('title', 'mood')) OR g.tbl = 'future_things' ORDER BY g.tbl, g.grp`,
      )
      .all(T);
    expect(parked).toEqual([
      { tbl: 'future_things', grp: 'create', value: '{"label":"Bảng mới","orgId":"org-s"}' },
      { tbl: T, grp: 'mood', value: '{"mood":"vui"}' },
      { tbl: T, grp: 'title', value: '{"subtitle":"Trường mới","title":"Tiêu đề"}' },
    ]);

    // "Upgrade": this version now knows the table; the parked changes apply without a new file.
    registerSyncedTable({ table: 'future_things', groups: { create: ['orgId', 'label'] } });
    older.db.exec('CREATE TABLE future_things (id TEXT PRIMARY KEY, org_id TEXT, label TEXT)');
    rematerialiseAll(older.db);
    expect(older.db.prepare('SELECT * FROM future_things').all()).toEqual([{ id: 'f1', org_id: 'org-s', label: 'Bảng mới' }]);
  });

  it('refuses an unknown format version with a message that says to update', async () => {
    const root = tempRoot();
    const a = new Site(root, 'a', 'org-s');
    const b = new Site(root, 'b', 'org-h');
    offices.keep(a, b);
    a.createItem('r1');
    const real = fs.readFileSync(a.exportTo(path.join(root, 'x')).files[0]!);
    const file = path.join(root, 'v3.lttsync');
    fs.writeFileSync(file, resign(real, privateKeyOf(a), undefined, undefined, 'LTT-SYNC/3'));
    const before = b.dump();
    const r = await b.import([file]);
    expect(r.rejected).toEqual([{ file, code: 'unknown_format', reason: expect.stringMatching(/phiên bản "3".*cập nhật ứng dụng/) }]);
    expect(b.dump()).toBe(before);

    const notOurs = path.join(root, 'note.lttsync');
    fs.writeFileSync(notOurs, 'Xin chào\n');
    const r2 = await b.import([notOurs]);
    expect(r2.rejected[0]).toMatchObject({ code: 'not_sync_file', reason: expect.stringContaining('không phải tệp đồng bộ') });
  });
});
