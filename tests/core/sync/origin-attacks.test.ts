import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Site, T } from './helpers/site';
import { sitesEachTest } from './helpers/sites-each-test';
import { appendRaw } from './helpers/forge';
import { encodeSyncFile, writeFileAtomically } from '../../../electron/core/sync/file-writer';
import { generateKeyPair, keyIdOf } from '../../../electron/core/sync/keys';
import { SegmentDigest, signSegment } from '../../../electron/core/sync/segments';
import { toLogRecord } from '../../../electron/core/sync/log-record';
import { storeSegment } from '../../../electron/core/sync/segments-repo';
import { refuseInstall } from '../../../electron/core/sync/trust-actions';
import { LATEST_SCHEMA_VERSION } from '../../../electron/core/db/migrations';
import type { WireChange } from '../../../shared/domain/sync/change';
import type { SignedSegment } from '../../../shared/domain/sync/segment';

/**
 * Issue 15's attacks, each built the way an attacker would: a trusted office (the newspaper) edits its own database
 * and lets the app's own exporter relay what it forged, or writes a file by hand with its own valid signature.
 * After each, Home Affairs' tables are as they were, and the station's next genuine file is accepted.
 */
describe('a trusted peer cannot write another office’s rows, whatever path the change takes', () => {
  const offices = sitesEachTest('ltt-attack-');

  async function setup() {
    const {
      root,
      sites: { station, paper, ha },
    } = offices({ station: 'org-s', paper: 'org-n', ha: 'org-h' });
    station.write([
      { table: 'organisations', rowId: 'org-s', group: 'create', value: { orgId: 'org-s' } },
      { table: 'organisations', rowId: 'org-s', group: 'name', value: { name: 'Đài Phát thanh và Truyền hình tỉnh', shortName: 'Đài PTTH' } },
    ]);
    station.createItem('s1', { title: 'Của Đài' });
    paper.createItem('n1', { title: 'Của Báo' });
    const fromStation = station.exportTo(path.join(root, 'st1')).files;
    const fromPaper = paper.exportTo(path.join(root, 'pp1')).files;
    await ha.import([...fromStation, ...fromPaper], { trustNew: true });
    await paper.import(fromStation, { trustNew: true });
    let n = 0;
    const relayOf = (s: Site) => s.exportTo(path.join(root, `relay-${(n += 1)}`), { relay: 'all' }).files;
    /** The station's next genuine file must still be accepted after any attack. */
    const genuineStillAccepted = async () => {
      station.setTitle('s1', `Của Đài, sửa lần ${(n += 1)}`);
      const r = await ha.import(station.exportTo(path.join(root, `st-next-${n}`)).files);
      expect(r.rejected).toEqual([]);
      expect(ha.item('s1')?.title).toBe(`Của Đài, sửa lần ${n}`);
    };
    return { root, station, paper, ha, relayOf, genuineStillAccepted, before: ha.dump() };
  }

  /** A file written by hand: the newspaper's own valid file signature around a segment it claims for `origin`. */
  function handmade(dir: string, writer: Site, origin: { install: string; org: string; publicKey: string; privateKey: string }, changes: WireChange[]): string {
    const digest = new SegmentDigest();
    for (const c of changes) digest.add(toLogRecord(c).hash);
    const segment: SignedSegment = signSegment(
      {
        install: origin.install,
        org: origin.org,
        orgName: null,
        installName: 'giả',
        publicKey: origin.publicKey,
        keyId: keyIdOf(origin.publicKey),
        seqFrom: changes[0]!.seq,
        seqTo: changes[changes.length - 1]!.seq,
        count: changes.length,
        digest: digest.take(),
        createdAt: new Date(writer.clock.now()).toISOString(),
      },
      origin.privateKey,
    );
    const keys = writer.db.prepare('SELECT public_key AS publicKey, private_key AS privateKey FROM install').get() as { publicKey: string; privateKey: string };
    const f = encodeSyncFile(
      {
        schema: LATEST_SCHEMA_VERSION,
        org: writer.org,
        orgName: null,
        install: writer.installId,
        installName: writer.name,
        publicKey: keys.publicKey,
        keyId: keyIdOf(keys.publicKey),
        known: {},
      },
      [{ segment, changes }],
      keys.privateKey,
      new Date(writer.clock.now()).toISOString(),
    );
    return writeFileAtomically(dir, f.name, f.bytes);
  }

  const titleChange = (install: string, seq: number, org: string, title: string, ms: number): WireChange => ({
    install,
    seq,
    org,
    table: T,
    rowId: 's1',
    group: 'title',
    value: { title },
    hlc: `${ms.toString(16).padStart(12, '0')}-0000-${install}`,
    baseHlc: null,
    tx: `forged-${seq}`,
    actor: null,
  });

  it('(a) a change attributed to another trusted install: refused, naming that install', async () => {
    const { root, station, paper, ha, relayOf, genuineStillAccepted, before } = await setup();
    // In its own database: a change posing as the station's next one, and a segment statement it signs itself.
    const forged = appendRaw(paper, { table: T, rowId: 's1', group: 'title', value: { title: 'Báo viết thay Đài' }, org: 'org-s', install: station.installId });
    const digest = new SegmentDigest();
    digest.add(toLogRecord(forged).hash);
    const paperKey = paper.db.prepare('SELECT public_key AS pub, private_key AS priv FROM install').get() as { pub: string; priv: string };
    const stationKey = (station.db.prepare('SELECT public_key AS pub FROM install').get() as { pub: string }).pub;
    // The segment claims the station's origin; its signature is the newspaper's own, over another digest.
    const claim = {
      install: station.installId,
      org: 'org-s',
      orgName: null,
      installName: 'station',
      publicKey: stationKey,
      keyId: keyIdOf(stationKey),
      seqFrom: forged.seq,
      seqTo: forged.seq,
      count: 1,
    };
    storeSegment(
      paper.db,
      {
        statement: { ...claim, digest: digest.take(), createdAt: new Date().toISOString() },
        signature: signSegment({ ...claim, digest: '0'.repeat(64), createdAt: '' }, paperKey.priv).signature,
      },
      new Date().toISOString(),
    );
    const relayed = await ha.import(relayOf(paper));
    expect(relayed.rejected).toEqual([expect.objectContaining({ code: 'bad_origin', reason: expect.stringContaining('"station"') })]);
    // By hand: the station's genuine key named, the newspaper's key signing.
    const byHand = handmade(path.join(root, 'hand-a'), paper, { install: station.installId, org: 'org-s', publicKey: stationKey, privateKey: paperKey.priv }, [
      titleChange(station.installId, 99, 'org-s', 'Giả', station.clock.now()),
    ]);
    expect((await ha.import([byHand])).rejected).toEqual([expect.objectContaining({ code: 'bad_origin' })]);
    // A segment with the station's genuine statement but other changes under it.
    const genuine = JSON.parse(
      (ha.db.prepare('SELECT signed FROM sync_segments WHERE install_id = ? ORDER BY n LIMIT 1').get(station.installId) as { signed: string }).signed,
    ) as SignedSegment;
    const swapped = { ...genuine };
    const keys = paper.db.prepare('SELECT public_key AS publicKey, private_key AS privateKey FROM install').get() as { publicKey: string; privateKey: string };
    const lie = Array.from({ length: genuine.statement.count }, (_, i) =>
      titleChange(station.installId, genuine.statement.seqFrom + i, 'org-s', `Giả ${i}`, station.clock.now()),
    );
    const f = encodeSyncFile(
      {
        schema: LATEST_SCHEMA_VERSION,
        org: 'org-n',
        orgName: null,
        install: paper.installId,
        installName: 'paper',
        publicKey: keys.publicKey,
        keyId: keyIdOf(keys.publicKey),
        known: {},
      },
      [{ segment: swapped, changes: lie }],
      keys.privateKey,
      new Date().toISOString(),
    );
    expect((await ha.import([writeFileAtomically(path.join(root, 'hand-a2'), f.name, f.bytes)])).rejected).toEqual([
      expect.objectContaining({ code: 'bad_origin' }),
    ]);
    expect(ha.dump()).toBe(before);
    await genuineStillAccepted();
  });

  it('(b) a change attributed to an install nobody accepted: it waits for a person, nothing applied', async () => {
    const { root, paper, ha, genuineStillAccepted, before } = await setup();
    const ghost = generateKeyPair();
    const file = handmade(path.join(root, 'hand-b'), paper, { install: 'ghost-pc', org: 'org-s', ...ghost }, [
      titleChange('ghost-pc', 1, 'org-s', 'Máy lạ sửa', paper.clock.now()),
    ]);
    const r = await ha.import([file], { trustNew: false });
    expect(r.rejected).toEqual([]);
    expect(r.pending).toEqual([{ file, install: 'ghost-pc' }]);
    expect(ha.item('s1')?.title).toBe('Của Đài');
    expect(ha.db.prepare('SELECT COUNT(*) AS n FROM change_log WHERE install_id = ?').get('ghost-pc')).toEqual({ n: 0 });
    void before;
    await genuineStillAccepted();
  });

  it('(c) a change attributed to the importer itself: refused', async () => {
    const { root, paper, ha, genuineStillAccepted, before } = await setup();
    const fake = generateKeyPair();
    const file = handmade(path.join(root, 'hand-c'), paper, { install: ha.installId, org: 'org-h', ...fake }, [
      titleChange(ha.installId, 1, 'org-h', 'Giả Sở', paper.clock.now()),
    ]);
    expect((await ha.import([file])).rejected).toEqual([expect.objectContaining({ code: 'key_mismatch' })]);
    expect(ha.dump()).toBe(before);
    await genuineStillAccepted();
  });

  it('(d) a refused install’s genuine changes, relayed by an honest peer: left out', async () => {
    const { root, paper, ha, genuineStillAccepted } = await setup();
    const rogue = new Site(root, 'rogue', 'org-s');
    offices.keep(rogue);
    rogue.createItem('r1', { title: 'Máy lạ của Đài' });
    const rogueFiles = rogue.exportTo(path.join(root, 'rogue'), { relay: 'none' }).files;
    await ha.import(rogueFiles, { trustNew: false });
    refuseInstall(ha.db, rogue.installId, new Date().toISOString());
    await paper.import(rogueFiles, { trustNew: true }); // the newspaper accepted it
    const before = ha.dump();
    const r = await ha.import(paper.exportTo(path.join(root, 'relay-d'), { relay: 'all' }).files);
    expect(r.rejected).toEqual([]);
    expect(r.files.flatMap((f) => f.notes ?? [])).toEqual(expect.arrayContaining([expect.stringMatching(/rogue.*đã bị từ chối/)]));
    expect(ha.item('r1')).toBeUndefined();
    expect(ha.dump()).toBe(before);
    await genuineStillAccepted();
  });

  it('(e) an organisation renamed by another organisation: refused', async () => {
    const { root, paper, ha, genuineStillAccepted, before } = await setup();
    appendRaw(paper, { table: 'organisations', rowId: 'org-s', group: 'name', value: { name: 'Đài bị đổi tên', shortName: null } });
    const r = await ha.import(paper.exportTo(path.join(root, 'e')).files);
    expect(r.rejected).toEqual([expect.objectContaining({ code: 'foreign_row' })]);
    expect(ha.dump()).toBe(before);
    expect(ha.db.prepare("SELECT name FROM organisations WHERE id = 'org-s'").get()).toEqual({ name: 'Đài Phát thanh và Truyền hình tỉnh' });
    await genuineStillAccepted();
  });

  it('(f) a plan edited by an office that does not steward it: set aside, the plan unchanged everywhere', async () => {
    const { root, station, paper, ha, genuineStillAccepted } = await setup();
    station.write([
      { table: 'plans', rowId: 'plan-2026', group: 'create', value: { orgId: 'org-s', year: 2026, createdAt: '2026-01-05T00:00:00.000Z' } },
      {
        table: 'plans',
        rowId: 'plan-2026',
        group: 'meta',
        value: { issuer: 'UBND tỉnh', number: '12/KH-UBND', date: '2026-01-05', title: 'Kế hoạch tuyên truyền CCHC năm 2026', basedOn: [], source: null },
      },
    ]);
    const planFiles = station.exportTo(path.join(root, 'plan'));
    await ha.import(planFiles.files);
    await paper.import(planFiles.files);
    const before = ha.dump();
    appendRaw(paper, {
      table: 'plans',
      rowId: 'plan-2026',
      group: 'meta',
      value: { issuer: 'UBND tỉnh', number: '12/KH-UBND', date: '2026-01-05', title: 'Báo sửa kế hoạch', basedOn: [], source: null },
    });
    const r = await ha.import(paper.exportTo(path.join(root, 'f')).files);
    expect(r.rejected).toEqual([]);
    expect(ha.db.prepare("SELECT title FROM plans WHERE id = 'plan-2026'").get()).toEqual({ title: 'Kế hoạch tuyên truyền CCHC năm 2026' });
    // Kept in the log (the newspaper's segment is relayed whole), never applied: every install derives the same plan.
    expect(ha.dump()).not.toBe(before);
    expect(ha.db.prepare("SELECT title FROM plans WHERE id = 'plan-2026'").get()).toEqual(
      station.db.prepare("SELECT title FROM plans WHERE id = 'plan-2026'").get(),
    );
    expect(ha.db.prepare("SELECT message FROM sync_events WHERE kind = 'set_aside'").all()).toHaveLength(1);
    await genuineStillAccepted();
  });
});
