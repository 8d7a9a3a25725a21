import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../electron/core/core';
import { exportNow } from '../../../electron/core/services/sync-service';
import { listFiles } from '../../../electron/core/sync/files-repo';
import { fillDisk, mountTmpfs, mountUnavailableReason, unmount } from './disk-helpers';

const mountReason = mountUnavailableReason();
const mounts: string[] = [];
const cores: Core[] = [];
afterAll(() => {
  cores.forEach((c) => c.close());
  mounts.forEach(unmount);
});

describe.skipIf(mountReason !== null)(`sync import onto a full disk${mountReason ? ` — bỏ qua: ${mountReason}` : ''}`, () => {
  it('says this computer is out of space, does not blame or quarantine the file, and imports it once there is room', async () => {
    let clock = Date.UTC(2020, 5, 20, 3, 0, 0);
    const now = () => new Date((clock += 1000));
    const open = async (dir: string, org: string) => {
      const core = openCore({ dbFile: path.join(dir, 'data.sqlite'), now });
      cores.push(core);
      await core.call('app:setup', { orgName: org, userName: `Người dùng ${org}`, role: 'editor', withSample: false });
      return core;
    };
    const station = await open(fs.mkdtempSync(path.join(os.tmpdir(), 'ltt-disk-station-')), 'Đài PTTH');
    for (let i = 0; i < 300; i += 1) {
      await station.call('items:create', {
        kind: 'segment',
        outlet: 'tv',
        plannedDate: '2020-05-04',
        title: `Chuyên mục cải cách hành chính kỳ ${i} — ${'nội dung '.repeat(24)}`,
      });
    }
    const [file] = exportNow(station.ctx, path.join(os.tmpdir(), `ltt-disk-out-${process.pid}`)).files;

    // The receiving install's whole data folder is on a small disk that is then filled up.
    const disk = mountTmpfs(8192);
    mounts.push(disk);
    const office = await open(disk, 'Sở Nội vụ');
    const itemsBefore = await office.call('items:list', {});
    const logBefore = office.ctx.db.prepare('SELECT COUNT(*) AS n FROM change_log').get();
    // Room left for the picked file's copy in the inbox, not for the changes it brings.
    const filler = fillDisk(disk);
    fs.truncateSync(filler, fs.statSync(filler).size - 3 * fs.statSync(file!).size);
    const upload = [{ fileName: path.basename(file!), contentBase64: fs.readFileSync(file!).toString('base64') }];

    const r = await office.dispatch('sync:import', { files: upload, trustNew: true });
    expect(r).toMatchObject({ ok: false, error: { code: 'io_error', message: expect.stringMatching(/ổ đĩa đã đầy.*nguyên vẹn/i) } });
    expect(await office.call('items:list', {})).toEqual(itemsBefore);
    expect(office.ctx.db.prepare('SELECT COUNT(*) AS n FROM change_log').get()).toEqual(logBefore);
    expect(listFiles(office.ctx.db, 'quarantined')).toEqual([]);

    fs.rmSync(filler);
    const again = await office.call('sync:import', { files: upload, trustNew: true });
    expect(again).toMatchObject({ rejected: [] });
    expect(((await office.call('items:list', {})) as unknown[]).length).toBe(300);
  });
});
