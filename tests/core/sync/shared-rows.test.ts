import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARED, Site, tempRoot } from './helpers/site';
import { sitesEachTest } from './helpers/sites-each-test';
import { appendRaw } from './helpers/forge';

/**
 * Stewarded tables (the province's plan, the agency directory) have deterministic ids, so the station and the
 * newspaper create the same rows independently. Their files must not be refused for that; the first real creator
 * stewards the row, and everyone else's changes to it are kept in the log but not applied, on every install alike.
 */
describe('stewarded rows created by several organisations', () => {
  const offices = sitesEachTest();

  it('both organisations create and edit the same plan row; the first creator stewards it everywhere', async () => {
    const {
      root,
      sites: { station, paper, ha },
    } = offices({ station: 'org-s', paper: 'org-n', ha: 'org-h' });
    for (const s of [station, paper]) {
      s.write([
        { table: SHARED, rowId: 'plan-259', group: 'create', value: { orgId: s.org } },
        { table: SHARED, rowId: 'plan-259', group: 'title', value: { title: 'Kế hoạch 259/KH-UBND' } },
      ]);
    }
    paper.write([{ table: SHARED, rowId: 'plan-259', group: 'title', value: { title: 'Kế hoạch 259/KH-UBND (báo sửa)' } }]);
    const fs1 = station.exportTo(path.join(root, 's')).files;
    const fn1 = paper.exportTo(path.join(root, 'n')).files;
    const r = await ha.import([...fn1, ...fs1]);
    expect(r.rejected).toEqual([]);
    await station.import(fn1);
    await paper.import(fs1);
    for (const s of [station, paper, ha]) {
      expect(s.db.prepare(`SELECT org_id, title FROM ${SHARED}`).all()).toEqual([{ org_id: 'org-s', title: 'Kế hoạch 259/KH-UBND' }]);
      expect(s.openConflicts()).toEqual([]);
    }
    expect(ha.dump()).toBe(station.dump());
    expect(paper.dump()).toBe(station.dump());
    // The newspaper now sees the station's plan and cannot edit it any more.
    expect(() => paper.write([{ table: SHARED, rowId: 'plan-259', group: 'title', value: { title: 'Sửa nữa' } }])).toThrow(/đơn vị khác/);
  });

  it('a stewarded-table change must still carry its origin organisation', async () => {
    const root = tempRoot();
    const paper = new Site(root, 'paper', 'org-n');
    const ha = new Site(root, 'ha', 'org-h');
    offices.keep(paper, ha);
    appendRaw(paper, { table: SHARED, rowId: 'p', group: 'create', value: { orgId: 'org-s' }, org: 'org-s' });
    const r = await ha.import(paper.exportTo(path.join(root, 'n')).files);
    expect(r.rejected.map((x) => x.code)).toEqual(['bad_origin']);
  });
});

describe('a plan handed to another organisation', () => {
  const offices = sitesEachTest();
  const meta = (title: string) => ({ issuer: 'UBND tỉnh', number: '12/KH-UBND', date: '2026-01-05', title, basedOn: [], source: null });

  it('the new steward’s edits count everywhere from the hand-over on, the former steward’s no longer, in any arrival order', async () => {
    const {
      root,
      sites: { station, paper, ha },
    } = offices({ station: 'org-s', paper: 'org-n', ha: 'org-h' });
    station.write([
      { table: 'plans', rowId: 'plan-2026', group: 'create', value: { orgId: 'org-s', year: 2026, createdAt: '2026-01-05T00:00:00.000Z' } },
      { table: 'plans', rowId: 'plan-2026', group: 'meta', value: meta('Kế hoạch năm 2026') },
    ]);
    const created = station.exportTo(path.join(root, 'a')).files;
    await ha.import(created);
    // Home Affairs cannot edit it yet.
    expect(() => ha.write([{ table: 'plans', rowId: 'plan-2026', group: 'meta', value: meta('Sở sửa trước') }])).toThrow(/đơn vị khác/);
    station.write([{ table: 'plans', rowId: 'plan-2026', group: 'steward', value: { stewardOrg: 'org-h' } }]);
    const handedOver = station.exportTo(path.join(root, 'b')).files;
    await ha.import(handedOver);
    ha.write([{ table: 'plans', rowId: 'plan-2026', group: 'meta', value: meta('Kế hoạch năm 2026 (Sở Nội vụ sửa)') }]);
    const edited = ha.exportTo(path.join(root, 'c'), { relay: 'none' }).files;
    // The former steward: refused here, set aside everywhere if a modified app sends it anyway.
    await station.import(edited);
    expect(() => station.write([{ table: 'plans', rowId: 'plan-2026', group: 'meta', value: meta('Đài sửa sau') }])).toThrow(/đơn vị khác/);
    appendRaw(station, { table: 'plans', rowId: 'plan-2026', group: 'meta', value: meta('Đài sửa sau') });
    const late = station.exportTo(path.join(root, 'd'), { relay: 'none' }).files;
    await ha.import(late);
    // The newspaper gets everything in the worst order: the new steward's edit before the hand-over.
    expect((await paper.import([...edited, ...late, ...handedOver, ...created])).rejected).toEqual([]);
    for (const s of [station, paper, ha]) {
      expect(s.db.prepare("SELECT title, steward_org FROM plans WHERE id = 'plan-2026'").get()).toEqual({
        title: 'Kế hoạch năm 2026 (Sở Nội vụ sửa)',
        steward_org: 'org-h',
      });
    }
    const rows = (s: Site) => JSON.stringify(s.db.prepare("SELECT * FROM row_groups WHERE tbl = 'plans' ORDER BY grp").all());
    expect(rows(paper)).toBe(rows(ha));
    expect(rows(station)).toBe(rows(ha));
  });
});
