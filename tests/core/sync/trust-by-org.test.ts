import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FakeClock, Site, syncFilesIn, tempRoot } from './helpers/site';
import { acceptInstall, acceptOrg, type Vouch } from '../../../electron/core/sync/trust-actions';
import { getInstall, listInstalls } from '../../../electron/core/sync/trust-store';
import { listOrgs, recentEvents } from '../../../electron/core/sync/trust-orgs';
import { VOUCH_TABLE, vouchRowId } from '../../../electron/core/sync/vouch-table';
import { knownVector } from '../../../electron/core/sync/segments-repo';
import { appendRaw } from './helpers/forge';

/**
 * Trust by organisation at province scale: Home Affairs decides once per organisation, a PC its own organisation
 * vouched for needs no decision, another organisation's word is never enough, and a revoked PC's later file is refused.
 */
describe('trust by organisation', () => {
  const root = tempRoot('ltt-trust-org-');
  const clock = new FakeClock();
  const sites: Site[] = [];
  afterAll(() => sites.forEach((s) => s.close()));
  const site = (name: string, org: string) => {
    const s = new Site(root, name, org, { clock });
    sites.push(s);
    return s;
  };
  /** The vouch the sync service writes when a person accepts a PC of their own organisation. */
  const vouchBy =
    (s: Site): Vouch =>
    (i) =>
      void s.write([
        { table: VOUCH_TABLE, rowId: vouchRowId(s.org, i.installId), group: 'create', value: { orgId: s.org, installId: i.installId } },
        {
          table: VOUCH_TABLE,
          rowId: vouchRowId(s.org, i.installId),
          group: 'key',
          value: { publicKey: i.publicKey, installName: i.installName, vouchedAt: new Date(clock.t).toISOString() },
        },
      ]);
  const opts = (s: Site) => ({ dataDir: s.dir, now: s.clock.now });

  const ha = site('ha', 'org-ha');
  const orgs = Array.from({ length: 30 }, (_, i) => `org-${String(i + 1).padStart(2, '0')}`);
  const pcs = orgs.flatMap((org) => [site(`${org}-pc1`, org), site(`${org}-pc2`, org)]);

  it('30 organisations × 2 PCs into one Home Affairs install take 30 decisions', async () => {
    const files = pcs.flatMap((pc, i) => {
      pc.createItem(`item-${i}`, { title: `Chuyên mục của ${pc.name}` });
      return pc.exportTo(path.join(root, 'folder')).files;
    });
    const first = await ha.import(files, { trustNew: false });
    expect(first.applied).toBe(0);
    expect(first.pending).toHaveLength(60);
    expect(listOrgs(ha.db).filter((o) => o.trust === 'pending')).toHaveLength(30);
    let decisions = 0;
    for (const org of orgs) {
      await acceptOrg(ha.db, ha.writer, org, ha.org, vouchBy(ha), opts(ha));
      decisions += 1;
    }
    expect(decisions).toBe(30);
    expect(listInstalls(ha.db).every((i) => i.trust === 'trusted')).toBe(true);
    expect(ha.db.prepare('SELECT COUNT(*) AS n FROM sync_test_items').get()).toEqual({ n: 60 });
  });

  it('a third PC vouched by a trusted PC of its organisation is accepted with no decision; another organisation’s word is not enough', async () => {
    const [pc1] = pcs as [Site];
    const pc3 = site('org-01-pc3', 'org-01');
    pc3.createItem('item-pc3', { title: 'Máy mới của đơn vị 1' });
    const pc3Files = pc3.exportTo(path.join(root, 'pc3')).files;
    // Inside the organisation, a person accepts the new PC once: that writes the organisation's signed word on it.
    await pc1.import(pc3Files, { trustNew: false });
    await acceptInstall(pc1.db, pc1.writer, pc3.installId, pc1.org, vouchBy(pc1), opts(pc1));
    const pc1Files = pc1.exportTo(path.join(root, 'pc1-after'), { relay: 'none' }).files;
    // Home Affairs gets the new PC's file first, then the vouch: accepted as soon as the vouch arrives, nobody asked.
    const waiting = await ha.import(pc3Files, { trustNew: false });
    expect(waiting.pending).toEqual([expect.objectContaining({ install: pc3.installId })]);
    const after = await ha.import(pc1Files, { trustNew: false });
    expect(after.rejected).toEqual([]);
    expect(getInstall(ha.db, pc3.installId)?.trust).toBe('trusted');
    expect(ha.item('item-pc3')?.title).toBe('Máy mới của đơn vị 1');
    expect(recentEvents(ha.db).map((e) => e.message)).toEqual(expect.arrayContaining([expect.stringMatching(/org-01-pc3.*org-01-pc1.*cùng đơn vị/)]));

    // Another organisation vouching for a PC of org-01: its own id namespace, which names another organisation.
    const stranger = site('org-01-pc4', 'org-01');
    stranger.createItem('item-pc4', { title: 'Máy không ai của đơn vị 1 xác nhận' });
    const org2 = pcs[2]!;
    const strangerFiles = stranger.exportTo(path.join(root, 'pc4')).files;
    await org2.import(strangerFiles, { trustNew: true });
    const key = stranger.db.prepare('SELECT public_key AS k FROM install').get() as { k: string };
    org2.write([
      { table: VOUCH_TABLE, rowId: vouchRowId(org2.org, stranger.installId), group: 'create', value: { orgId: org2.org, installId: stranger.installId } },
      {
        table: VOUCH_TABLE,
        rowId: vouchRowId(org2.org, stranger.installId),
        group: 'key',
        value: { publicKey: key.k, installName: 'pc4', vouchedAt: new Date(clock.t).toISOString() },
      },
    ]);
    // …or forging org-01's namespace from its own database: a foreign row.
    appendRaw(org2, {
      table: VOUCH_TABLE,
      rowId: vouchRowId('org-01', stranger.installId),
      group: 'key',
      value: { publicKey: key.k, installName: 'pc4', vouchedAt: new Date(clock.t).toISOString() },
    });
    const r = await ha.import([...strangerFiles, ...org2.exportTo(path.join(root, 'org2'), { relay: 'none' }).files], { trustNew: false });
    expect(r.rejected).toEqual([expect.objectContaining({ code: 'foreign_row' })]);
    expect(getInstall(ha.db, stranger.installId)?.trust).toBe('pending');
    expect(ha.item('item-pc4')).toBeUndefined();
  });

  it('a revoked PC’s later file is refused wherever the revocation arrived', async () => {
    const [pc1, pc2] = pcs as [Site, Site];
    await pc1.import(syncFilesIn(path.join(root, 'folder')), { trustNew: true });
    const revokedAfterSeq = knownVector(pc1.db)[pc2.installId]!;
    pc1.write([
      { table: VOUCH_TABLE, rowId: vouchRowId(pc1.org, pc2.installId), group: 'create', value: { orgId: pc1.org, installId: pc2.installId } },
      {
        table: VOUCH_TABLE,
        rowId: vouchRowId(pc1.org, pc2.installId),
        group: 'revoke',
        value: { revokedAfterSeq, revokedAt: new Date(clock.t).toISOString(), reason: 'Máy bị mất' },
      },
    ]);
    await ha.import(pc1.exportTo(path.join(root, 'pc1-revoke'), { relay: 'none' }).files);
    // The stolen PC writes on: its next file carries changes after the revocation.
    pc2.setTitle('item-1', 'Kẻ lấy máy sửa');
    const r = await ha.import(pc2.exportTo(path.join(root, 'pc2-b')).files);
    expect(r.rejected).toEqual([]);
    expect(r.files.flatMap((f) => f.notes ?? [])).toEqual([expect.stringMatching(/thu hồi/)]);
    expect(ha.item('item-1')?.title).toBe('Chuyên mục của org-01-pc2');
  });
});
