import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../../shared/contract/errors';
import type { FolderListing, FolderRoot } from '../../../shared/contract/folders';

/**
 * Where the browser host's folder picker may look: the user's home and removable drives (USB sticks), nothing
 * else. IMPORTANT: the browser host is reachable by any page that learns its token, so it lists folder *names*
 * only (never files or their content), and every path is resolved (symlinks too) and must stay inside a root.
 */
function folderRoots(env: { home?: string; platform?: NodeJS.Platform } = {}): FolderRoot[] {
  const home = env.home ?? os.homedir();
  const platform = env.platform ?? process.platform;
  const roots: FolderRoot[] = [{ label: 'Thư mục của tôi', path: home }];
  const add = (label: string, dir: string) => {
    if (isDir(dir)) roots.push({ label, path: dir });
  };
  if (platform === 'win32') {
    // Drive letters other than the system drive: USB sticks, card readers, mapped network drives.
    for (const letter of 'DEFGHIJKLMNOPQRSTUVWXYZ') add(`Ổ ${letter}:`, `${letter}:\\`);
  } else if (platform === 'darwin') {
    for (const v of children('/Volumes')) add(v, path.join('/Volumes', v));
  } else {
    const user = path.basename(home);
    for (const base of [`/media/${user}`, `/run/media/${user}`, '/media', '/mnt']) {
      for (const v of children(base)) if (!roots.some((r) => r.path === path.join(base, v))) add(v, path.join(base, v));
    }
  }
  return roots;
}

export function listFolders(dir: string | undefined, roots = folderRoots()): FolderListing {
  const target = dir ?? roots[0]!.path;
  let real: string;
  try {
    real = fs.realpathSync(target);
  } catch {
    throw new AppError('not_found', `Không tìm thấy thư mục "${target}". Hãy chọn lại từ danh sách.`, { field: 'path' });
  }
  const inside = roots.map((r) => ({ r, real: safeReal(r.path) })).find((x) => x.real && (real === x.real || real.startsWith(x.real + path.sep)));
  if (!inside) {
    throw new AppError('forbidden', 'Chỉ chọn được thư mục trong thư mục của bạn hoặc trên ổ USB.', { field: 'path' });
  }
  const folders = children(real)
    .filter((name) => !name.startsWith('.'))
    .sort(new Intl.Collator('vi').compare)
    .slice(0, 500)
    .map((name) => ({ name, path: path.join(real, name) }));
  const parent = real === inside.real ? null : path.dirname(real);
  return { path: real, parent, folders, roots };
}

function isDir(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function safeReal(p: string): string | null {
  try {
    return fs.realpathSync(p);
  } catch {
    return null;
  }
}

function children(dir: string): string[] {
  try {
    return fs
      .readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory() || (d.isSymbolicLink() && isDir(path.join(dir, d.name))))
      .map((d) => d.name);
  } catch {
    return [];
  }
}
