import fs from 'node:fs';
import path from 'node:path';

export interface BackupEntry {
  /** File name inside the backups folder (what the UI and `ltt restore` refer to). */
  name: string;
  file: string;
  kind: string;
  /** ISO UTC instant the backup was taken, read from its name. */
  createdAt: string;
  size: number;
}

// `<db base>-<kind>-<yyyy-MM-ddTHH-mm-ss-SSSZ>[-n].sqlite`; the kind is one of a closed list so a
// hyphenated database name cannot be mistaken for it.
const NAME_RE = /^(.+)-(auto|manual|pre-restore|pre-migration-v\d+)-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z(?:-\d+)?\.sqlite$/;

export function parseBackupName(name: string): { base: string; kind: string; createdAt: Date } | null {
  const m = NAME_RE.exec(name);
  if (!m) return null;
  const createdAt = new Date(`${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z`);
  if (Number.isNaN(createdAt.getTime())) return null;
  return { base: m[1]!, kind: m[2]!, createdAt };
}

/**
 * The backups of `dbFile` in `dir`, newest first. Read from the folder, not from a table: the list
 * must stay true after a restore replaces the database, and after a person copies files in or out.
 * Temporary files (leading dot) and other files are ignored.
 */
export function listBackups(dir: string, dbFile?: string): BackupEntry[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const base = dbFile ? path.basename(dbFile, path.extname(dbFile)) : null;
  const out: BackupEntry[] = [];
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const parsed = parseBackupName(name);
    if (!parsed || (base !== null && parsed.base !== base)) continue;
    const file = path.join(dir, name);
    let size = 0;
    try {
      const st = fs.statSync(file);
      if (!st.isFile()) continue;
      size = st.size;
    } catch {
      continue;
    }
    out.push({ name, file, kind: parsed.kind, createdAt: parsed.createdAt.toISOString(), size });
  }
  return out.sort((a, b) => (a.createdAt === b.createdAt ? (a.name < b.name ? 1 : -1) : a.createdAt < b.createdAt ? 1 : -1));
}

export function defaultBackupDir(dbFile: string): string {
  return path.join(path.dirname(path.resolve(dbFile)), 'backups');
}
