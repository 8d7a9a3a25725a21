import type { Db } from '../db/open';
import type { ChangeWriter } from './write-path';
import { encodeSyncFile, ndjsonLine, writeFileAtomically, type HeaderIdentity } from './file-writer';
import { ensureInstallKeys } from './keys';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { logRowToWire, type LogRow } from './log-row';
import type { WireChange } from '../../../shared/domain/sync/change';

export const DEFAULT_MAX_BODY_BYTES = 8 * 1024 * 1024;

export interface ExportIdentity {
  org: string;
  orgName: string | null;
  installName: string;
}

export interface ExportOptions {
  outDir: string;
  /** Split into several files when the uncompressed body would pass this (at a transaction boundary). */
  maxBodyBytes?: number;
  /** Also pass on changes received from other installs, with their origin (default true). */
  includeForeign?: boolean;
  now?: () => number;
}

export interface ExportResult {
  files: string[];
  changes: number;
}

/** For each install we hold changes of: the highest seq with no gap below it (the header's `known` vector). */
export function knownVector(db: Db): Record<string, number> {
  const rows = db
    .prepare(
      `SELECT c.install_id AS install, MIN(c.seq) AS top, (SELECT MIN(seq) FROM change_log m WHERE m.install_id = c.install_id) AS low
       FROM change_log c
       WHERE NOT EXISTS (SELECT 1 FROM change_log d WHERE d.install_id = c.install_id AND d.seq = c.seq + 1)
       GROUP BY c.install_id ORDER BY c.install_id`,
    )
    .all() as Array<{ install: string; top: number; low: number }>;
  return Object.fromEntries(rows.map((r) => [r.install, r.low === 1 ? r.top : 0]));
}

/**
 * Write every change this install has not exported yet (ours, and others' received since, with their
 * origin — never re-stamped) into signed files in `outDir`. Nothing is deleted or overwritten there.
 */
export function exportChanges(db: Db, writer: ChangeWriter, identity: ExportIdentity, opts: ExportOptions): ExportResult {
  const keys = ensureInstallKeys(db);
  const now = opts.now ?? Date.now;
  const maxBody = opts.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const includeForeign = opts.includeForeign ?? true;
  const cursor = (db.prepare('SELECT last_arrival AS a FROM sync_export_state WHERE id = 1').get() as { a: number }).a;
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
  let batch: WireChange[] = [];
  let batchBytes = 0;
  let lastTx: string | null = null;
  let maxArrival = cursor;
  const flush = () => {
    if (batch.length === 0) return;
    batch.sort((a, b) => (a.install < b.install ? -1 : a.install > b.install ? 1 : a.seq - b.seq));
    const f = encodeSyncFile(header, batch, keys.privateKey, new Date(now()).toISOString());
    files.push(writeFileAtomically(opts.outDir, f.name, f.bytes));
    total += batch.length;
    batch = [];
    batchBytes = 0;
  };
  const rows = db.prepare('SELECT * FROM change_log WHERE arrival > ? ORDER BY arrival').iterate(cursor) as IterableIterator<LogRow>;
  for (const r of rows) {
    maxArrival = Math.max(maxArrival, r.arrival ?? 0); // rows selected by arrival > cursor always have one
    if (!includeForeign && r.install_id !== writer.installId) continue;
    const w = logRowToWire(r);
    const size = Buffer.byteLength(ndjsonLine(w));
    // Split only between user actions, so each action still arrives (and applies) whole.
    if (batch.length > 0 && batchBytes + size > maxBody && r.tx !== lastTx) flush();
    batch.push(w);
    batchBytes += size;
    lastTx = r.tx;
  }
  flush();
  db.prepare('UPDATE sync_export_state SET last_arrival = ?, last_export_at = ? WHERE id = 1').run(maxArrival, new Date(now()).toISOString());
  return { files, changes: total };
}
