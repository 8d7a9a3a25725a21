import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listFolders } from '../../electron/core/services/folder-browser';

/** The browser host's folder picker: folder names under the allowed roots, nothing else. */
describe('the folder browser', () => {
  const top = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'ltt-folders-')));
  const home = path.join(top, 'home', 'an');
  const usb = path.join(top, 'media', 'USB 16GB');
  const secret = path.join(top, 'etc');
  for (const d of [path.join(home, 'Tài liệu'), path.join(home, 'DongBo'), path.join(home, '.config'), usb, secret]) fs.mkdirSync(d, { recursive: true });
  fs.writeFileSync(path.join(home, 'bao-cao.docx'), 'x');
  fs.symlinkSync(secret, path.join(home, 'loi-tat'));
  const roots = [
    { label: 'Thư mục của tôi', path: home },
    { label: 'USB 16GB', path: usb },
  ];
  afterAll(() => fs.rmSync(top, { recursive: true, force: true }));

  it('lists the subfolders of home, sorted, without files or hidden folders', () => {
    const r = listFolders(undefined, roots);
    expect(r.path).toBe(home);
    expect(r.parent).toBeNull();
    expect(r.folders.map((f) => f.name)).toEqual(['DongBo', 'loi-tat', 'Tài liệu']);
    expect(listFolders(path.join(home, 'DongBo'), roots)).toMatchObject({ parent: home, folders: [] });
    expect(listFolders(usb, roots).path).toBe(usb);
  });

  it('refuses anything outside the roots, also through a symlink or ..', () => {
    for (const p of [secret, path.join(home, 'loi-tat'), path.join(home, '..', '..', 'etc'), '/']) {
      expect(() => listFolders(p, roots), p).toThrow(/thư mục của bạn hoặc trên ổ USB/);
    }
    expect(() => listFolders(path.join(home, 'khong-co'), roots)).toThrow(/Không tìm thấy thư mục/);
  });
});
