import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../db/open';
import type { ChangeWriter } from './write-path';
import { SyncRejection } from './rejection';
import { bodyMatchesHeader, checkSignature, readBody, readHead, type FileHead } from './file-reader';
import { FileApplier } from './apply-file';
import { ensureInstallKeys, keyIdOf } from './keys';
import { addInstall, getInstall, noteFileImported, setTrust } from './trust-store';
import { getFile, holdsRanges, recordFile } from './files-repo';

export const DEFAULT_MAX_FILE_BYTES = 512 * 1024 * 1024;

export interface ImportOptions {
  /** Where quarantined and waiting files are kept: `<dataDir>/sync/{quarantine,pending}`. */
  dataDir: string;
  /** Accept unknown installs without asking (scripts: `--trust-new`). */
  trustNew?: boolean;
  maxFileBytes?: number;
  now?: () => number;
  /** Skip files already imported (the sync folder scan). */
  skipImported?: boolean;
  /** The bundled parse worker (dist/core/parse-worker.cjs): a large file's body is read on it while changes are applied. */
  parseWorker?: string;
  /** Test hook: called after each change is applied, inside the transaction. */
  onApplied?: (applied: number) => void;
}

export type FileStatusResult = 'applied' | 'duplicate' | 'pending' | 'rejected';

export interface FileResult {
  file: string;
  status: FileStatusResult;
  applied: number;
  duplicates: number;
  conflicts: number;
  install?: string;
  reasonCode?: string;
  reason?: string;
}

export interface ImportSummary {
  applied: number;
  duplicates: number;
  conflicts: number;
  pending: Array<{ file: string; install: string }>;
  rejected: Array<{ file: string; reason: string; code: string }>;
  files: FileResult[];
}

function headHash(head: FileHead): string {
  return crypto.createHash('sha256').update(head.signed).update(head.signature).digest('hex');
}

function dirs(dataDir: string) {
  const base = path.join(dataDir, 'sync');
  return { quarantine: path.join(base, 'quarantine'), pending: path.join(base, 'pending') };
}

function keep(file: string, dir: string, hash: string): string | null {
  try {
    fs.mkdirSync(dir, { recursive: true });
    const dest = path.join(dir, `${hash.slice(0, 12)}-${path.basename(file)}`);
    if (path.resolve(dest) !== path.resolve(file)) fs.copyFileSync(file, dest);
    return dest;
  } catch {
    return null; // the original stays where it was; the reason is still recorded
  }
}

function fallbackHash(file: string): string {
  return crypto.createHash('sha256').update(`unreadable\u0000${path.resolve(file)}\u0000${Date.now()}`).digest('hex');
}

/**
 * The import pipeline for one file: size cap → header → pinned key and signature → one transaction in which the
 * body is streamed once, each change validated and applied as it is read, and the body's length, hash, count and
 * ranges checked at its end (a mismatch rolls everything back). Any failure leaves the database as it was and keeps
 * a copy of the file in quarantine with a reason a person can read.
 */
export async function importFile(db: Db, writer: ChangeWriter, file: string, opts: ImportOptions): Promise<FileResult> {
  const now = opts.now ?? Date.now;
  const d = dirs(opts.dataDir);
  const nowIso = () => new Date(now()).toISOString();
  const base: FileResult = { file, status: 'rejected', applied: 0, duplicates: 0, conflicts: 0 };
  let head: FileHead | undefined;
  let hash = '';
  try {
    head = readHead(file, opts.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES);
    hash = headHash(head);
    const h = head.header;
    const seenBefore = getFile(db, hash);
    // The folder scan skips files it imported before (same signed header); an explicit import re-checks the body and the log.
    if (opts.skipImported && seenBefore?.status === 'imported') return { ...base, status: 'duplicate', install: h.install };
    if (opts.skipImported && seenBefore?.status === 'pending' && getInstall(db, h.install)?.trust === 'pending') {
      return { ...base, status: 'pending', install: h.install };
    }
    if (keyIdOf(h.publicKey) !== h.keyId) throw new SyncRejection('bad_header', 'Mã khóa trong phần đầu tệp không khớp với khóa công khai kèm theo. Tệp có thể bị sửa.');
    const ours = ensureInstallKeys(db);
    const known = getInstall(db, h.install);
    if (h.install === writer.installId && h.publicKey !== ours.publicKey) {
      throw new SyncRejection('key_mismatch', `Tệp ghi là của chính máy này (${h.install}) nhưng được ký bằng khóa khác: có thể hồ sơ ứng dụng đã bị sao chép sang máy khác. Tệp không được nhập.`);
    }
    if (known && known.publicKey !== h.publicKey) {
      throw new SyncRejection(
        'key_mismatch',
        `Tệp ghi là của máy "${known.installName}" (${known.orgName ?? known.orgId}) nhưng được ký bằng một khóa khác với khóa đã tin cậy. Có thể tệp bị giả mạo hoặc máy đó đã cài lại. Tệp không được nhập.`,
      );
    }
    if (known && known.orgId !== h.org) {
      throw new SyncRejection('org_mismatch', `Máy "${known.installName}" trước đây thuộc đơn vị ${known.orgName ?? known.orgId}, nay tệp lại ghi đơn vị khác. Tệp không được nhập.`);
    }
    if (known?.trust === 'refused') {
      throw new SyncRejection('refused_install', `Máy "${known.installName}" (${known.orgName ?? known.orgId}) đã bị từ chối, nên tệp của máy này không được nhập.`);
    }
    checkSignature(head, h.publicKey);
    // A file imported before (same signed header, so the same changes) whose body is intact and whose changes are
    // all still in the log: nothing to merge, so it costs one pass of hashing instead of a full import.
    if (seenBefore?.status === 'imported' && !(known && known.trust === 'pending') && (await bodyMatchesHeader(file, head)) && holdsRanges(db, h.origins)) {
      return { ...base, status: 'duplicate', duplicates: h.count, install: h.install };
    }
    const isSelf = h.install === writer.installId;
    if (!isSelf && (!known || known.trust === 'pending')) {
      if (!opts.trustNew) {
        // Checked in full before it waits for a person: a damaged file is reported now, not after they accept the sender.
        const body = readBody(file, head, now());
        addInstall(db, h, 'pending', nowIso());
        const stored = keep(file, d.pending, hash);
        recordFile(db, { fileHash: hash, fileName: path.basename(file), installId: h.install, status: 'pending', reasonCode: 'pending_trust', reason: 'Chờ người dùng chấp nhận máy gửi.', storedPath: stored, changes: body.count, applied: 0, at: nowIso() });
        return { ...base, status: 'pending', install: h.install };
      }
    }
    const signed = head;
    const counts = db.transaction(() => {
      if (!isSelf) {
        if (!known) addInstall(db, h, 'trusted', nowIso());
        else if (known.trust === 'pending') setTrust(db, h.install, 'trusted', nowIso());
      }
      const applier = new FileApplier(db, writer, h, now(), opts.onApplied);
      const body = readBody(file, signed, now(), (c) => applier.apply(c), opts.parseWorker);
      const c = applier.finish();
      if (!isSelf) noteFileImported(db, h, path.basename(file), nowIso(), c.lastChangeMs ? new Date(c.lastChangeMs).toISOString() : null);
      recordFile(db, { fileHash: hash, fileName: path.basename(file), installId: h.install, status: 'imported', reasonCode: null, reason: null, storedPath: null, changes: body.count, applied: c.applied, at: nowIso() });
      return c;
    }).immediate(); // take the write lock before reading the log, not at the first insert
    return { ...base, status: counts.applied === 0 ? 'duplicate' : 'applied', applied: counts.applied, duplicates: counts.duplicates, conflicts: counts.conflicts, install: h.install };
  } catch (error) {
    if (!(error instanceof SyncRejection)) throw error;
    // Never overwrite the record of a good file that had the same signed header (a damaged copy of it).
    const key = hash && getFile(db, hash)?.status !== 'imported' ? hash : fallbackHash(file);
    const stored = keep(file, d.quarantine, key);
    recordFile(db, { fileHash: key, fileName: path.basename(file), installId: head?.header.install ?? null, status: 'quarantined', reasonCode: error.reason, reason: error.message, storedPath: stored, changes: head?.header.count ?? 0, applied: 0, at: nowIso() });
    return { ...base, reasonCode: error.reason, reason: error.message, install: head?.header.install };
  } finally {
    writer.resync();
  }
}

export async function importFiles(db: Db, writer: ChangeWriter, files: readonly string[], opts: ImportOptions): Promise<ImportSummary> {
  const summary: ImportSummary = { applied: 0, duplicates: 0, conflicts: 0, pending: [], rejected: [], files: [] };
  for (const file of files) {
    const r = await importFile(db, writer, file, opts);
    summary.files.push(r);
    summary.applied += r.applied;
    summary.duplicates += r.duplicates;
    summary.conflicts += r.conflicts;
    if (r.status === 'pending') summary.pending.push({ file, install: r.install! });
    if (r.status === 'rejected') summary.rejected.push({ file, reason: r.reason!, code: r.reasonCode! });
  }
  return summary;
}
