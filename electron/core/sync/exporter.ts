import fs from 'node:fs';
import type { Db } from '../db/open';
import type { ChangeWriter } from './write-path';
import { encodeSyncFile, ndjsonLine, writeFileAtomically, type HeaderIdentity } from './file-writer';
import { ensureInstallKeys } from './keys';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { LOG_RECORD_COLUMNS, toWire, type LogRecord } from './log-record';
import { SegmentDigest, signSegment } from './segments';
import { knownVector, listSegments, sealedTo, storeSegment } from './segments-repo';
import { stmt } from './statements';
import { rotationsOf } from './key-rotations';
import type { WireChange } from '../../../shared/domain/sync/change';
import type { SignedSegment } from '../../../shared/domain/sync/segment';
import { LOCAL_ORG } from '../../../shared/domain/sync/ownership';
import { MAX_SEGMENTS_PER_FILE, parseSyncFileName } from '../../../shared/domain/sync/file-header';

export const DEFAULT_MAX_BODY_BYTES = 8 * 1024 * 1024;

export interface ExportIdentity {
  org: string;
  orgName: string | null;
  installName: string;
}

/**
 * What else to write besides this install's new segments:
 * - 'none': nothing (a shared folder: every install publishes its own there, so relaying would only multiply files);
 * - 'missing': segments received since the last export that `outDir` does not hold yet (a USB stick, an e-mail);
 * - 'all': every segment held that `outDir` does not hold (republishing the history after a wiped folder).
 */
export type RelayMode = 'none' | 'missing' | 'all';

export interface ExportOptions {
  outDir: string;
  /** Split into several files when the uncompressed body would pass this (own changes at a transaction boundary). */
  maxBodyBytes?: number;
  relay?: RelayMode;
  now?: () => number;
}

export interface ExportResult {
  files: string[];
  changes: number;
}

/**
 * Seal this install's changes not yet in a segment (never the local ones) into new signed segments, split at user
 * actions when the body would pass `maxBody`. Runs inside the export's transaction.
 */
export function sealOwnChanges(db: Db, writer: ChangeWriter, identity: ExportIdentity, maxBody: number, nowIso: string): SignedSegment[] {
  const keys = ensureInstallKeys(db);
  const rows = stmt(db, `SELECT ${LOG_RECORD_COLUMNS} FROM change_log WHERE install_id = ? AND seq > ? AND org_id <> ? ORDER BY seq`).iterate(
    writer.installId,
    sealedTo(db, writer.installId),
    LOCAL_ORG,
  ) as IterableIterator<LogRecord>;
  // Ranges first (the log is being read), signed and stored after.
  const runs: Array<{ from: number; to: number; count: number; digest: string }> = [];
  const digest = new SegmentDigest();
  let run = { from: 0, to: 0, count: 0, digest: '' };
  let bytes = 0;
  let lastTx: string | null = null;
  const close = () => {
    if (run.count === 0) return;
    runs.push({ ...run, digest: digest.take() });
    run = { from: 0, to: 0, count: 0, digest: '' };
    bytes = 0;
  };
  for (const r of rows) {
    const size = Buffer.byteLength(ndjsonLine(toWire(r)));
    // Split only between user actions, so each action still arrives (and applies) whole.
    if (run.count > 0 && bytes + size > maxBody && r.tx !== lastTx) close();
    if (run.count === 0) run.from = r.seq;
    run.to = r.seq;
    run.count += 1;
    bytes += size;
    digest.add(r.hash);
    lastTx = r.tx;
  }
  close();
  return runs.map((r) => {
    const segment = signSegment(
      {
        install: writer.installId,
        org: identity.org,
        orgName: identity.orgName,
        installName: identity.installName,
        publicKey: keys.publicKey,
        keyId: keys.keyId,
        seqFrom: r.from,
        seqTo: r.to,
        count: r.count,
        digest: r.digest,
        createdAt: nowIso,
      },
      keys.privateKey,
    );
    storeSegment(db, segment, nowIso);
    return segment;
  });
}

/** The runs of each install a folder already holds, from its files' names (a hint: the import checks the content). */
function heldByFolder(dir: string): Map<string, Array<[number, number]>> {
  const held = new Map<string, Array<[number, number]>>();
  let names: string[] = [];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return held;
  }
  for (const name of names) {
    const p = parseSyncFileName(name);
    if (!p) continue;
    const list = held.get(p.install) ?? [];
    list.push([p.seqFrom, p.seqTo]);
    held.set(p.install, list);
  }
  return held;
}

function covered(held: Map<string, Array<[number, number]>>, seg: SignedSegment): boolean {
  const s = seg.statement;
  return (held.get(s.install) ?? []).some(([from, to]) => from <= s.seqFrom && to >= s.seqTo);
}

/** One segment's changes as they travel, read back from the log (null if the log does not hold them all). */
function segmentChanges(db: Db, seg: SignedSegment): WireChange[] | null {
  const s = seg.statement;
  const rows = stmt(db, `SELECT ${LOG_RECORD_COLUMNS} FROM change_log WHERE install_id = ? AND seq BETWEEN ? AND ? AND org_id <> ? ORDER BY seq`).all(
    s.install,
    s.seqFrom,
    s.seqTo,
    LOCAL_ORG,
  ) as LogRecord[];
  if (rows.length !== s.count) return null;
  const digest = new SegmentDigest();
  for (const r of rows) digest.add(r.hash);
  return digest.take() === s.digest ? rows.map(toWire) : null;
}

/**
 * Write signed files into `outDir`: this install's new changes (sealed into segments signed by this install), and
 * others' segments as `relay` says, each byte-for-byte as its origin signed it. Each file holds consecutive segments
 * of one origin and is named after it. Nothing is deleted or overwritten there.
 */
export function exportChanges(db: Db, writer: ChangeWriter, identity: ExportIdentity, opts: ExportOptions): ExportResult {
  const keys = ensureInstallKeys(db);
  const now = opts.now ?? Date.now;
  const nowIso = new Date(now()).toISOString();
  const maxBody = opts.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const relay = opts.relay ?? 'missing';
  return db.transaction(() => {
    const cursor = (stmt(db, 'SELECT last_segment AS n FROM sync_export_state WHERE id = 1').get() as { n: number }).n;
    sealOwnChanges(db, writer, identity, maxBody, nowIso);
    // Into a shared folder only our own segments sealed since the last export (this export's, and those a key rotation
    // sealed with the old key just before replacing it); elsewhere every held segment the destination lacks (all of
    // them, or those received since the last export), this install's new ones among them.
    const inFolder = relay === 'none' ? null : heldByFolder(opts.outDir);
    const ownSince = () =>
      listSegments(db, cursor)
        .map((h) => h.segment)
        .filter((seg) => seg.statement.install === writer.installId);
    const chosen =
      inFolder === null
        ? ownSince()
        : listSegments(db, relay === 'all' ? 0 : cursor)
            .map((h) => h.segment)
            .filter((seg) => !covered(inFolder, seg));
    const header: HeaderIdentity = {
      schema: LATEST_SCHEMA_VERSION,
      org: identity.org,
      orgName: identity.orgName,
      install: writer.installId,
      installName: identity.installName,
      publicKey: keys.publicKey,
      keyId: keys.keyId,
      known: knownVector(db),
    };
    const files: string[] = [];
    let total = 0;
    for (const run of fileRuns(chosen, maxBody)) {
      const parts = run
        .map((seg) => ({ segment: seg, changes: segmentChanges(db, seg) }))
        .filter((p): p is { segment: SignedSegment; changes: WireChange[] } => p.changes !== null);
      if (parts.length === 0) continue;
      // The rotations of the writer and of the run's origin, so a receiver can join the keys it pinned to the ones used.
      const origin = parts[0]!.segment.statement.install;
      const keyRotations = [...rotationsOf(db, writer.installId), ...(origin === writer.installId ? [] : rotationsOf(db, origin))];
      const f = encodeSyncFile({ ...header, keyRotations }, parts, keys.privateKey, nowIso);
      files.push(writeFileAtomically(opts.outDir, f.name, f.bytes));
      total += f.header.count;
    }
    stmt(db, 'UPDATE sync_export_state SET last_segment = (SELECT COALESCE(MAX(n), 0) FROM sync_segments), last_export_at = ? WHERE id = 1').run(nowIso);
    return { files, changes: total };
  })();
}

/** Group segments into files: one origin per file, consecutive ranges, within the size and segment-count caps. */
function fileRuns(segments: readonly SignedSegment[], maxBody: number): SignedSegment[][] {
  const sorted = [...segments].sort((a, b) =>
    a.statement.install < b.statement.install ? -1 : a.statement.install > b.statement.install ? 1 : a.statement.seqFrom - b.statement.seqFrom,
  );
  const runs: SignedSegment[][] = [];
  let run: SignedSegment[] = [];
  let estimate = 0;
  for (const seg of sorted) {
    const prev = run[run.length - 1]?.statement;
    const s = seg.statement;
    // ~300 bytes a change is a fair guess for the split: a run only needs to stay near the cap, not under it exactly.
    const size = s.count * 300;
    if (prev && (prev.install !== s.install || prev.seqTo + 1 !== s.seqFrom || run.length >= MAX_SEGMENTS_PER_FILE || estimate + size > maxBody)) {
      runs.push(run);
      run = [];
      estimate = 0;
    }
    run.push(seg);
    estimate += size;
  }
  if (run.length > 0) runs.push(run);
  return runs;
}
