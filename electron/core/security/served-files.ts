import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { EVIDENCE_DIR } from '../schedule/evidence';

/**
 * IMPORTANT: the only folders whose files the app hands out (browser host `/files`, the desktop's
 * open/save/show). The database, its -wal/-shm (which hold the private key), backups, the sync
 * quarantine and anything else beside the database are never among them, whatever the path says.
 */
const SERVED_FOLDERS = ['exports', EVIDENCE_DIR] as const;

const SHA256 = /^[0-9a-f]{64}$/;

/** The real path of `dir` when it is a real folder (not a link to elsewhere), else null. */
function realFolder(dataDir: string, name: string): string | null {
  const dir = path.join(dataDir, name);
  try {
    if (!fs.lstatSync(dir).isDirectory()) return null;
    return fs.realpathSync(dir);
  } catch {
    return null;
  }
}

/** A regular file (after resolving links) strictly inside one of the real allowed folders, else null. */
function insideAllowed(dataDir: string, candidate: string, folders: readonly string[]): string | null {
  let real: string;
  try {
    real = fs.realpathSync(candidate);
    if (!fs.statSync(real).isFile()) return null;
  } catch {
    return null;
  }
  for (const name of folders) {
    if (!(SERVED_FOLDERS as readonly string[]).includes(name)) continue; // the allow-list above is the last word
    const root = realFolder(dataDir, name);
    if (root && real.startsWith(root + path.sep)) return real;
  }
  return null;
}

/**
 * A report the app exported, named by its path relative to the data folder (`exports/…`).
 * Anything else — `..`, absolute or drive paths, NUL, links out of the folder, FIFOs, folders,
 * the database or its WAL — is refused (null).
 */
function resolveExportFile(dataDir: string, relative: string): string | null {
  if (!relative || relative.includes('\0') || path.isAbsolute(relative) || /^[a-zA-Z]:/.test(relative) || relative.includes('\\')) return null;
  const root = path.resolve(dataDir);
  const target = path.resolve(root, relative);
  if (!target.startsWith(path.join(root, 'exports') + path.sep)) return null;
  return insideAllowed(root, target, ['exports']);
}

/**
 * Evidence is named by its SHA-256, never by a path: a path on an item may have come from another
 * office by sync and is data only. The file is served only if this install stored it, i.e. a regular
 * file in our own evidence folder whose bytes hash to the name asked for.
 */
function resolveEvidenceFile(dataDir: string, sha256: string): string | null {
  if (!SHA256.test(sha256)) return null;
  const root = path.resolve(dataDir);
  const bucket = path.join(root, EVIDENCE_DIR, sha256.slice(0, 2));
  let names: string[];
  try {
    names = fs.readdirSync(bucket);
  } catch {
    return null;
  }
  for (const name of names) {
    if (!name.startsWith(`${sha256.slice(0, 16)}-`) || name.endsWith('.tmp')) continue;
    const file = insideAllowed(root, path.join(bucket, name), [EVIDENCE_DIR]);
    if (file && hashOf(file) === sha256) return file;
  }
  return null;
}

function hashOf(file: string): string | null {
  try {
    return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
  } catch {
    return null;
  }
}

/** What the renderer names a served file by: an export's relative path, or evidence's hash. */
export type ServedFileRequest = { path: string } | { evidence: string };

export function resolveServedFile(dataDir: string, request: ServedFileRequest): string | null {
  return 'evidence' in request ? resolveEvidenceFile(dataDir, request.evidence) : resolveExportFile(dataDir, request.path);
}
