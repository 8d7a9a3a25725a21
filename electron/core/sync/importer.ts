import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../db/open';
import type { ChangeWriter } from './write-path';
import { SyncRejection } from './rejection';
import { bodyMatchesHeader, checkSignature, readBody, readHead, type FileHead } from './file-reader';
import { FileApplier } from './apply-file';
import { ensureInstallKeys, keyIdOf } from './keys';
import { getInstall, noteFileImported, setTrust } from './trust-store';
import { AppError } from '../../../shared/contract/errors';
import { ioErrorToAppError } from '../safety/io-errors';
import { getFile, recordFile } from './files-repo';
import { checkSegments, decideSegments } from './segment-trust';
import { fileKeyChains, keyAllows, recordRotations, retiredKeyRejection, windowOf, type FileKeyChains } from './key-rotations';
import type { FileHeader } from '../../../shared/domain/sync/file-header';
import { holdsSegment, storeSegment } from './segments-repo';
import { logEvent } from './trust-orgs';
import { openRegularFile } from './regular-file';
import { stmt } from './statements';

const DEFAULT_MAX_FILE_BYTES = 512 * 1024 * 1024;

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

/** 'skipped': left for a later run (still being copied), nothing recorded. */
type FileStatusResult = 'applied' | 'duplicate' | 'pending' | 'rejected' | 'skipped';

export interface FileResult {
  file: string;
  status: FileStatusResult;
  applied: number;
  duplicates: number;
  conflicts: number;
  install?: string;
  reasonCode?: string;
  reason?: string;
  /** Origins the file waits for (status 'pending'). */
  waitingFor?: string[];
  /** Segments left out, and why (a refused or revoked origin). */
  notes?: string[];
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

/**
 * The import pipeline for one file: size cap → header → the writer's key and signature → every segment's origin
 * signature and pinned key (segment-trust.ts) → one transaction in which each segment is decided (apply, wait for a
 * person, leave out), the body streamed once, each change validated, held to its signed segment and applied as it is
 * read, and the body's length, hash, count and segments checked at its end (a mismatch rolls everything back).
 * Any refusal leaves the database as it was and keeps a copy of the file in quarantine with a reason a person can read.
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
    if (opts.skipImported && seenBefore?.status === 'pending' && stillWaiting(db, hash)) return { ...base, status: 'pending', install: h.install };
    if (keyIdOf(h.publicKey) !== h.keyId)
      throw new SyncRejection('bad_header', 'Mã khóa trong phần đầu tệp không khớp với khóa công khai kèm theo. Tệp có thể bị sửa.');
    const ours = ensureInstallKeys(db);
    const chains = fileKeyChains(db, h, { installId: writer.installId, publicKey: ours.publicKey });
    const writerKnown = getInstall(db, h.install);
    const writerKey = keyAllows(chains, h.install, h.publicKey, 1, 1);
    if (h.install === writer.installId && writerKey === 'unknown_key') {
      throw new SyncRejection(
        'key_mismatch',
        `Tệp ghi là của chính máy này (${h.install}) nhưng được ký bằng khóa khác: có thể hồ sơ ứng dụng đã bị sao chép sang máy khác. Tệp không được nhập.`,
      );
    }
    if (writerKnown && writerKey === 'unknown_key') {
      throw new SyncRejection(
        'key_mismatch',
        `Tệp ghi là của máy "${writerKnown.installName}" (${writerKnown.orgName ?? writerKnown.orgId}) nhưng được ký bằng một khóa khác với khóa đã tin cậy. Có thể tệp bị giả mạo hoặc máy đó đã cài lại. Tệp không được nhập.`,
      );
    }
    if (writerKnown && writerKnown.orgId !== h.org) {
      throw new SyncRejection(
        'org_mismatch',
        `Máy "${writerKnown.installName}" trước đây thuộc đơn vị ${writerKnown.orgName ?? writerKnown.orgId}, nay tệp lại ghi đơn vị khác. Tệp không được nhập.`,
      );
    }
    checkSignature(head, h.publicKey);
    checkRetiredWriter(chains, h);
    checkSegments(db, h, { installId: writer.installId, publicKey: ours.publicKey }, chains);
    // A file imported before (same signed header, so the same changes) whose body is intact and whose segments are
    // all held: nothing to merge, so it costs one pass of hashing instead of a full import.
    if (seenBefore?.status === 'imported' && (await bodyMatchesHeader(file, head)) && h.segments.every((s) => holdsSegment(db, s))) {
      return { ...base, status: 'duplicate', duplicates: h.count, install: h.install };
    }
    const signed = head;
    const outcome = db
      .transaction(() => {
        const plan = decideSegments(db, h, writer.installId, opts.trustNew ?? false, nowIso(), chains);
        // After the decisions (which may add the install): its rotations kept, its pinned key moved to the newest.
        recordRotations(db, h, chains, writer.installId, nowIso());
        const applier = new FileApplier(db, writer, h, plan.decisions, now(), opts.onApplied);
        const body = readBody(file, signed, now(), (c) => applier.apply(c), opts.parseWorker);
        const c = applier.finish();
        h.segments.forEach((seg, i) => {
          if (plan.decisions[i] === 'apply') storeSegment(db, seg, nowIso());
        });
        if (c.setAside > 0) {
          logEvent(db, {
            at: nowIso(),
            kind: 'set_aside',
            message: `Tệp ${path.basename(file)}: ${c.setAside} thay đổi vào kế hoạch hoặc danh mục do đơn vị khác quản lý được giữ lại trong nhật ký nhưng không áp dụng.`,
          });
        }
        if (h.install !== writer.installId)
          noteFileImported(db, h, path.basename(file), nowIso(), c.lastChangeMs ? new Date(c.lastChangeMs).toISOString() : null);
        const waiting = plan.waits.size > 0;
        const stored = waiting ? keep(file, d.pending, hash) : null;
        clearWaits(db, hash);
        for (const install of plan.waits) stmt(db, 'INSERT OR IGNORE INTO sync_file_waits (file_hash, install_id) VALUES (?, ?)').run(hash, install);
        recordFile(db, {
          fileHash: hash,
          fileName: path.basename(file),
          installId: h.install,
          status: waiting ? 'pending' : 'imported',
          reasonCode: waiting ? 'pending_trust' : null,
          reason: waiting ? 'Chờ người dùng chấp nhận đơn vị hoặc máy đã tạo ra một phần thay đổi trong tệp.' : plan.notes.join(' ') || null,
          storedPath: stored,
          changes: body.count,
          applied: c.applied,
          at: nowIso(),
        });
        // The same file (by name) refused earlier, e.g. half-copied then, is no longer a problem once it imports.
        if (!waiting) stmt(db, "DELETE FROM sync_files WHERE status = 'quarantined' AND file_name = ? AND file_hash <> ?").run(path.basename(file), hash);
        return { counts: c, plan };
      })
      .immediate(); // take the write lock before reading the log, not at the first insert
    const { counts, plan } = outcome;
    const status: FileStatusResult = plan.waits.size > 0 ? 'pending' : counts.applied === 0 ? 'duplicate' : 'applied';
    const waitingFor = [...plan.waits];
    return {
      ...base,
      status,
      applied: counts.applied,
      duplicates: counts.duplicates,
      conflicts: counts.conflicts,
      install: waitingFor[0] ?? h.install,
      waitingFor,
      notes: plan.notes,
    };
  } catch (error) {
    if (!(error instanceof SyncRejection)) throw error;
    if (error.reason === 'incomplete' && opts.skipImported) return { ...base, status: 'skipped', reasonCode: error.reason, reason: error.message };
    // One record per distinct file: by its signed header when readable, else by its bytes; never overwrite the
    // record of a good file that had the same signed header (a damaged copy of it).
    const key = hash && getFile(db, hash)?.status !== 'imported' ? hash : contentHash(file, hash);
    const already = getFile(db, key);
    const stored =
      already?.status === 'quarantined' && already.storedPath && fs.existsSync(already.storedPath)
        ? already.storedPath
        : error.reason === 'not_regular'
          ? null
          : keep(file, d.quarantine, key);
    recordFile(db, {
      fileHash: key,
      fileName: path.basename(file),
      installId: head?.header.install ?? null,
      status: 'quarantined',
      reasonCode: error.reason,
      reason: error.message,
      storedPath: stored,
      changes: head?.header.count ?? 0,
      applied: 0,
      at: nowIso(),
    });
    // A replaced key still in use is a likely leak: said in the sync log too (the Đồng bộ screen), once per file.
    if ((error.reason === 'retired_key' || error.reason === 'key_conflict') && already?.status !== 'quarantined') {
      const install = typeof error.details?.install === 'string' ? error.details.install : (head?.header.install ?? null);
      logEvent(db, { at: nowIso(), kind: 'key_refused', message: `Tệp ${path.basename(file)}: ${error.message}`, installId: install });
    }
    return { ...base, reasonCode: error.reason, reason: error.message, install: head?.header.install };
  } finally {
    writer.resync();
  }
}

/** Whether a pending file still waits for an origin nobody has decided on yet. */
function stillWaiting(db: Db, fileHash: string): boolean {
  return (
    stmt(db, "SELECT 1 FROM sync_file_waits w JOIN sync_installs i ON i.install_id = w.install_id WHERE w.file_hash = ? AND i.trust = 'pending'").get(
      fileHash,
    ) !== undefined
  );
}

function clearWaits(db: Db, fileHash: string): void {
  stmt(db, 'DELETE FROM sync_file_waits WHERE file_hash = ?').run(fileHash);
}

/** Files waiting for any of these installs (to import again once they are accepted). */
export function filesWaitingFor(db: Db, installs: readonly string[]): string[] {
  const q = stmt(
    db,
    "SELECT f.stored_path AS p FROM sync_file_waits w JOIN sync_files f ON f.file_hash = w.file_hash WHERE w.install_id = ? AND f.status = 'pending'",
  );
  const out = new Set<string>();
  for (const i of installs) for (const r of q.all(i) as Array<{ p: string | null }>) if (r.p && fs.existsSync(r.p)) out.add(r.p);
  return [...out].sort();
}

/** The SHA-256 of a file's bytes (bounded by the size cap already checked), or of its path when it cannot be read. */
function contentHash(file: string, fallback: string): string {
  try {
    const fd = openRegularFile(file);
    try {
      const h = crypto.createHash('sha256');
      const buf = Buffer.allocUnsafe(1024 * 1024);
      for (let n = fs.readSync(fd, buf); n > 0; n = fs.readSync(fd, buf)) h.update(buf.subarray(0, n));
      return h.digest('hex');
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return (
      fallback ||
      crypto
        .createHash('sha256')
        .update(`unreadable\u0000${path.resolve(file)}`)
        .digest('hex')
    );
  }
}

/**
 * Import files one by one, each in its own transaction: a refused file is quarantined and named, and the run goes on
 * with the rest; only this computer's own disk failing stops it. Installs that a file just vouched for (their own
 * organisation's signed word) are then accepted, and the files that waited for them imported.
 */
export async function importFiles(db: Db, writer: ChangeWriter, files: readonly string[], opts: ImportOptions): Promise<ImportSummary> {
  const summary: ImportSummary = { applied: 0, duplicates: 0, conflicts: 0, pending: [], rejected: [], files: [] };
  const add = (r: FileResult) => {
    const i = summary.files.findIndex((f) => f.file === r.file);
    if (i >= 0) {
      summary.files.splice(i, 1);
      summary.pending = summary.pending.filter((p) => p.file !== r.file);
    }
    summary.files.push(r);
    summary.applied += r.applied;
    summary.duplicates += r.duplicates;
    summary.conflicts += r.conflicts;
    if (r.status === 'pending') summary.pending.push({ file: r.file, install: r.install! });
    if (r.status === 'rejected') summary.rejected.push({ file: r.file, reason: r.reason!, code: r.reasonCode! });
  };
  for (const file of files) add(await importOneSafely(db, writer, file, opts));
  // Bounded: each round accepts at least one install, or stops.
  for (let round = 0; round < 50; round += 1) {
    const promoted = acceptVouched(db, new Date((opts.now ?? Date.now)()).toISOString());
    if (promoted.length === 0) break;
    for (const f of filesWaitingFor(db, promoted)) add({ ...(await importOneSafely(db, writer, f, { ...opts, skipImported: false })), file: f });
  }
  return summary;
}

/**
 * A file written (signed as a whole) with a key its install has since replaced: still read if it carries only that
 * install's changes from before the rotation (an old file left in a shared folder), refused if it brings any of its
 * later ones, so a leaked old key cannot pass new changes off as its install's.
 */
function checkRetiredWriter(chains: FileKeyChains, h: FileHeader): void {
  const w = windowOf(chains.get(h.install) ?? [], h.publicKey);
  if (!w || w.upTo === Number.MAX_SAFE_INTEGER) return;
  const own = h.segments.map((g) => g.statement).filter((s) => s.install === h.install);
  const late = own.find((s) => s.seqTo > w.upTo);
  if (late) throw retiredKeyRejection(chains, h.install, h.publicKey, late.seqTo, `máy "${h.installName}"`);
}

async function importOneSafely(db: Db, writer: ChangeWriter, file: string, opts: ImportOptions): Promise<FileResult> {
  try {
    return await importFile(db, writer, file, opts);
  } catch (error) {
    // This computer's disk (full, read-only, locked): every later file would fail the same way, so the run stops and
    // the app's one disk message says so (the file is not blamed).
    if ((error instanceof AppError && error.code === 'io_error') || ioErrorToAppError(error, file) !== null) throw error;
    const reason = `Lỗi không mong muốn khi nhập tệp «${path.basename(file)}» (${(error as Error)?.message ?? String(error)}). Dữ liệu chưa bị thay đổi; các tệp khác vẫn được nhập. Hãy báo cho bộ phận kỹ thuật kèm tệp này.`;
    return { file, status: 'rejected', applied: 0, duplicates: 0, conflicts: 0, reasonCode: 'internal', reason };
  }
}

/** Pending installs whose own organisation has since vouched for their key (vouch-table.ts): accepted, and said so. */
function acceptVouched(db: Db, nowIso: string): string[] {
  const rows = stmt(
    db,
    `SELECT i.install_id AS install, i.install_name AS name, i.org_name AS orgName, i.org_id AS org, g.install_id AS by
     FROM sync_installs i
     JOIN install_vouches v ON v.id = i.org_id || ':' || i.install_id AND v.public_key = i.public_key AND v.revoked_after_seq IS NULL
     LEFT JOIN row_groups g ON g.tbl = 'install_vouches' AND g.row_id = v.id AND g.grp = 'key'
     WHERE i.trust = 'pending'`,
  ).all() as Array<{ install: string; name: string; orgName: string | null; org: string; by: string | null }>;
  for (const r of rows) {
    setTrust(db, r.install, 'trusted', nowIso, r.by);
    const byName = r.by ? (getInstall(db, r.by)?.installName ?? r.by) : 'một máy';
    logEvent(db, {
      at: nowIso,
      kind: 'vouched',
      message: `Đã nhận máy "${r.name}" (${r.orgName ?? r.org}) vì máy "${byName}" cùng đơn vị đã xác nhận khóa của máy này.`,
      installId: r.install,
      orgId: r.org,
    });
  }
  return rows.map((r) => r.install);
}
