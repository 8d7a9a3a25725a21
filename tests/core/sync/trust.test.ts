import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sitesEachTest } from './helpers/sites-each-test';
import { acceptInstall, findByFingerprint, refuseInstall } from '../../../electron/core/sync/trust-actions';
import { getInstall } from '../../../electron/core/sync/trust-store';
import { listFiles } from '../../../electron/core/sync/files-repo';

// Trust on first use: an unknown computer's files wait for a person; accepting imports them, refusing quarantines them.
describe('trust on first use', () => {
  const offices = sitesEachTest();

  async function setup() {
    const {
      root,
      sites: { station, ha },
    } = offices({ station: 'org-s', ha: 'org-h' });
    station.createItem('r1', { title: 'Chuyên mục' });
    const files = station.exportTo(path.join(root, 'usb')).files;
    const r = await ha.import(files, { trustNew: false });
    return { root, station, ha, files, r };
  }

  it('keeps the first file of an unknown computer waiting, with a copy, until accepted', async () => {
    const { station, ha, files, r } = await setup();
    expect(r).toMatchObject({ applied: 0, rejected: [], pending: [{ install: station.installId }] });
    expect(ha.item('r1')).toBeUndefined();
    const known = getInstall(ha.db, station.installId)!;
    expect(known).toMatchObject({ trust: 'pending', orgId: 'org-s', orgName: 'Đơn vị org-s', installName: 'station' });
    const [waiting] = listFiles(ha.db, 'pending');
    expect(fs.existsSync(waiting!.storedPath!)).toBe(true);
    // The USB stick is gone by the time the person accepts: the kept copy is imported.
    fs.rmSync(files[0]!);
    const found = findByFingerprint(ha.db, known.fingerprint.slice(0, 10).replace(/(.{4})/g, '$1:'));
    expect(found.installId).toBe(station.installId);
    const accepted = await acceptInstall(ha.db, ha.writer, station.installId, ha.org, () => undefined, { dataDir: ha.dir, now: ha.clock.now });
    expect(accepted).toMatchObject({ applied: 2, rejected: [] });
    expect(ha.item('r1')?.title).toBe('Chuyên mục');
    expect(getInstall(ha.db, station.installId)?.trust).toBe('trusted');
    expect(listFiles(ha.db, 'pending')).toEqual([]);
  });

  it('refusing a computer quarantines its waiting files and refuses its later files', async () => {
    const { root, station, ha } = await setup();
    refuseInstall(ha.db, station.installId, new Date(ha.clock.t).toISOString());
    expect(listFiles(ha.db, 'quarantined').map((f) => f.reasonCode)).toEqual(['refused_install']);
    station.setTitle('r1', 'Sửa');
    const later = await ha.import(station.exportTo(path.join(root, 'usb2')).files, { trustNew: true });
    // Left out, not refused: the same segments could arrive relayed beside others' genuine ones.
    expect(later.rejected).toEqual([]);
    expect(later.files[0]!.notes).toEqual([expect.stringMatching(/đã bị từ chối/)]);
    expect(ha.item('r1')).toBeUndefined();
  });

  it('rejects ambiguous or too short fingerprints with a clear message', async () => {
    const { ha } = await setup();
    expect(() => findByFingerprint(ha.db, 'ab')).toThrow(/ít nhất 8/);
    expect(() => findByFingerprint(ha.db, 'ffffffffffff')).toThrow(/Không có máy nào/);
  });
});
