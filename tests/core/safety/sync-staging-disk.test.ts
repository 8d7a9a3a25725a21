import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../../electron/core/sync/files-repo';
import { Site, tempRoot } from '../sync/helpers/site';
import { mountTmpfs, mountUnavailableReason, unmount } from './disk-helpers';

const mountReason = mountUnavailableReason();
const mounts: string[] = [];
afterAll(() => mounts.forEach(unmount));

describe.skipIf(mountReason !== null)(`sync import with its work folder on a full disk${mountReason ? ` — bỏ qua: ${mountReason}` : ''}`, () => {
  it('says this computer is out of space, does not blame or quarantine the file, and imports it once there is room', async () => {
    const root = tempRoot();
    const a = new Site(root, 'a', 'org-a');
    const b = new Site(root, 'b', 'org-b');
    for (let i = 0; i < 300; i += 1) a.createItem(`r${i}`, { title: `Chuyên mục cải cách hành chính kỳ ${i} — ${'nội dung '.repeat(20)}` });
    const [file] = a.exportTo(path.join(root, 'out')).files;
    const before = b.dump();

    // Only the import's work folder is on the tiny disk; the database is not.
    const work = path.join(b.dir, 'sync', 'tmp');
    fs.mkdirSync(work, { recursive: true });
    const disk = mountTmpfs(32);
    mounts.push(disk);
    fs.rmSync(work, { recursive: true });
    fs.symlinkSync(disk, work);

    await expect(b.import([file!])).rejects.toMatchObject({ code: 'io_error', message: expect.stringMatching(/ổ đĩa đã đầy.*Tệp đồng bộ không có lỗi/) });
    expect(b.dump()).toBe(before);
    expect(listFiles(b.db, 'quarantined')).toEqual([]);

    fs.rmSync(work);
    expect(await b.import([file!])).toMatchObject({ applied: 600, rejected: [] });
    a.close();
    b.close();
  });
});
