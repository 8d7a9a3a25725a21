import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FakeClock, Site, tempRoot } from './helpers/site';
import { appendRaw } from './helpers/forge';
import { syncFolder } from '../../../electron/core/sync/sync-folder';
import { listFiles } from '../../../electron/core/sync/files-repo';

/**
 * A shared folder as it really gets: genuine files from two offices beside a file with a mistyped value, a FIFO, a
 * symlink to /etc/passwd, a half-copied file, Syncthing's temporary and conflict copies, and junk. One run imports
 * every genuine file, names every other one with what became of it, and never hangs.
 */
describe('a sync folder with junk in it', () => {
  const root = tempRoot('ltt-poison-');
  const clock = new FakeClock();
  const station = new Site(root, 'station', 'org-s', { clock });
  const paper = new Site(root, 'paper', 'org-n', { clock });
  const ha = new Site(root, 'ha', 'org-h', { clock });
  afterAll(() => [station, paper, ha].forEach((s) => s.close()));
  const folder = path.join(root, 'folder');
  fs.mkdirSync(folder);
  const identity = (s: Site) => ({ org: s.org, orgName: `Đơn vị ${s.org}`, installName: s.name });

  it('imports every genuine file in one run and reports the rest by name', async () => {
    station.createItem('s1', { title: 'Của Đài' });
    paper.createItem('n1', { title: 'Của Báo' });
    const genuine = [...station.exportTo(folder, { relay: 'none' }).files, ...paper.exportTo(folder, { relay: 'none' }).files];
    // A third office whose PC writes a mistyped value (a modified app): an item with no planned date.
    const sloppy = new Site(root, 'sloppy', 'org-x', { clock });
    appendRaw(sloppy, {
      table: 'items',
      rowId: 'x1',
      group: 'create',
      value: { orgId: 'org-x', kind: 'segment', seriesId: null, occurrence: null, createdAt: '2020-05-01T00:00:00.000Z' },
    });
    appendRaw(sloppy, { table: 'items', rowId: 'x1', group: 'schedule', value: { plannedDate: null, plannedTime: null, durationMin: null }, refresh: false });
    const [mistyped] = sloppy.exportTo(folder, { relay: 'none' }).files;
    sloppy.close();
    execFileSync('mkfifo', [path.join(folder, 'org-q_pipe_1-1_00000000.lttsync')]);
    fs.symlinkSync('/etc/passwd', path.join(folder, 'org-q_link_1-1_00000000.lttsync'));
    const whole = fs.readFileSync(genuine[0]!);
    fs.writeFileSync(path.join(folder, 'org-s_half_1-9_00000000.lttsync'), whole.subarray(0, Math.floor(whole.length * 0.6)));
    fs.writeFileSync(path.join(folder, `.syncthing.${path.basename(genuine[1]!)}.tmp`), whole.subarray(0, 100));
    fs.writeFileSync(path.join(folder, path.basename(genuine[0]!).replace('.lttsync', '.sync-conflict-20261202-101010-ABCDEFG.lttsync')), whole);
    fs.writeFileSync(path.join(folder, 'ghi-chu.lttsync'), 'Không phải tệp đồng bộ\n');
    fs.mkdirSync(path.join(folder, 'org-q_dir_1-1_00000000.lttsync'));

    const run = await syncFolder(ha.db, ha.writer, identity(ha), folder, { dataDir: ha.dir, trustNew: true, now: clock.now });
    expect(ha.item('s1')?.title).toBe('Của Đài');
    expect(ha.item('n1')?.title).toBe('Của Báo');
    const outcome = new Map(run.imported.files.map((f) => [path.basename(f.file), f]));
    for (const g of genuine) expect(outcome.get(path.basename(g))?.status).toBe('applied');
    expect(outcome.get(path.basename(mistyped!))).toMatchObject({ status: 'rejected', reasonCode: 'bad_value', reason: expect.stringMatching(/plannedDate/) });
    expect(outcome.get('ghi-chu.lttsync')).toMatchObject({ status: 'rejected', reasonCode: 'not_sync_file' });
    expect(outcome.get('org-s_half_1-9_00000000.lttsync')?.status).toBe('skipped'); // still being copied: next run
    const skipped = new Map(run.skipped.map((s) => [path.basename(s.file), s.note]));
    expect(skipped.get('org-q_pipe_1-1_00000000.lttsync')).toMatch(/FIFO/);
    expect(skipped.get('org-q_link_1-1_00000000.lttsync')).toMatch(/symlink/);
    expect(skipped.get('org-q_dir_1-1_00000000.lttsync')).toMatch(/thư mục/);
    expect([...skipped.keys()].some((n) => n.includes('.sync-conflict-'))).toBe(true);
    expect([...skipped.keys()].some((n) => n.startsWith('.syncthing.'))).toBe(true);
    // Nothing from /etc/passwd was copied into quarantine; one record per refused file.
    const quarantined = listFiles(ha.db, 'quarantined');
    expect(quarantined.map((q) => q.fileName).sort()).toEqual(['ghi-chu.lttsync', path.basename(mistyped!)].sort());
    for (const q of quarantined) if (q.storedPath) expect(fs.readFileSync(q.storedPath, 'utf8')).not.toContain('root:');

    // A second run: the same junk is still reported, nothing is quarantined twice, the genuine files are not read again.
    const again = await syncFolder(ha.db, ha.writer, identity(ha), folder, { dataDir: ha.dir, trustNew: true, now: clock.now });
    expect(again.imported.applied).toBe(0);
    expect(listFiles(ha.db, 'quarantined')).toHaveLength(2);
    // The half-copied file completes: it imports (nothing new in it here) and leaves no record behind.
    fs.writeFileSync(path.join(folder, 'org-s_half_1-9_00000000.lttsync'), whole);
    const third = await syncFolder(ha.db, ha.writer, identity(ha), folder, { dataDir: ha.dir, trustNew: true, now: clock.now });
    expect(third.imported.files.find((f) => f.file.endsWith('org-s_half_1-9_00000000.lttsync'))?.status).toBe('duplicate');
  }, 60_000);
});
