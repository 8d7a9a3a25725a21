import fs from 'node:fs';
import path from 'node:path';
import { EVIDENCE_DIR } from '../schedule/evidence';

/**
 * Temporary files our own write paths make, by name. Each path writes under such a name and renames
 * when done, so a process killed half way (or a full disk) leaves one of these and nothing else:
 * - restore: `.restore-<uuid>/` (the private staging copy) and `.<db>.restore.tmp` beside the database;
 * - any checked copy (backup, restore snapshot): `.<target>.tmp` beside its target (so `..<db>.restore.tmp.tmp`);
 * - evidence: `evidence/xx/<name>.<pid>.tmp`; uploaded sync files: `sync/inbox/<name>.<pid>.tmp`;
 * - exported reports: `exports/.<name>.<hex>.part`.
 * (The same names the writers use; the tests plant exactly these.)
 */
const IN_DATA_DIR = [/^\.restore-[0-9a-f-]{36}$/, /^\..*\.restore\.tmp(\.tmp)?(-wal|-shm|-journal)?$/, /^\.ltt-write-probe-\d+$/];
const IN_BACKUPS = [/^\..+\.sqlite(-\d+)?\.tmp(-wal|-shm|-journal)?$/, /^\..+\.raw\.tmp$/];
const IN_EVIDENCE_BUCKET = [/\.\d+\.tmp$/];
const IN_INBOX = [/\.lttsync\.\d+\.tmp$/];
const IN_EXPORTS = [/^\..+\.[0-9a-f]{12}\.part$/];

/**
 * Old enough that no live process can still be writing it: every writer touches its file while it
 * works, and a start of the app while another program (CLI) is mid-backup must not pull its file away.
 */
export const STALE_AFTER_MS = 15 * 60_000;

function newestMtime(p: string, st: fs.Stats): number {
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  try {
    for (const name of fs.readdirSync(p)) {
      try {
        newest = Math.max(newest, fs.lstatSync(path.join(p, name)).mtimeMs);
      } catch {
        // vanished meanwhile
      }
    }
  } catch {
    // unreadable: judged by its own time
  }
  return newest;
}

function sweep(dir: string, patterns: RegExp[], now: number, removed: string[]): void {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!patterns.some((re) => re.test(name))) continue;
    const p = path.join(dir, name);
    try {
      const st = fs.lstatSync(p);
      if (st.isSymbolicLink() || now - newestMtime(p, st) < STALE_AFTER_MS) continue;
      fs.rmSync(p, { recursive: st.isDirectory(), force: true });
      removed.push(p);
    } catch {
      // best effort: a leftover we cannot remove now is tried again next start
    }
  }
}

/** Remove what killed or failed writes left in the data folder. Returns what was removed. Never throws. */
export function cleanStaleTemp(dataDir: string, now = Date.now()): string[] {
  const removed: string[] = [];
  sweep(dataDir, IN_DATA_DIR, now, removed);
  sweep(path.join(dataDir, 'backups'), IN_BACKUPS, now, removed);
  sweep(path.join(dataDir, 'exports'), IN_EXPORTS, now, removed);
  sweep(path.join(dataDir, 'sync', 'inbox'), IN_INBOX, now, removed);
  const evidence = path.join(dataDir, EVIDENCE_DIR);
  let buckets: string[] = [];
  try {
    buckets = fs.readdirSync(evidence).filter((b) => /^[0-9a-f]{2}$/.test(b));
  } catch {
    buckets = [];
  }
  for (const b of buckets) sweep(path.join(evidence, b), IN_EVIDENCE_BUCKET, now, removed);
  return removed;
}
