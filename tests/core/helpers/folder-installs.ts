import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openCore, type Core } from '../../../electron/core/core';

/**
 * Real installs (the whole core, each on its own database) that sync through one shared folder, on one clock that
 * moves a second at each reading from `startMs`, so every change has its own time. The caller closes `cores`.
 */
export function folderInstalls(prefix: string, startMs: number) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const folder = path.join(root, 'shared');
  fs.mkdirSync(folder);
  let clock = startMs;
  const now = () => new Date((clock += 1000));
  const cores: Core[] = [];
  /** An install named `name` (its folder under root), set up for `org`, with the built-in plan or not, syncing by hand. */
  const open = async (name: string, org: string, withSample: boolean): Promise<Core> => {
    const core = openCore({ dbFile: path.join(root, name, 'data.sqlite'), now });
    cores.push(core);
    await core.call('app:setup', { orgName: org, userName: `Người dùng ${name}`, role: 'editor', withSample });
    await core.call('sync:setFolder', { path: folder, intervalMinutes: 0, onStart: false });
    return core;
  };
  return { root, folder, cores, open };
}
