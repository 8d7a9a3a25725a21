import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../electron/core/core';
import { exportNow, importPaths } from '../../../electron/core/services/sync-service';

/**
 * Freshness in the Home Affairs view on three real databases: the newspaper's data reaches Sở Nội vụ first only
 * through the station (passed on). Its latest change time is known from the log even so; the time of a file
 * received directly stays empty until the newspaper's own file arrives.
 */
describe('sync:overview freshness: data passed on versus files received directly', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ltt-overview-fresh-'));
  let clock = Date.UTC(2020, 4, 20, 3, 0, 0);
  const now = () => new Date((clock += 1000));
  const cores: Core[] = [];
  const open = async (name: string, org: string) => {
    const core = openCore({ dbFile: path.join(root, name, 'data.sqlite'), now });
    cores.push(core);
    await core.call('app:setup', { orgName: org, userName: `Người dùng ${name}`, role: 'editor', withSample: name !== 'ha' });
    return core;
  };
  afterAll(() => {
    cores.forEach((c) => c.close());
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('dates relayed data by its latest change, and a direct file by when it came', async () => {
    const station = await open('station', 'Đài Phát thanh và Truyền hình tỉnh');
    const paper = await open('paper', 'Báo Hải Dương');
    const ha = await open('ha', 'Sở Nội vụ');
    await station.call('items:create', { kind: 'segment', outlet: 'tv', plannedDate: '2020-05-12', title: 'Chuyên mục một cửa' });
    await paper.call('items:create', { kind: 'article', outlet: 'print', plannedDate: '2020-05-15', title: 'Bài viết dịch vụ công' });
    const paperLastChange = new Date(clock).toISOString(); // the clock's last tick was the paper's item

    const fromPaper = exportNow(paper.ctx, path.join(root, 'out-paper')).files;
    expect((await importPaths(station.ctx, fromPaper, true)).rejected).toEqual([]);
    const fromStation = exportNow(station.ctx, path.join(root, 'out-station')).files;
    expect((await importPaths(ha.ctx, fromStation, true)).rejected).toEqual([]);

    const byName = async () => new Map((await ha.call('sync:overview', { from: '2020-05-01', to: '2020-05-31' })).orgs.map((o) => [o.orgName, o]));
    let orgs = await byName();
    const relayed = orgs.get('Báo Hải Dương')!;
    expect(relayed.lastFileAt).toBeNull();
    expect(relayed.lastChangeAt).not.toBeNull();
    expect(relayed.lastChangeAt! <= paperLastChange).toBe(true);
    expect(relayed.lastChangeAt! > new Date(Date.UTC(2020, 4, 20, 3, 0, 0)).toISOString()).toBe(true);
    expect(relayed.items.map((i) => i.title)).toEqual(['Bài viết dịch vụ công']);
    const direct = orgs.get('Đài Phát thanh và Truyền hình tỉnh')!;
    expect(direct.lastFileAt).not.toBeNull();
    expect(direct.lastChangeAt).not.toBeNull();

    // The newspaper's own file: its changes are already here (duplicates), but now we have heard from it directly.
    expect((await importPaths(ha.ctx, fromPaper, true)).rejected).toEqual([]);
    orgs = await byName();
    expect(orgs.get('Báo Hải Dương')!.lastFileAt).not.toBeNull();
    expect(orgs.get('Báo Hải Dương')!.lastChangeAt).toBe(relayed.lastChangeAt);
  });

  it('says how fresh each organisation is by the core’s clock: never heard directly, fresh, stale after a week', async () => {
    const [station, , ha] = cores as [Core, Core, Core];
    const byName = async () => new Map((await ha.call('sync:overview', { from: '2020-05-01', to: '2020-05-31' })).orgs.map((o) => [o.orgName, o.freshness]));
    let fresh = await byName();
    expect(fresh.get('Sở Nội vụ') ?? { kind: 'own' }).toEqual({ kind: 'own' });
    expect(fresh.get('Báo Hải Dương')).toMatchObject({ kind: 'fresh' });
    expect(fresh.get('Đài Phát thanh và Truyền hình tỉnh')).toMatchObject({ kind: 'fresh' });
    clock += 8 * 86_400_000; // a week and a day with no file from anyone
    fresh = await byName();
    expect(fresh.get('Báo Hải Dương')).toMatchObject({ kind: 'stale', days: 8 });
    // A new file from the station makes it fresh again; the newspaper stays stale.
    await station.call('items:create', { kind: 'segment', outlet: 'tv', plannedDate: '2020-05-19', title: 'Chuyên mục mới' });
    expect((await importPaths(ha.ctx, exportNow(station.ctx, path.join(root, 'out-station-2')).files, true)).rejected).toEqual([]);
    fresh = await byName();
    expect(fresh.get('Đài Phát thanh và Truyền hình tỉnh')).toMatchObject({ kind: 'fresh' });
    expect(fresh.get('Báo Hải Dương')).toMatchObject({ kind: 'stale' });
  });
});
