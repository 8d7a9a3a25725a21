import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from '../db/helpers';

function run(cmd: string, args: string[]): boolean {
  try {
    execFileSync(cmd, args, { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
}

/** The error a synchronous call throws (a failed write on a full or read-only disk); fails the test when it throws none. */
export function caught(fn: () => unknown): { code?: string; message: string } {
  try {
    fn();
  } catch (error) {
    return error as { code?: string; message: string };
  }
  throw new Error('expected an error');
}

/**
 * Why the real-file-system tests cannot run here, or null when they can. They need root to mount a
 * tiny tmpfs (a disk that really fills up) and to remount it read-only; CI containers without
 * CAP_SYS_ADMIN skip them with this reason.
 */
export function mountUnavailableReason(): string | null {
  if (process.platform !== 'linux') return 'cần Linux (mount tmpfs)';
  if (typeof process.getuid === 'function' && process.getuid() !== 0) return 'cần quyền root để mount tmpfs';
  const probe = tempDir('ltt-mount-probe-');
  if (!run('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', probe])) return 'không mount được tmpfs (container thiếu CAP_SYS_ADMIN?)';
  run('umount', [probe]);
  return null;
}

export function chattrUnavailableReason(): string | null {
  const dir = tempDir('ltt-chattr-probe-');
  const f = path.join(dir, 'x');
  fs.writeFileSync(f, 'x');
  if (!run('chattr', ['+i', f])) return 'chattr +i không được hỗ trợ ở thư mục tạm';
  run('chattr', ['-i', f]);
  return null;
}

export function mountTmpfs(sizeKb: number): string {
  const dir = tempDir('ltt-disk-');
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeKb}k`, 'tmpfs', dir]);
  return dir;
}

export function remount(dir: string, mode: 'ro' | 'rw'): void {
  execFileSync('mount', ['-o', `remount,${mode}`, dir]);
}

export function unmount(dir: string): void {
  run('mount', ['-o', 'remount,rw', dir]);
  run('umount', ['-l', dir]);
}

export function chattr(flag: '+i' | '-i', ...files: string[]): void {
  execFileSync('chattr', [flag, ...files.filter((f) => fs.existsSync(f))]);
}

/** Write a filler file until the disk refuses; returns its path (delete it to free the space). */
export function fillDisk(dir: string): string {
  const filler = path.join(dir, 'filler.bin');
  const fd = fs.openSync(filler, 'w');
  const chunk = Buffer.alloc(64 * 1024, 1);
  try {
    for (;;) {
      try {
        fs.writeSync(fd, chunk);
      } catch {
        break;
      }
    }
    // fill the last partial block too
    const small = Buffer.alloc(512, 1);
    for (;;) {
      try {
        fs.writeSync(fd, small);
      } catch {
        break;
      }
    }
  } finally {
    fs.closeSync(fd);
  }
  return filler;
}

/**
 * Another process holding the database: `BEGIN EXCLUSIVE` (blocks writers) or, with
 * `exclusiveMode`, PRAGMA locking_mode = EXCLUSIVE after a write (blocks everyone, even readers).
 * Resolves once the lock is held; `release()` commits and waits for the process to exit.
 */
export async function holdLock(file: string, exclusiveMode = false): Promise<{ child: ChildProcess; release: () => Promise<void> }> {
  const lib = path.resolve('node_modules/better-sqlite3');
  const script = `
    const Database = require(${JSON.stringify(lib)});
    const db = new Database(${JSON.stringify(file)});
    db.pragma('busy_timeout = 5000');
    ${exclusiveMode ? "db.pragma('locking_mode = EXCLUSIVE');" : ''}
    db.exec('BEGIN EXCLUSIVE');
    db.prepare("INSERT OR REPLACE INTO settings (key, value) VALUES ('locker', 'x')").run();
    process.stdout.write('locked\\n');
    process.stdin.once('data', () => { db.exec('COMMIT'); db.close(); process.exit(0); });
  `;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['pipe', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      if (d.toString().includes('locked')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`lock holder exited early (${code})`)));
  });
  return {
    child,
    release: () =>
      new Promise<void>((resolve) => {
        child.removeAllListeners('exit');
        child.once('exit', () => resolve());
        child.stdin!.write('go\n');
      }),
  };
}
